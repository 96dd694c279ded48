import { computed, inject, Injectable, signal } from '@angular/core';

import { map, Observable, Subscription, tap } from 'rxjs';

import { MAX_PAGE_SIZE } from '@crm/domain';
import {
  BoardContextGQL,
  BoardContextQuery,
  BoardTaskFragment,
  BoardTasksGQL,
  CreateTaskInput,
  TaskCreateGQL,
  TaskDetailGQL,
  TaskSetStatusGQL,
  TaskStatus,
  TaskUpdateGQL,
  UpdateTaskInput,
} from '@crm/graphql-client';

import { AreaStore, CallState, toggledSet } from '../shared/data/area-store';
import { changeProblemOf } from '../shared/graphql/change-problems';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { RecordRemoval } from '../shared/trash/record-removal.service';
import type { PageNotice } from '../shared/ui/page-notice.component';
import { appendPage, boardColumns, replaceTask, STATUS_LABELS, wantsNextPage, withStatus } from './board-columns';
import { BoardFilters, NO_FILTERS, taskFilterInput } from './board-filters';

/** The API's largest page. */
export const BOARD_PAGE_SIZE = MAX_PAGE_SIZE;

export type BoardContext = BoardContextQuery;

/**
 * The board of one project: its tasks under the current filters, page by page (the next page comes as
 * the user scrolls a column towards its end), and the changes made
 * to them. Tasks are kept here rather than in the Apollo cache because the board adds pages and moves
 * cards ahead of the server, and rolls a move back when the server refuses it. Provided by the board
 * page, so it lives as long as the page, and handed to the page's dialogs. The store base holds
 * the page query (the project's roles, phases and milestones, and what the user may do); the tasks
 * are a second, paged call.
 */
@Injectable()
export class BoardStore extends AreaStore<BoardContext> {
  private readonly contextGQL = inject(BoardContextGQL);
  private readonly tasksGQL = inject(BoardTasksGQL);
  private readonly detailGQL = inject(TaskDetailGQL);
  private readonly setStatusGQL = inject(TaskSetStatusGQL);
  private readonly createGQL = inject(TaskCreateGQL);
  private readonly updateGQL = inject(TaskUpdateGQL);
  private readonly removal = inject(RecordRemoval);

  protected readonly content = $localize`:@@tasks.store.boardContent:the board`;
  protected readonly thing = $localize`:@@tasks.store.boardThing:this task`;

  private filters: BoardFilters = NO_FILTERS;
  private pageRequest?: Subscription;

  readonly tasks = signal<readonly BoardTaskFragment[]>([]);
  readonly tasksLoad = signal<CallState>({ status: 'loading' });
  readonly totalCount = signal(0);
  readonly hasNextPage = signal(false);
  readonly loadingMore = signal(false);
  readonly loadMoreError = signal<string | null>(null);
  /** Tasks whose move the server has not answered yet; they cannot be moved again meanwhile. */
  readonly pendingMoves = signal<ReadonlySet<string>>(new Set());

  private endCursor: string | null = null;

  readonly columns = computed(() => boardColumns(this.tasks()));
  /** The board shows once both the project and the first page of tasks are in. */
  readonly boardLoad = computed<CallState>(() => {
    const context = this.load();
    return context.status === 'loaded' ? this.tasksLoad() : context;
  });

  /** Shows the first page of tasks matching `filters`, dropping any answer to an older request. */
  show(filters: BoardFilters): void {
    this.filters = filters;
    this.pageRequest?.unsubscribe();
    this.tasksLoad.set({ status: 'loading' });
    this.loadMoreError.set(null);
    this.loadingMore.set(false);
    this.pageRequest = this.fetchPage(null).subscribe({
      next: (page) => {
        this.tasks.set(page.tasks);
        this.takePageInfo(page);
        this.tasksLoad.set({ status: 'loaded' });
      },
      error: (error: unknown) => this.tasksLoad.set({ status: 'error', message: userMessageOf(error) }),
    });
  }

  loadMore(): void {
    if (!this.hasNextPage() || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.loadMoreError.set(null);
    this.pageRequest = this.fetchPage(this.endCursor).subscribe({
      next: (page) => {
        this.tasks.update((tasks) => appendPage(tasks, page.tasks));
        this.takePageInfo(page);
        this.loadingMore.set(false);
      },
      error: (error: unknown) => {
        this.loadMoreError.set($localize`:@@tasks.store.loadMoreFailed:We could not load more tasks. ${userMessageOf(error)}:problem:`);
        this.loadingMore.set(false);
      },
    });
  }

  /**
   * The user has scrolled a column of `columnLength` cards so that those before `drawnUpTo` are
   * drawn: near its end, the next page is fetched, so scrolling carries on without a button. After a
   * failed page it waits for the user to press "Load more" rather than retrying on every scroll.
   */
  cardsDrawn(drawnUpTo: number, columnLength: number): void {
    if (this.loadMoreError() || !wantsNextPage(drawnUpTo, columnLength)) return;
    this.loadMore();
  }

  /** Loads everything again from the server: after a conflict, or when the user asks. */
  override reload(): void {
    this.notice.set(null);
    if (this.load().status === 'error') this.fetch();
    this.show(this.filters);
  }

  /** A colleague changed the program: its context and the cards shown, under the same filters. */
  protected override refreshForColleague(): void {
    this.fetch();
    this.show(this.filters);
  }

  /**
   * Moves a card at once and tells the server. If the server refuses, the card goes back to where it
   * was and the user learns why; a stale version means someone else changed the task, so the way
   * out offered is to reload.
   */
  moveTask(taskId: string, status: TaskStatus, { onMoved, onRefused, undoing = false }: MoveOptions = {}): void {
    const before = this.tasks().find((task) => task.id === taskId);
    if (!before || before.status === status || this.pendingMoves().has(taskId)) return;
    this.notice.set(null);
    this.tasks.update((tasks) => withStatus(tasks, taskId, status));
    this.setPending(taskId, true);
    this.setStatusGQL.mutate({ variables: { input: { id: taskId, version: before.version, status } } }).subscribe({
      next: ({ data }) => {
        this.setPending(taskId, false);
        if (!data) return;
        this.tasks.update((tasks) => replaceTask(tasks, data.setTaskStatus));
        onMoved?.(data.setTaskStatus, before.status);
      },
      error: (error: unknown) => {
        this.setPending(taskId, false);
        this.tasks.update((tasks) => replaceTask(tasks, before));
        this.notice.set(undoing ? undoRefusedNotice(before, error) : moveRefusedNotice(before, status, error));
        onRefused?.();
      },
    });
  }

  /** Creates a task, then shows the first page again so the new task appears only if it matches the filters. */
  createTask(input: Omit<CreateTaskInput, 'projectId'>): Observable<BoardTaskFragment> {
    return this.createGQL.mutate({ variables: { input: { ...input, projectId: this.projectId } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@tasks.store.noNewTask:The server answered without the new task.`);
        return data.createTask;
      }),
      tap(() => this.show(this.filters)),
    );
  }

  updateTask(input: UpdateTaskInput): Observable<BoardTaskFragment> {
    return this.updateGQL.mutate({ variables: { input } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@tasks.store.noSavedTask:The server answered without the saved task.`);
        return data.updateTask;
      }),
      tap((task) => this.tasks.update((tasks) => replaceTask(tasks, task))),
      // The tasks shifted with it changed on the server only: the cards shown are read again.
      tap(() => {
        if (input.shiftDependants) this.show(this.filters);
      }),
    );
  }

  /**
   * Removes the task to the program's trash after asking (with what goes with it), and takes it
   * off the board; answers whether it went. The user is told why when it did not, and gets an Undo.
   */
  removeTask(task: Pick<BoardTaskFragment, 'id' | 'version' | 'title'>): Observable<boolean> {
    return this.removal.remove('Task', task).pipe(
      tap((removed) => {
        if (!removed) return;
        this.tasks.update((tasks) => tasks.filter((t) => t.id !== task.id));
        this.totalCount.update((count) => Math.max(0, count - 1));
      }),
    );
  }

  /** The task as the server has it now; the board shows that version too. */
  refreshTask(id: string): Observable<BoardTaskFragment> {
    return this.detailGQL.fetch({ variables: { id }, fetchPolicy: 'network-only' }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@tasks.store.noTask:The server answered without the task.`);
        return data.task;
      }),
      tap((task) => this.tasks.update((tasks) => replaceTask(tasks, task))),
    );
  }

  protected query() {
    return this.contextGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' });
  }

  private fetchPage(after: string | null) {
    return this.tasksGQL
      .fetch({
        variables: { projectId: this.projectId, filter: taskFilterInput(this.filters), first: BOARD_PAGE_SIZE, after, withTotal: after === null },
        fetchPolicy: 'network-only',
      })
      .pipe(
        map(({ data }) => {
          if (!data) throw new Error($localize`:@@tasks.store.noTasks:The server answered without tasks.`);
          const { edges, pageInfo, totalCount } = data.tasks;
          return { tasks: edges.map((edge) => edge.node), pageInfo, totalCount };
        }),
      );
  }

  private takePageInfo(page: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount?: number }): void {
    if (page.totalCount !== undefined) this.totalCount.set(page.totalCount);
    this.hasNextPage.set(page.pageInfo.hasNextPage);
    this.endCursor = page.pageInfo.endCursor;
  }

  private setPending(taskId: string, pending: boolean): void {
    this.pendingMoves.update((current) => toggledSet(current, taskId, pending));
  }
}

export interface MoveOptions {
  /** Told the task as the server saved it and the status it left, e.g. to offer Undo. */
  onMoved?: (saved: BoardTaskFragment, from: TaskStatus) => void;
  /** Told when the server refused the move and the card went back. */
  onRefused?: () => void;
  /** The move undoes the previous one: a refusal says the undo failed. */
  undoing?: boolean;
}

/** A refused Undo, plainly: the card stays where the first move put it. */
function undoRefusedNotice(task: BoardTaskFragment, error: unknown): PageNotice {
  const problem = changeProblemOf(error, `“${task.title}”`);
  const where = STATUS_LABELS[task.status];
  const message =
    problem.kind === 'stale'
      ? $localize`:@@tasks.store.undoStale:Could not undo: “${task.title}:title:” was changed by someone else after your move, so it stays in ${where}:status:. Reload to see the latest version.`
      : $localize`:@@tasks.store.undoFailed:Could not undo the move of “${task.title}:title:”, so it stays in ${where}:status:. ${problem.message}:problem:`;
  return { kind: 'problem', message, offerReload: problem.offerReload };
}

/** A refused move in the board's words: where the card stays, and whether reloading helps. */
function moveRefusedNotice(task: BoardTaskFragment, status: TaskStatus, error: unknown): PageNotice {
  const where = STATUS_LABELS[task.status];
  const problem = changeProblemOf(error, `“${task.title}”`);
  const notice = (message: string): PageNotice => ({ kind: 'problem', message, offerReload: problem.offerReload });
  switch (problem.kind) {
    case 'stale':
      return notice(
        $localize`:@@tasks.store.moveStale:“${task.title}:title:” was changed by someone else since you loaded the board, so it stays in ${where}:status:. Reload to see the latest version.`,
      );
    case 'gone':
      return notice(problem.message);
    case 'forbidden':
      return notice($localize`:@@tasks.store.moveForbidden:You can view this program but not change it, so “${task.title}:title:” stays in ${where}:status:.`);
    case 'dependency-blocked':
      return notice(
        $localize`:@@tasks.store.moveBlocked:“${task.title}:title:” cannot move to ${STATUS_LABELS[status]}:target:, so it stays in ${where}:status:. ${problem.message}:problem:`,
      );
    default:
      return notice(
        $localize`:@@tasks.store.moveFailed:We could not move “${task.title}:title:” to ${STATUS_LABELS[status]}:target:, so it stays in ${where}:status:. ${problem.message}:problem:`,
      );
  }
}
