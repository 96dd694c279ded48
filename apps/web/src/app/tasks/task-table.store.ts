import { computed, inject, Injectable, signal } from '@angular/core';

import { concatMap, from, map, Observable, Subscription, tap, toArray } from 'rxjs';

import { MAX_TASKS_PER_BULK_CHANGE } from '@crm/domain';
import { BoardContextGQL, BoardTaskFragment, TasksUpdateGQL, TaskTablePageGQL } from '@crm/graphql-client';

import { AreaStore, CallState } from '../shared/data/area-store';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { replaceTask } from './board-columns';
import type { BoardContext } from './board.store';
import { BulkChange, changeFields, inverseChanges, ORDER_FIELDS, tableFilterInput, TableView, tableViewFromQueryParams } from './task-table-view';

/** Rows per page of the table; "select all on page" then stays within one bulk change. */
export const TABLE_PAGE_SIZE = 50;

/** A bulk change the server applied, with what Undo needs: the tasks as they were and as they are now. */
export interface AppliedBulkChange {
  change: BulkChange;
  before: BoardTaskFragment[];
  after: BoardTaskFragment[];
}

/**
 * The task table of one project: one page at a time in the order the user chose (the API sorts,
 * so page 2 continues page 1), the rows selected (kept across pages, by id with the version read)
 * and bulk changes to them. Like the board's store it keeps its rows itself rather than in the
 * Apollo cache, replacing each changed task with the server's answer, so the next change or an
 * Undo sends the version the server has now.
 */
@Injectable()
export class TaskTableStore extends AreaStore<BoardContext> {
  private readonly contextGQL = inject(BoardContextGQL);
  private readonly pageGQL = inject(TaskTablePageGQL);
  private readonly updateGQL = inject(TasksUpdateGQL);

  protected readonly content = $localize`:@@tasks.store.tableContent:the task table`;
  protected readonly thing = $localize`:@@tasks.store.tableThing:these tasks`;

  private view: TableView = tableViewFromQueryParams({});
  private pageRequest?: Subscription;
  /** The cursor each page shown so far started after (null for the first). */
  private cursors: (string | null)[] = [null];
  private endCursor: string | null = null;

  readonly rows = signal<readonly BoardTaskFragment[]>([]);
  readonly rowsLoad = signal<CallState>({ status: 'loading' });
  readonly pageIndex = signal(0);
  readonly totalCount = signal(0);
  readonly hasNextPage = signal(false);
  readonly pageLoading = signal(false);
  /** The selected tasks as they were read, by id: across pages, until the view changes. */
  readonly selected = signal<ReadonlyMap<string, BoardTaskFragment>>(new Map());
  readonly selectedIds = computed(() => new Set(this.selected().keys()));
  readonly tooManySelected = computed(() => this.selected().size > MAX_TASKS_PER_BULK_CHANGE);
  readonly applying = signal(false);

  readonly tableLoad = computed<CallState>(() => {
    const context = this.load();
    return context.status === 'loaded' ? this.rowsLoad() : context;
  });
  readonly firstRowNumber = computed(() => this.pageIndex() * TABLE_PAGE_SIZE + 1);

  /** Shows the first page of `view`; a new filter or order starts a new selection. */
  show(view: TableView): void {
    this.view = view;
    this.selected.set(new Map());
    this.cursors = [null];
    this.fetchPage(0, { total: true });
  }

  nextPage(): void {
    if (!this.hasNextPage() || this.pageLoading()) return;
    this.cursors[this.pageIndex() + 1] = this.endCursor;
    this.fetchPage(this.pageIndex() + 1);
  }

  previousPage(): void {
    if (this.pageIndex() === 0 || this.pageLoading()) return;
    this.fetchPage(this.pageIndex() - 1);
  }

  override reload(): void {
    this.notice.set(null);
    if (this.load().status === 'error') this.fetch();
    this.fetchPage(this.pageIndex(), { total: true });
  }

  /** A colleague changed the program: the page of rows on screen, where it is. */
  protected override refreshForColleague(): void {
    this.fetch();
    this.fetchPage(this.pageIndex(), { total: true });
  }

  setSelected(ids: ReadonlySet<string>): void {
    const next = new Map(this.selected());
    for (const row of this.rows()) {
      if (ids.has(row.id)) next.set(row.id, row);
      else next.delete(row.id);
    }
    this.selected.set(next);
  }

  clearSelection(): void {
    this.selected.set(new Map());
  }

  /**
   * Sends `change` for every selected task, all or nothing. On success the rows show the server's
   * answer and the selection stays (for a second change); the answer says what Undo needs.
   */
  applyToSelected(change: BulkChange): Observable<AppliedBulkChange> {
    const before = [...this.selected().values()];
    return this.send(change, before.map(({ id, version }) => ({ id, version }))).pipe(map((after) => ({ change, before, after })));
  }

  /**
   * Puts the tasks of `applied` back as they were, one change per earlier value (a status change
   * that moved tasks from To do and from Blocked is undone in two). Each is sent with the version
   * the first change answered, so a task someone changed since is refused with CONFLICT.
   */
  undo(applied: AppliedBulkChange): Observable<BoardTaskFragment[]> {
    return from(inverseChanges(applied.before, applied.after, applied.change)).pipe(
      concatMap((group) => this.send(group.change, group.items)),
      toArray(),
      map((answers) => answers.flat()),
    );
  }

  protected query() {
    return this.contextGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' });
  }

  private send(change: BulkChange, items: { id: string; version: number }[]): Observable<BoardTaskFragment[]> {
    this.applying.set(true);
    return this.updateGQL.mutate({ variables: { input: { projectId: this.projectId, items, ...changeFields(change) } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@tasks.store.noChangedTasks:The server answered without the changed tasks.`);
        return data.updateTasks;
      }),
      tap({
        next: (tasks) => {
          this.rows.update((rows) => tasks.reduce((current, task) => replaceTask(current, task), rows));
          this.selected.update((selected) => {
            const next = new Map(selected);
            for (const task of tasks) if (next.has(task.id)) next.set(task.id, task);
            return next;
          });
          this.applying.set(false);
        },
        error: () => this.applying.set(false),
      }),
    );
  }

  private fetchPage(index: number, { total = false } = {}): void {
    this.pageRequest?.unsubscribe();
    if (this.rows().length === 0 || total) this.rowsLoad.set({ status: 'loading' });
    this.pageLoading.set(true);
    const sort = this.view.sort;
    this.pageRequest = this.pageGQL
      .fetch({
        variables: {
          projectId: this.projectId,
          filter: tableFilterInput(this.view),
          orderBy: sort ? { field: ORDER_FIELDS[sort.column], direction: sort.direction } : null,
          first: TABLE_PAGE_SIZE,
          after: this.cursors[index] ?? null,
          withTotal: total,
        },
        fetchPolicy: 'network-only',
      })
      .subscribe({
        next: ({ data }) => {
          this.pageLoading.set(false);
          if (!data) {
            this.rowsLoad.set({ status: 'error', message: userMessageOf(null) });
            return;
          }
          const { edges, pageInfo, totalCount } = data.tasks;
          this.rows.set(edges.map((edge) => edge.node));
          if (totalCount !== undefined && totalCount !== null) this.totalCount.set(totalCount);
          this.hasNextPage.set(pageInfo.hasNextPage);
          this.endCursor = pageInfo.endCursor ?? null;
          this.pageIndex.set(index);
          this.rowsLoad.set({ status: 'loaded' });
        },
        error: (error: unknown) => {
          this.pageLoading.set(false);
          this.rowsLoad.set({ status: 'error', message: userMessageOf(error) });
        },
      });
  }
}
