import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChildren,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router } from '@angular/router';

import { filter } from 'rxjs';

import { statusAllowedNow } from '@crm/domain';
import type { BoardTaskFragment, TaskStatus } from '@crm/graphql-client';

import { followProject } from '../shared/data/area-store';
import { NumPipe } from '../shared/format/format.pipes';
import { RecordRemoval } from '../shared/trash/record-removal.service';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { AREA_PAGE, AreaPageState } from '../shared/ui/area-page.component';
import { BoardFilters, filtersFromQueryParams, hasActiveFilters, queryParamsFromFilters, sameFilters } from './board-filters';
import { BoardFiltersBarComponent } from './board-filters-bar.component';
import { CARD_SLOT, neighbourStatus, STATUS_LABELS } from './board-columns';
import { ColumnScrollerDirective } from './board-page.column-scroller';
import { BoardStore } from './board.store';
import { NewTaskDialogComponent, NewTaskDialogData } from './new-task-dialog.component';
import { TaskCardComponent } from './task-card.component';
import { TaskDetailDialogComponent, TaskDetailDialogData, TaskDetailResult } from './task-detail-dialog.component';
import { TasksViewSwitchComponent } from './tasks-view-switch.component';

/** How long "Moved to Done · Undo" stays after a move. */
export const MOVE_UNDO_SECONDS = 8;

const UNDO = $localize`:@@tasks.snack.undo:Undo`;
const OK = $localize`:@@tasks.snack.ok:OK`;

/**
 * The project's tasks in one column per status. Editors move cards by dragging them or through each
 * card's Move menu; everyone can filter, and the filters live in the URL (e.g. ?unowned=true). Each
 * column scrolls on its own and holds only the cards in view, fetching the next page as it nears
 * the end of what is loaded.
 */
@Component({
  selector: 'crm-board-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [BoardStore],
  imports: [
    AREA_PAGE,
    CdkDrag,
    CdkDropList,
    CdkDropListGroup,
    MatButtonModule,
    NumPipe,
    BoardFiltersBarComponent,
    ColumnScrollerDirective,
    ErrorBannerComponent,
    TaskCardComponent,
    TasksViewSwitchComponent,
  ],
  templateUrl: './board-page.component.html',
  styleUrl: './board-page.component.scss',
})
export class BoardPageComponent {
  protected readonly store = inject(BoardStore);
  protected readonly cardSlot = CARD_SLOT;
  /** The frame waits for the project and the first page of tasks both. */
  protected readonly frame: AreaPageState = {
    load: this.store.boardLoad,
    notice: this.store.notice,
    reload: () => this.store.reload(),
    dismissNotice: () => this.store.dismissNotice(),
  };
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly scrollers = viewChildren(ColumnScrollerDirective);

  /** What the last move did, for screen readers (the live region above the columns). */
  protected readonly announcement = signal('');

  readonly projectId = input.required<string>();
  // Query parameters, bound by the router: ?role=A,B&owner=…&phase=…&overdue=true&unowned=true&q=…
  readonly role = input<string | string[]>();
  readonly owner = input<string>();
  readonly phase = input<string>();
  readonly overdue = input<string>();
  readonly unowned = input<string>();
  readonly q = input<string>();
  /** ?task=<id> opens that task's detail: where links from elsewhere (the search box) lead. */
  readonly task = input<string>();
  /** The task a link opened, so a refresh of the board before the link is cleared does not open it twice. */
  private linkedTaskId: string | null = null;

  protected readonly noFilters: BoardFilters = filtersFromQueryParams({});
  protected readonly filters = computed(
    () =>
      filtersFromQueryParams({
        role: this.role(),
        owner: this.owner(),
        phase: this.phase(),
        overdue: this.overdue(),
        unowned: this.unowned(),
        q: this.q(),
      }),
    { equal: sameFilters },
  );
  protected readonly filtered = computed(() => hasActiveFilters(this.filters()));

  /** Names of everyone the board shows, so a filter by owner can show a name rather than an id. */
  protected readonly knownPeople = computed(() => {
    const names = new Map<string, string>();
    for (const task of this.store.tasks()) {
      if (task.owner) names.set(task.owner.id, task.owner.name);
      if (task.assignee) names.set(task.assignee.id, task.assignee.name);
    }
    return names;
  });

  constructor() {
    followProject(this.store, this.projectId);
    // A task brought back (the Undo after removing it, the trash page) returns to the board.
    inject(RecordRemoval)
      .restored$.pipe(
        filter((event) => event.kind === 'Task' || event.kind === 'Phase' || event.kind === 'Milestone'),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.store.reload());
    effect(() => {
      this.projectId();
      const filters = this.filters();
      untracked(() => this.store.show(filters));
    });
    effect(() => {
      const taskId = this.task();
      if (!taskId) {
        this.linkedTaskId = null;
        return;
      }
      if (!this.store.data() || this.linkedTaskId === taskId) return;
      this.linkedTaskId = taskId;
      untracked(() => {
        // The link has done its work once the task is open: Back and reload then show the board.
        void this.router.navigate([], { relativeTo: this.route, queryParams: { task: null }, queryParamsHandling: 'merge', preserveFragment: true, replaceUrl: true });
        this.openTaskById(taskId);
      });
    });
  }

  protected columnScrollLabel(column: string): string {
    return $localize`:@@tasks.board.columnScroller:${column}:column: cards, scroll for more`;
  }

  protected applyFilters(filters: BoardFilters): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: queryParamsFromFilters(filters),
      queryParamsHandling: 'merge',
      // Typing a search should not fill the back button with one entry per word.
      replaceUrl: filters.search !== this.filters().search,
    });
  }

  protected dropped(event: CdkDragDrop<TaskStatus, TaskStatus, BoardTaskFragment>): void {
    if (event.previousContainer === event.container) return;
    this.moveTask(event.item.data.id, event.container.data);
  }

  /**
   * Moves a card (a drag or its Move menu) and, once the server has saved it, offers "Moved to
   * Done · Undo" for a few seconds. Undo moves it back with the version the move answered, so a
   * task someone changed meanwhile is refused and the board says so.
   */
  protected moveTask(taskId: string, status: TaskStatus): void {
    const task = this.store.tasks().find((t) => t.id === taskId);
    if (!task || task.status === status || this.store.pendingMoves().has(taskId)) return;
    this.announcement.set($localize`:@@tasks.board.movedTo:Moved “${task.title}:title:” to ${STATUS_LABELS[status]}:status:`);
    // The card is drawn anew in its new column; the keyboard user's place goes with it.
    this.keepFocusOn(taskId);
    this.store.moveTask(taskId, status, {
      onRefused: () => {
        this.announcement.set($localize`:@@tasks.board.moveRefused:“${task.title}:title:” could not move and is back in ${STATUS_LABELS[task.status]}:status:`);
        this.keepFocusOn(taskId);
      },
      onMoved: (saved, from) => {
        const ref = this.snackBar.open($localize`:@@tasks.board.movedTo:Moved “${saved.title}:title:” to ${STATUS_LABELS[saved.status]}:status:`, UNDO, {
          duration: MOVE_UNDO_SECONDS * 1000,
        });
        ref.onAction().subscribe(() => this.store.moveTask(saved.id, from, { undoing: true }));
      },
    });
  }

  /** Alt+Left Arrow or Alt+Right Arrow on a card: one column that way, or a word on why not. */
  protected stepTask(task: BoardTaskFragment, direction: -1 | 1): void {
    const target = neighbourStatus(task.status, direction);
    if (this.store.pendingMoves().has(task.id)) {
      this.announcement.set($localize`:@@tasks.board.stillMoving:“${task.title}:title:” is still moving to ${STATUS_LABELS[task.status]}:status:`);
      return;
    }
    if (!target) {
      this.announcement.set(
        direction < 0
          ? $localize`:@@tasks.board.inFirstColumn:“${task.title}:title:” is already in the first column`
          : $localize`:@@tasks.board.inLastColumn:“${task.title}:title:” is already in the last column`,
      );
      return;
    }
    if (!statusAllowedNow(target, task.waitingFor.length)) {
      this.announcement.set($localize`:@@tasks.board.waitsForOthers:“${task.title}:title:” waits for other tasks: it cannot move to ${STATUS_LABELS[target]}:status: yet`);
      return;
    }
    this.moveTask(task.id, target);
  }

  /** After the next render, focus the card's title wherever the card now is, scrolling its column to it. */
  private keepFocusOn(taskId: string): void {
    afterNextRender({ read: () => this.focusCard(taskId, true) }, { injector: this.injector });
  }

  private focusCard(taskId: string, mayScroll: boolean): void {
    const card = [...this.host.querySelectorAll<HTMLElement>('[data-testid="task-card"]')].find((c) => c.dataset['taskId'] === taskId);
    const title = card?.querySelector<HTMLElement>('button.title');
    if (title) {
      title.focus();
      return;
    }
    const task = this.store.tasks().find((t) => t.id === taskId);
    const column = task && this.store.columns().find((c) => c.status === task.status);
    const scroller = column && this.scrollers().find((s) => s.columnStatus() === column.status);
    if (!mayScroll || !column || !scroller) return;
    scroller.reveal(column.tasks.findIndex((t) => t.id === taskId));
    afterNextRender({ read: () => this.focusCard(taskId, false) }, { injector: this.injector });
  }

  protected newTask(): void {
    const context = this.store.data();
    if (!context) return;
    this.dialog
      .open<NewTaskDialogComponent, NewTaskDialogData, BoardTaskFragment>(NewTaskDialogComponent, {
        data: { context, phaseId: this.filters().phaseId },
        injector: this.injector,
        width: '720px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((task) => {
        if (task) this.snackBar.open($localize`:@@tasks.board.created:Created “${task.title}:title:”.`, OK, { duration: 5000 });
      });
  }

  protected openTask(task: BoardTaskFragment): void {
    const context = this.store.data();
    if (!context) return;
    this.dialog
      .open<TaskDetailDialogComponent, TaskDetailDialogData, TaskDetailResult>(TaskDetailDialogComponent, {
        data: {
          task,
          context,
          projectId: this.projectId(),
          canEdit: this.store.canEdit(),
          knownTitles: new Map(this.store.tasks().map((t) => [t.id, t.title])),
        },
        injector: this.injector,
        width: '720px',
        maxWidth: '95vw',
        // Opening a task is mostly reading it: start at its heading, not inside the title field.
        autoFocus: 'first-heading',
      })
      .afterClosed()
      .subscribe((result) => {
        if (result?.kind === 'saved') this.snackBar.open($localize`:@@tasks.board.saved:Saved “${result.task.title}:title:”.`, OK, { duration: 4000 });
        // A removed task: RecordRemoval already shows “Removed … · Undo”.
        if (result?.kind === 'open-task') this.openTaskById(result.taskId);
      });
  }

  /** Opens a task by id: from the board when it is shown, else as the server has it (it may be filtered out). */
  private openTaskById(taskId: string): void {
    const shown = this.store.tasks().find((task) => task.id === taskId);
    if (shown) {
      this.openTask(shown);
      return;
    }
    this.store.refreshTask(taskId).subscribe({
      next: (task) => this.openTask(task),
      error: () => this.snackBar.open($localize`:@@tasks.board.openFailed:We could not open that task. Reload the board and try again.`, OK, { duration: 5000 }),
    });
  }
}
