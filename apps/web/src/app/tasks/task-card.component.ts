import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';

import { dependencyFlag, statusAllowedNow } from '@crm/domain';
import type { BoardTaskFragment, TaskStatus } from '@crm/graphql-client';

import { BOARD_STATUSES, CARD_HEIGHT, PRIORITY_LABELS, STATUS_LABELS } from './board-columns';
import { waitingForLabel } from './waiting-for';
import { DayPipe } from '../shared/format/format.pipes';

/**
 * One task on the board: what it is, which role and who owns it, when it is due, how urgent, and
 * what it waits for. Its Move menu offers In progress and Done only once nothing it waits for is open.
 */
@Component({
  selector: 'crm-task-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DayPipe, MatButtonModule, MatMenuModule],
  host: {
    'data-testid': 'task-card',
    '[attr.data-task-id]': 'task().id',
    '[class.overdue]': 'task().overdue',
    '[class.moving]': 'moving()',
    '[class.waiting]': 'waiting() !== null',
    // One height for every card, so the board can window its columns (board-columns.ts).
    '[style.height.px]': 'height',
    // Alt with an arrow would otherwise be the browser's Back and Forward.
    '(keydown.alt.arrowleft)': 'step($any($event), -1)',
    '(keydown.alt.arrowright)': 'step($any($event), 1)',
  },
  templateUrl: './task-card.component.html',
  styleUrl: './task-card.component.scss',
})
export class TaskCardComponent {
  readonly task = input.required<BoardTaskFragment>();
  readonly canEdit = input(false);
  /** The server has not yet confirmed this card's last move. */
  readonly moving = input(false);

  readonly opened = output();
  readonly moveTo = output<TaskStatus>();
  /** Alt+Left Arrow or Alt+Right Arrow on the card: the page moves it one column that way, or says why not. */
  readonly stepped = output<-1 | 1>();

  protected readonly height = CARD_HEIGHT;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly priorityLabel = computed(() => PRIORITY_LABELS[this.task().priority]);
  protected readonly otherStatuses = computed(() => BOARD_STATUSES.filter((status) => status !== this.task().status));
  protected readonly waiting = computed(() => dependencyFlag(this.task().status, this.task().waitingFor.length));
  protected readonly waitingLabel = computed(() => waitingForLabel(this.task()));
  protected readonly waitingTitle = computed(() => {
    const titles = this.task().waitingFor.map((t) => t.title).join(', ');
    return $localize`:@@tasks.card.notDoneYet:Not done yet: ${titles}:titles:`;
  });
  protected readonly moveLabel = computed(() => $localize`:@@tasks.card.moveLabel:Move ${this.task().title}:title: to another column`);

  protected readonly moveKeysId = computed(() => `move-keys-${this.task().id}`);

  protected step(event: KeyboardEvent, direction: -1 | 1): void {
    if (!this.canEdit()) return;
    event.preventDefault();
    this.stepped.emit(direction);
  }

  protected allowedNow(status: TaskStatus): boolean {
    return statusAllowedNow(status, this.task().waitingFor.length);
  }
  protected readonly ownerExplanation = computed(() =>
    this.task().ownerSource === 'ASSIGNEE'
      ? $localize`:@@tasks.card.assigned:Assigned to this task`
      : $localize`:@@tasks.card.ownsThroughRole:Owns it as the primary holder of ${this.task().role.name}:role:`,
  );
}
