import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';

import type { Department, MoscowPriority } from '@crm/graphql-client';

import { AREA_PAGE } from '../shared/ui/area-page.component';
import { openLinkedRecord } from '../shared/navigation/linked-record';
import { todayIso } from '../shared/dates/calendar-days';
import { reloadOnRemovals } from '../shared/data/reload-on-removals';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { MessageTextPipe } from '../shared/i18n/message-text.pipe';
import { downloadTextFile, importFileProblem, readTextFile, requirementsCsvFileName } from './csv-file';
import { RequirementDialogComponent, RequirementDialogData } from './requirement-dialog.component';
import {
  filtersFromQueryParams,
  hasActiveFilters,
  NO_REQUIREMENT_FILTERS,
  queryParamsFromFilters,
  RequirementFilters,
  sameFilters,
  toggled,
} from './requirement-filters';
import {
  DEPARTMENT_LABELS,
  DEPARTMENTS,
  PRIORITIES,
  PRIORITY_LABELS,
  REQUIREMENT_STATUS_LABELS,
} from './requirement-labels';
import { RequirementsFiltersBarComponent } from './requirements-filters-bar.component';
import { RequirementRow, RequirementsStore } from './requirements.store';

/**
 * The needs analysis: every requirement of the project with where it comes from and how much it
 * matters. Filters live in the URL (e.g. ?priority=MUST&department=SALES); editors capture and edit
 * requirements, change the priority of many at once, and move them in and out as CSV.
 */
@Component({
  selector: 'crm-requirements-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RequirementsStore],
  imports: [
    AREA_PAGE, MatButtonModule,
    MatCheckboxModule,
    MatMenuModule,
    MatTableModule,
    MessageTextPipe,
    RequirementsFiltersBarComponent,
  ],
  templateUrl: './requirements-page.component.html',
  styleUrl: './requirements-page.component.scss',
})
export class RequirementsPageComponent {
  protected readonly store = inject(RequirementsStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  readonly projectId = input.required<string>();
  // Query parameters, bound by the router: ?department=SALES,IT&priority=MUST&status=AGREED&q=…
  readonly department = input<string | string[]>();
  readonly priority = input<string | string[]>();
  readonly status = input<string | string[]>();
  readonly q = input<string>();
  /** ?requirement=<id> opens that requirement (links from the search box lead here). */
  readonly requirement = input<string>();

  protected readonly noFilters = NO_REQUIREMENT_FILTERS;
  protected readonly filters = computed(
    () => filtersFromQueryParams({ department: this.department(), priority: this.priority(), status: this.status(), q: this.q() }),
    { equal: sameFilters },
  );
  protected readonly filtered = computed(() => hasActiveFilters(this.filters()));
  protected readonly columns = computed(() =>
    this.store.canEdit()
      ? ['select', 'title', 'department', 'priority', 'status', 'stakeholder']
      : ['title', 'department', 'priority', 'status', 'stakeholder'],
  );

  protected readonly priorities = PRIORITIES;
  protected readonly priorityLabels = PRIORITY_LABELS;

  constructor() {
    effect(() => {
      const projectId = this.projectId();
      const filters = this.filters();
      untracked(() => this.store.show(projectId, filters));
    });
    reloadOnRemovals(['Requirement'], () => this.store.reload());
    openLinkedRecord<RequirementRow>({
      param: 'requirement',
      id: this.requirement,
      records: () => (this.store.data() ? this.store.rows() : null),
      open: (requirement) => this.openDialog(requirement),
      // Filters may hide it: show every requirement, keeping the link until the list is back.
      widen: () => {
        if (!this.filtered()) return false;
        void this.router.navigate([], { relativeTo: this.route, queryParams: { requirement: this.requirement() }, replaceUrl: true });
        return true;
      },
      missing: $localize`:@@requirements.page.missing:That requirement is no longer in this program.`,
    });
  }

  protected readonly trackById = (_: number, row: RequirementRow) => row.id;
  protected readonly showOnly = (label: string) => $localize`:@@requirements.page.showOnly:Show only ${label}:label:`;
  protected readonly selectLabel = (title: string) => $localize`:@@requirements.table.selectOne:Select ${title}:title:`;
  protected readonly departmentLabel = (row: RequirementRow) => DEPARTMENT_LABELS[row.department];
  protected readonly priorityLabel = (row: RequirementRow) => PRIORITY_LABELS[row.priority];
  protected readonly statusLabel = (row: RequirementRow) => REQUIREMENT_STATUS_LABELS[row.status];

  protected applyFilters(filters: RequirementFilters): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: queryParamsFromFilters(filters),
      queryParamsHandling: 'merge',
      // Typing a search should not fill the back button with one entry per word.
      replaceUrl: filters.search !== this.filters().search,
    });
  }

  protected toggleDepartment(department: Department): void {
    const filters = this.filters();
    this.applyFilters({ ...filters, departments: toggled(filters.departments, department, DEPARTMENTS) });
  }

  protected togglePriority(priority: MoscowPriority): void {
    const filters = this.filters();
    this.applyFilters({ ...filters, priorities: toggled(filters.priorities, priority, PRIORITIES) });
  }

  protected openDialog(requirement: RequirementRow | null): void {
    // The store says what was saved and reloads the table itself.
    this.dialog.open<RequirementDialogComponent, RequirementDialogData, RequirementRow>(RequirementDialogComponent, {
      data: { requirement },
      injector: this.injector,
      width: '720px',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
  }

  protected fileChosen(event: Event): void {
    const fileInput = event.target as HTMLInputElement;
    const file = fileInput.files?.[0];
    // Cleared so that choosing the same file again, once it is fixed, imports it again.
    fileInput.value = '';
    if (!file) return;
    const problem = importFileProblem(file);
    if (problem) {
      this.store.notice.set({ kind: 'problem', message: problem, offerReload: false });
      return;
    }
    readTextFile(file).then(
      (csv) => this.store.importCsv(file.name, csv),
      () =>
        this.store.notice.set({
          kind: 'problem',
          message: $localize`:@@requirements.page.unreadable:We could not read “${file.name}:file:”. Check that it is a text file saved as CSV, then choose it again.`,
          offerReload: false,
        }),
    );
  }

  protected exportCsv(): void {
    const fileName = requirementsCsvFileName(this.store.data()?.project.name, todayIso());
    this.store.exportCsv().subscribe({
      next: (csv) => {
        downloadTextFile(this.document, csv, fileName);
        this.snackBar.open($localize`:@@requirements.page.downloaded:Downloaded ${fileName}:file:.`, $localize`:@@requirements.page.ok:OK`, { duration: 5000 });
      },
      error: (error: unknown) =>
        this.store.notice.set({ kind: 'problem', message: $localize`:@@requirements.page.exportFailed:We could not export the requirements. ${userMessageOf(error)}:reason:`, offerReload: false }),
    });
  }
}
