import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router } from '@angular/router';

import type { BoardTaskFragment, TaskStatus } from '@crm/graphql-client';

import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { LoadErrorComponent } from '../shared/ui/load-error.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { BoardFilters, filtersFromQueryParams, hasActiveFilters, queryParamsFromFilters, sameFilters } from './board-filters';
import { BoardFiltersBarComponent } from './board-filters-bar.component';
import { BoardStore } from './board.store';
import { NewTaskDialogComponent, NewTaskDialogData } from './new-task-dialog.component';
import { TaskCardComponent } from './task-card.component';
import { TaskDetailDialogComponent, TaskDetailDialogData, TaskDetailResult } from './task-detail-dialog.component';

/**
 * The project's tasks in one column per status. Editors move cards by dragging them or through each
 * card's Move menu; everyone can filter, and the filters live in the URL (e.g. ?unowned=true).
 */
@Component({
  selector: 'crm-board-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [BoardStore],
  imports: [
    EmptyStateComponent,
    CdkDrag,
    CdkDropList,
    CdkDropListGroup,
    MatButtonModule,
    BoardFiltersBarComponent,
    ErrorBannerComponent,
    LoadErrorComponent,
    LoadingStateComponent,
    TaskCardComponent,
  ],
  template: `
    <section class="board-page" aria-labelledby="board-heading">
      <div class="heading">
        <h2 id="board-heading">Task board</h2>
        @if (store.canEdit()) {
          <button mat-flat-button type="button" data-testid="new-task" (click)="newTask()">New task</button>
        }
      </div>

      @if (store.data(); as context) {
        <crm-board-filters-bar
          [filters]="filters()"
          [context]="context"
          [knownPeople]="knownPeople()"
          (filtersChange)="applyFilters($event)"
        />
      }

      @if (store.notice(); as notice) {
        <div class="notice" data-testid="board-notice">
          <crm-error-banner [message]="notice.message" testId="board-notice-message" />
          <div class="notice-actions">
            @if (notice.offerReload) {
              <button mat-stroked-button type="button" data-testid="board-reload" (click)="store.reload()">Reload</button>
            }
            <button mat-button type="button" (click)="store.dismissNotice()">Dismiss</button>
          </div>
        </div>
      }

      @switch (store.boardLoad().status) {
        @case ('loading') {
          <crm-loading-state testId="board-loading" label="Loading tasks…" />
        }
        @case ('error') {
          <crm-load-error testId="board-error" [message]="loadErrorMessage()" (retry)="store.reload()" />
        }
        @case ('loaded') {
          @if (store.tasks().length === 0) {
            @if (filtered()) {
              <crm-empty-state testId="board-empty" heading="No tasks match these filters" message="Try fewer filters, or clear them to see every task of the project.">
                <button mat-stroked-button type="button" (click)="applyFilters(noFilters)">Clear filters</button>
              </crm-empty-state>
            } @else {
              <crm-empty-state testId="board-empty" heading="No tasks yet" message="Tasks are the work of the rollout, each owned by a role. Add the first one to start planning.">
                @if (store.canEdit()) {
                  <button mat-flat-button type="button" (click)="newTask()">Add the first task</button>
                }
              </crm-empty-state>
            }
          } @else {
            <p class="count" data-testid="board-count" aria-live="polite">
              Showing {{ store.tasks().length }} of {{ store.totalCount() }} {{ store.totalCount() === 1 ? 'task' : 'tasks' }}
            </p>
            <div class="columns" cdkDropListGroup>
              @for (column of store.columns(); track column.status) {
                <section
                  class="column"
                  data-testid="board-column"
                  [attr.data-status]="column.status"
                  [attr.aria-label]="column.label"
                  cdkDropList
                  cdkDropListSortingDisabled
                  [cdkDropListData]="column.status"
                  [cdkDropListDisabled]="!store.canEdit()"
                  (cdkDropListDropped)="dropped($event)"
                >
                  <h3 class="column-title">
                    {{ column.label }} <span class="column-count">{{ column.tasks.length }}</span>
                  </h3>
                  @for (task of column.tasks; track task.id) {
                    <crm-task-card
                      cdkDrag
                      [cdkDragData]="task"
                      [cdkDragDisabled]="!store.canEdit() || store.pendingMoves().has(task.id)"
                      [task]="task"
                      [canEdit]="store.canEdit()"
                      [moving]="store.pendingMoves().has(task.id)"
                      (moveTo)="store.moveTask(task.id, $event)"
                      (opened)="openTask(task)"
                    />
                  } @empty {
                    <p class="column-empty">{{ store.canEdit() ? 'Nothing here. Drop a task to move it.' : 'Nothing here.' }}</p>
                  }
                </section>
              }
            </div>
            @if (store.hasNextPage()) {
              <div class="more">
                @if (store.loadMoreError(); as message) {
                  <crm-error-banner [message]="message" />
                }
                <button mat-stroked-button type="button" data-testid="board-load-more" [disabled]="store.loadingMore()" (click)="store.loadMore()">
                  {{ store.loadingMore() ? 'Loading more tasks…' : 'Load more' }}
                </button>
              </div>
            }
          }
        }
      }
    </section>
  `,
  styles: `
    .board-page {
      display: flex;
      flex-direction: column;
      gap: 16px;
      max-width: 1280px;
      margin: 0 auto;
      padding: 24px 16px 48px;
    }
    .heading {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 16px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    .notice,
    .more {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 8px;
    }
    .notice-actions {
      display: flex;
      gap: 8px;
    }
    .count {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(4, minmax(240px, 1fr));
      gap: 12px;
      overflow-x: auto;
      align-items: start;
    }
    .column {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-height: 160px;
      padding: 12px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container);
    }
    .column.cdk-drop-list-receiving {
      outline: 2px dashed var(--mat-sys-primary);
    }
    .column-title {
      display: flex;
      justify-content: space-between;
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .column-count,
    .column-empty {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .column-empty {
      margin: 8px 0;
    }
    .cdk-drag-preview {
      box-shadow: var(--mat-sys-level3);
    }
    .cdk-drag-placeholder {
      opacity: 0.3;
    }
  `,
})
export class BoardPageComponent {
  protected readonly store = inject(BoardStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  readonly projectId = input.required<string>();
  // Query parameters, bound by the router: ?role=A,B&owner=…&phase=…&overdue=true&unowned=true&q=…
  readonly role = input<string | string[]>();
  readonly owner = input<string>();
  readonly phase = input<string>();
  readonly overdue = input<string>();
  readonly unowned = input<string>();
  readonly q = input<string>();

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
    effect(() => {
      const projectId = this.projectId();
      untracked(() => this.store.open(projectId));
    });
    effect(() => {
      this.projectId();
      const filters = this.filters();
      untracked(() => this.store.show(filters));
    });
  }

  protected loadErrorMessage(): string {
    const load = this.store.boardLoad();
    return load.status === 'error' ? `We could not load the board. ${load.message}` : '';
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
    this.store.moveTask(event.item.data.id, event.container.data);
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
        if (task) this.snackBar.open(`Created “${task.title}”.`, 'OK', { duration: 5000 });
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
        if (result?.kind === 'saved') this.snackBar.open(`Saved “${result.task.title}”.`, 'OK', { duration: 4000 });
        if (result?.kind === 'deleted') this.snackBar.open(`Deleted “${result.title}”.`, 'OK', { duration: 5000 });
      });
  }
}
