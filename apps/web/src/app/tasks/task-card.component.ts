import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';

import type { BoardTaskFragment, TaskStatus } from '@crm/graphql-client';

import { BOARD_STATUSES, PRIORITY_LABELS, STATUS_LABELS } from './board-columns';

/** One task on the board: what it is, which role and who owns it, when it is due, and how urgent. */
@Component({
  selector: 'crm-task-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatMenuModule],
  host: {
    'data-testid': 'task-card',
    '[attr.data-task-id]': 'task().id',
    '[class.overdue]': 'task().overdue',
    '[class.moving]': 'moving()',
  },
  template: `
    <div class="top">
      <button type="button" class="title" (click)="opened.emit()" [attr.aria-label]="'Open details of ' + task().title">
        {{ task().title }}
      </button>
      <span [class]="'priority ' + task().priority.toLowerCase()">{{ priorityLabel() }}</span>
    </div>

    <div class="meta">
      <span class="role" data-testid="task-role">{{ task().role.name }}</span>
      @if (task().owner; as owner) {
        <span class="owner" data-testid="task-owner" [attr.title]="ownerExplanation()">{{ owner.name }}</span>
      } @else {
        <span class="owner unowned" data-testid="task-owner" title="Nobody holds this role and nobody is assigned">Unowned</span>
      }
    </div>

    <div class="bottom">
      @if (task().dueDate; as due) {
        <span class="due" [class.late]="task().overdue">
          Due <time [attr.datetime]="due">{{ due | date: 'mediumDate' }}</time>
          @if (task().overdue) {
            · Overdue
          }
        </span>
      } @else {
        <span class="due none">No due date</span>
      }
      @if (canEdit()) {
        <button
          mat-button
          type="button"
          class="move"
          data-testid="task-status-menu"
          [disabled]="moving()"
          [matMenuTriggerFor]="statusMenu"
          [attr.aria-label]="'Move ' + task().title + ' to another column'"
        >
          {{ moving() ? 'Moving…' : 'Move' }}
        </button>
        <mat-menu #statusMenu="matMenu">
          @for (status of otherStatuses(); track status) {
            <button mat-menu-item type="button" [attr.data-status]="status" (click)="moveTo.emit(status)">
              Move to {{ statusLabels[status] }}
            </button>
          }
        </mat-menu>
      }
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 12px;
      border-radius: var(--mat-sys-corner-medium);
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface);
      font: var(--mat-sys-body-medium);
    }
    :host(.overdue) {
      border-left: 4px solid var(--mat-sys-error);
    }
    :host(.moving) {
      opacity: 0.7;
    }
    .top,
    .bottom,
    .meta {
      display: flex;
      align-items: center;
      gap: 8px;
      flex-wrap: wrap;
    }
    .top,
    .bottom {
      justify-content: space-between;
    }
    .title {
      all: unset;
      flex: 1;
      cursor: pointer;
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
    }
    .title:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .title:hover {
      text-decoration: underline;
    }
    .role,
    .owner,
    .priority {
      padding: 2px 8px;
      border-radius: var(--mat-sys-corner-small);
      font: var(--mat-sys-label-medium);
    }
    .role {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .owner {
      background: var(--mat-sys-surface-container-high);
    }
    .owner.unowned {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font-weight: 600;
    }
    .priority.critical {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
    .priority.high {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .priority.medium,
    .priority.low {
      color: var(--mat-sys-on-surface-variant);
    }
    .due {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .due.late {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
  `,
})
export class TaskCardComponent {
  readonly task = input.required<BoardTaskFragment>();
  readonly canEdit = input(false);
  /** The server has not yet confirmed this card's last move. */
  readonly moving = input(false);

  readonly opened = output();
  readonly moveTo = output<TaskStatus>();

  protected readonly statusLabels = STATUS_LABELS;
  protected readonly priorityLabel = computed(() => PRIORITY_LABELS[this.task().priority]);
  protected readonly otherStatuses = computed(() => BOARD_STATUSES.filter((status) => status !== this.task().status));
  protected readonly ownerExplanation = computed(() =>
    this.task().ownerSource === 'ASSIGNEE'
      ? 'Assigned to this task'
      : `Owns it as the primary holder of ${this.task().role.name}`,
  );
}
