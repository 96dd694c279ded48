import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, tap } from 'rxjs';

import {
  CreateRequirementInput,
  MoscowPriority,
  RequirementsCreateGQL,
  RequirementsExportCsvGQL,
  RequirementsImportCsvGQL,
  RequirementsPageGQL,
  RequirementsPageQuery,
  RequirementsRowFragment,
  RequirementsSetPriorityGQL,
  RequirementsUpdateGQL,
  UpdateRequirementInput,
} from '@crm/graphql-client';

import { AreaStore, toggledSet } from '../shared/data/area-store';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import type { MessageLike } from '../shared/i18n/message-text.pipe';
import { countBars } from './requirement-counts';
import { NO_REQUIREMENT_FILTERS, RequirementFilters, requirementFilterInput } from './requirement-filters';
import { PRIORITY_LABELS } from './requirement-labels';

export type RequirementRow = RequirementsRowFragment;

/** What the last CSV import did: added rows, or refused the file and said why, row by row. */
export type ImportReport =
  | { kind: 'imported'; fileName: string; count: number }
  | { kind: 'rejected'; fileName: string; errors: readonly { row: number; problem: MessageLike }[] };

/**
 * The requirements of one project under the current filters, the rows the user has ticked, and the
 * changes to them. Every change loads the page again, since it can move the counts and take a row
 * out of the filtered view. Provided by the requirements page and handed to its dialog.
 */
@Injectable()
export class RequirementsStore extends AreaStore<RequirementsPageQuery> {
  private readonly pageGQL = inject(RequirementsPageGQL);
  private readonly exportGQL = inject(RequirementsExportCsvGQL);
  private readonly createGQL = inject(RequirementsCreateGQL);
  private readonly updateGQL = inject(RequirementsUpdateGQL);
  private readonly setPriorityGQL = inject(RequirementsSetPriorityGQL);
  private readonly importGQL = inject(RequirementsImportCsvGQL);

  protected readonly content = $localize`:@@requirements.store.content:the requirements`;
  protected readonly thing = $localize`:@@requirements.store.thing:this requirement`;

  private filters: RequirementFilters = NO_REQUIREMENT_FILTERS;

  readonly importReport = signal<ImportReport | null>(null);
  readonly importing = signal(false);
  readonly exporting = signal(false);
  readonly settingPriority = signal(false);
  /** Ticked rows, by id. Rows a new filter hides stay ticked but are not acted on (see `selectedRows`). */
  private readonly ticked = signal<ReadonlySet<string>>(new Set());

  readonly rows = computed<readonly RequirementRow[]>(() => this.data()?.requirements ?? []);
  readonly counts = computed(() => {
    const data = this.data();
    return data ? { total: data.requirementCounts.total, ...countBars(data.requirementCounts) } : null;
  });
  /** Ticked rows the table shows: a bulk change never touches a row the user cannot see. */
  readonly selectedRows = computed(() => this.rows().filter((row) => this.ticked().has(row.id)));
  readonly allSelected = computed(() => this.rows().length > 0 && this.selectedRows().length === this.rows().length);

  /** Shows the requirements matching `filters`, dropping any answer to an older request. */
  show(projectId: string, filters: RequirementFilters): void {
    this.switchTo(projectId);
    this.filters = filters;
    this.fetch();
  }

  protected override forget(): void {
    this.ticked.set(new Set());
    this.importReport.set(null);
  }

  dismissImportReport(): void {
    this.importReport.set(null);
  }

  isSelected(id: string): boolean {
    return this.ticked().has(id);
  }

  toggle(id: string): void {
    this.ticked.update((current) => toggledSet(current, id, !current.has(id)));
  }

  /** Ticks every row shown, or unticks them all when they already are. */
  toggleAll(): void {
    this.ticked.set(this.allSelected() ? new Set() : new Set(this.rows().map((row) => row.id)));
  }

  clearSelection(): void {
    this.ticked.set(new Set());
  }

  /** Gives every ticked, shown requirement the same priority, in one all-or-nothing change. */
  setPriority(priority: MoscowPriority): void {
    const ids = this.selectedRows().map((row) => row.id);
    if (ids.length === 0 || this.settingPriority()) return;
    this.settingPriority.set(true);
    this.notice.set(null);
    this.setPriorityGQL.mutate({ variables: { input: { projectId: this.projectId, ids, priority } } }).subscribe({
      next: () => {
        this.settingPriority.set(false);
        this.clearSelection();
        const label = PRIORITY_LABELS[priority];
        this.changed(
          ids.length === 1
            ? $localize`:@@requirements.store.priorityOne:One requirement is now “${label}:priority:”.`
            : $localize`:@@requirements.store.priorityMany:${ids.length}:count: requirements are now “${label}:priority:”.`,
        );
      },
      error: (error: unknown) => {
        this.settingPriority.set(false);
        this.refused(error);
      },
    });
  }

  /** Field errors reach the caller, for the dialog to show them beside the fields. */
  create(input: Omit<CreateRequirementInput, 'projectId'>): Observable<RequirementRow> {
    return this.createGQL.mutate({ variables: { input: { ...input, projectId: this.projectId } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@requirements.store.noNew:The server answered without the new requirement.`);
        return data.createRequirement;
      }),
      tap((row) => this.changed($localize`:@@requirements.store.added:Added “${row.title}:title:”.`)),
    );
  }

  update(input: UpdateRequirementInput): Observable<RequirementRow> {
    return this.updateGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@requirements.store.noSaved:The server answered without the saved requirement.`);
        return data.updateRequirement;
      }),
      tap((row) => this.changed($localize`:@@requirements.store.saved:Saved “${row.title}:title:”.`)),
    );
  }

  /**
   * Sends a CSV file's text to be imported. The API adds every row or none: when a row is wrong the
   * report lists the problems by spreadsheet row, so the user can fix the file and try again.
   */
  importCsv(fileName: string, csv: string): void {
    if (this.importing()) return;
    this.importing.set(true);
    this.importReport.set(null);
    this.notice.set(null);
    this.importGQL.mutate({ variables: { input: { projectId: this.projectId, csv } } }).subscribe({
      next: ({ data }) => {
        this.importing.set(false);
        const result = data?.importRequirementsCsv;
        if (!result) return this.notice.set({ kind: 'problem', message: userMessageOf(null), offerReload: false });
        if (result.errors.length > 0) {
          this.importReport.set({ kind: 'rejected', fileName, errors: result.errors });
        } else {
          this.importReport.set({ kind: 'imported', fileName, count: result.imported });
          this.fetch();
        }
      },
      error: (error: unknown) => {
        this.importing.set(false);
        this.notice.set({ kind: 'problem', message: $localize`:@@requirements.store.importFailed:We could not import “${fileName}:file:”. ${userMessageOf(error)}:reason:`, offerReload: false });
      },
    });
  }

  /** Every requirement of the project as CSV (whatever the filters), in the columns import expects. */
  exportCsv(): Observable<string> {
    this.exporting.set(true);
    return this.exportGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' }).pipe(
      map(({ data }) => {
        if (data?.exportRequirementsCsv === undefined) throw new Error($localize`:@@requirements.store.noCsv:The server answered without the CSV.`);
        return data.exportRequirementsCsv;
      }),
      tap({ finalize: () => this.exporting.set(false) }),
    );
  }

  protected query() {
    return this.pageGQL.fetch({
      variables: { projectId: this.projectId, filter: requirementFilterInput(this.filters) },
      fetchPolicy: 'network-only',
    });
  }
}
