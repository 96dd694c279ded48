import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatMenuModule } from '@angular/material/menu';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';

import { MAX_TASKS_PER_BULK_CHANGE } from '@crm/domain';
import type { BoardTaskFragment, TaskStatus } from '@crm/graphql-client';

import { followProject } from '../shared/data/area-store';
import { DayPipe, NumPipe } from '../shared/format/format.pipes';
import { formatNum } from '../shared/format/formats';
import { changeProblemOf } from '../shared/graphql/change-problems';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { AREA_PAGE, AreaPageState } from '../shared/ui/area-page.component';
import { BOARD_STATUSES, STATUS_LABELS } from './board-columns';
import { BoardFilters, filtersFromQueryParams } from './board-filters';
import { BoardFiltersBarComponent } from './board-filters-bar.component';
import { AppliedBulkChange, TABLE_PAGE_SIZE, TaskTableStore } from './task-table.store';
import {
  BulkChange,
  COLUMN_LABELS,
  queryParamsFromTableView,
  sameTableView,
  selectionAfterClick,
  TABLE_COLUMNS,
  TableColumn,
  TableView,
  tableViewFromQueryParams,
  withColumn,
} from './task-table-view';
import { TasksViewSwitchComponent } from './tasks-view-switch.component';

/** How long "… · Undo" stays after a bulk change. */
export const UNDO_SECONDS = 8;

const UNDO = $localize`:@@tasks.snack.undo:Undo`;
const OK = $localize`:@@tasks.snack.ok:OK`;

/**
 * The project's tasks as rows: sorted by any column on the server, filtered like the board plus
 * by status, with a choice of columns, all in the URL (?status=DONE&sort=-dueDate&cols=status,owner)
 * so a view can be bookmarked and shared. Editors select rows (a click, Shift-click for a range,
 * or the whole page) and set the status, role or assignee of all of them at once, then may undo.
 */
@Component({
  selector: 'crm-task-table-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [TaskTableStore],
  imports: [
    AREA_PAGE,
    BoardFiltersBarComponent,
    DayPipe,
    NumPipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatMenuModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    TasksViewSwitchComponent,
  ],
  templateUrl: './task-table-page.component.html',
  styleUrl: './task-table-page.component.scss',
})
export class TaskTablePageComponent {
  protected readonly store = inject(TaskTableStore);
  protected readonly frame: AreaPageState = {
    load: this.store.tableLoad,
    notice: this.store.notice,
    reload: () => this.store.reload(),
    dismissNotice: () => this.store.dismissNotice(),
  };
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly trackTask = (_index: number, task: BoardTaskFragment) => task.id;
  /** Rows arrive untyped in Material's cell templates. */
  protected readonly statusLabelOf = (task: BoardTaskFragment) => STATUS_LABELS[task.status];
  protected readonly selectRowLabel = (task: BoardTaskFragment) => $localize`:@@tasks.table.selectRow:Select “${task.title}:title:”`;

  protected readonly statuses = BOARD_STATUSES;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly columnLabels = COLUMN_LABELS;
  protected readonly allColumns = TABLE_COLUMNS;
  protected readonly pageSize = TABLE_PAGE_SIZE;
  protected readonly maxBulk = MAX_TASKS_PER_BULK_CHANGE;

  readonly projectId = input.required<string>();
  // Query parameters, bound by the router: the board's, plus status, sort and cols.
  readonly role = input<string | string[]>();
  readonly owner = input<string>();
  readonly phase = input<string>();
  readonly overdue = input<string>();
  readonly unowned = input<string>();
  readonly q = input<string>();
  readonly status = input<string>();
  readonly sort = input<string>();
  readonly cols = input<string>();

  protected readonly view = computed<TableView>(
    () =>
      tableViewFromQueryParams({
        role: this.role(),
        owner: this.owner(),
        phase: this.phase(),
        overdue: this.overdue(),
        unowned: this.unowned(),
        q: this.q(),
        status: this.status(),
        sort: this.sort(),
        cols: this.cols(),
      }),
    { equal: sameTableView },
  );
  protected readonly noFilters: BoardFilters = filtersFromQueryParams({});
  protected readonly filtered = computed(() => {
    const params = queryParamsFromTableView({ ...this.view(), sort: null, columns: [...TABLE_COLUMNS] });
    return Object.values(params).some((value) => value !== null);
  });
  protected readonly displayedColumns = computed(() => [...(this.store.canEdit() ? ['select'] : []), 'title', ...this.view().columns]);

  /** The row clicked last, where a Shift-click range starts. */
  private anchorId: string | null = null;
  protected readonly pageIds = computed(() => this.store.rows().map((row) => row.id));
  protected readonly allOnPageSelected = computed(() => {
    const ids = this.pageIds();
    const selected = this.store.selectedIds();
    return ids.length > 0 && ids.every((id) => selected.has(id));
  });
  protected readonly someOnPageSelected = computed(() => !this.allOnPageSelected() && this.pageIds().some((id) => this.store.selectedIds().has(id)));

  /** People who hold a role in the project: the assignees the bulk menu offers. */
  protected readonly assignable = computed(() => {
    const people = new Map<string, string>();
    for (const role of this.store.data()?.roles ?? []) for (const holder of role.holders) people.set(holder.person.id, holder.person.name);
    return [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  });
  protected readonly knownPeople = computed(() => {
    const names = new Map(this.assignable().map((p) => [p.id, p.name] as const));
    for (const row of this.store.rows()) if (row.owner) names.set(row.owner.id, row.owner.name);
    return names;
  });
  protected readonly lastRowNumber = computed(() => this.store.firstRowNumber() + this.store.rows().length - 1);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    followProject(this.store, this.projectId);
    effect(() => {
      this.projectId();
      const view = this.view();
      untracked(() => {
        this.anchorId = null;
        this.store.show(view);
      });
    });
  }

  protected applyFilters(filters: BoardFilters): void {
    this.navigate({ ...this.view(), filters }, filters.search !== this.view().filters.search);
  }

  protected setStatuses(statuses: TaskStatus[]): void {
    this.navigate({ ...this.view(), statuses });
  }

  protected sorted(sort: Sort): void {
    const column = sort.active as TableColumn | 'title';
    this.navigate({ ...this.view(), sort: sort.direction ? { column, direction: sort.direction === 'desc' ? 'DESC' : 'ASC' } : null });
  }

  protected toggleColumn(column: TableColumn, shown: boolean): void {
    this.navigate({ ...this.view(), columns: withColumn(this.view().columns, column, shown) });
  }

  protected clearFilters(): void {
    this.navigate({ ...this.view(), filters: this.noFilters, statuses: [] });
  }

  protected rowClicked(task: BoardTaskFragment, event: MouseEvent): void {
    // The checkbox toggles itself too; the selection below is what it shows once drawn again.
    event.preventDefault();
    this.store.setSelected(selectionAfterClick(this.store.selectedIds(), this.pageIds(), task.id, this.anchorId, event.shiftKey));
    this.anchorId = task.id;
  }

  protected rowKey(task: BoardTaskFragment, event: KeyboardEvent): void {
    if (event.key !== ' ') return;
    event.preventDefault();
    this.store.setSelected(selectionAfterClick(this.store.selectedIds(), this.pageIds(), task.id, this.anchorId, event.shiftKey));
    this.anchorId = task.id;
  }

  protected togglePage(): void {
    const ids = new Set(this.store.selectedIds());
    const select = !this.allOnPageSelected();
    for (const id of this.pageIds()) {
      if (select) ids.add(id);
      else ids.delete(id);
    }
    this.store.setSelected(ids);
  }

  protected apply(change: BulkChange): void {
    if (this.store.tooManySelected() || this.store.selected().size === 0) return;
    this.problem.set(null);
    this.store.applyToSelected(change).subscribe({
      next: (applied) => this.offerUndo(applied),
      error: (error: unknown) => this.problem.set(bulkProblem(error)),
    });
  }

  protected sortDirection(): 'asc' | 'desc' | '' {
    const sort = this.view().sort;
    return sort ? (sort.direction === 'DESC' ? 'desc' : 'asc') : '';
  }

  private offerUndo(applied: AppliedBulkChange): void {
    const changed = applied.after.filter((task) => applied.before.find((b) => b.id === task.id)?.version !== task.version).length;
    const count = changed === 1 ? $localize`:@@tasks.bulk.oneTask:1 task` : $localize`:@@tasks.bulk.tasks:${formatNum(changed)}:count: tasks`;
    const what = describeChange(applied.change, this.assignable(), this.store.data()?.roles ?? []);
    const message = changed === 0 ? $localize`:@@tasks.bulk.nothingChanged:The selected tasks already were as asked; nothing changed.` : $localize`:@@tasks.bulk.changed:${what}:change:: ${count}:count:`;
    const ref = this.snackBar.open(message, changed === 0 ? OK : UNDO, { duration: UNDO_SECONDS * 1000 });
    if (changed === 0) return;
    ref.onAction().subscribe(() =>
      this.store.undo(applied).subscribe({
        next: () => this.snackBar.open($localize`:@@tasks.bulk.undone:Undone: ${count}:count: back as they were.`, OK, { duration: 4000 }),
        error: (error: unknown) => this.snackBar.open(undoProblem(error), OK, { duration: 10000 }),
      }),
    );
  }

  private navigate(view: TableView, replaceUrl = false): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: queryParamsFromTableView(view), queryParamsHandling: 'merge', replaceUrl });
  }
}

function describeChange(change: BulkChange, people: { id: string; name: string }[], roles: readonly { key: string; name: string }[]): string {
  switch (change.kind) {
    case 'status':
      return $localize`:@@tasks.bulk.movedTo:Moved to ${STATUS_LABELS[change.status]}:status:`;
    case 'role': {
      const role = roles.find((r) => r.key === change.roleKey)?.name ?? change.roleKey;
      return $localize`:@@tasks.bulk.handedTo:Handed to ${role}:role:`;
    }
    case 'assignee': {
      if (!change.assigneeId) return $localize`:@@tasks.bulk.assigneeRemoved:Assignee removed`;
      const person = people.find((p) => p.id === change.assigneeId)?.name;
      return person ? $localize`:@@tasks.bulk.assignedTo:Assigned to ${person}:person:` : $localize`:@@tasks.bulk.assignedToThem:Assigned to them`;
    }
  }
}

/** A refused bulk change: the API names the task that stopped it, and nothing was saved. */
export function bulkProblem(error: unknown): string {
  const problem = changeProblemOf(error, $localize`:@@tasks.bulk.selectedThing:the selected tasks`);
  if (problem.kind === 'stale' || problem.kind === 'dependency-blocked') return userMessageOf(error);
  return $localize`:@@tasks.bulk.nothingWasChanged:Nothing was changed. ${problem.message}:problem:`;
}

/** A refused Undo, said plainly: the tasks stay as the change left them. */
export function undoProblem(error: unknown): string {
  const problem = changeProblemOf(error, $localize`:@@tasks.bulk.theseThing:these tasks`);
  if (problem.kind === 'stale') return $localize`:@@tasks.bulk.undoStale:Could not undo: someone changed one of these tasks since, so they stay as they are now. Reload to see the latest.`;
  return $localize`:@@tasks.bulk.undoFailed:Could not undo. ${problem.message}:problem:`;
}
