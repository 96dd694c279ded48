import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';

import type { ProcessStatus } from '@crm/graphql-client';

import { DEPARTMENT_LABELS } from '../requirements/requirement-labels';
import { MessageTextPipe } from '../shared/i18n/message-text.pipe';
import { ProcessCard, statusMoves } from './process-board';

/** One process: where it is in the redesign, who owns it, what it answers, and how to move it on. */
@Component({
  selector: 'crm-process-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatMenuModule, MessageTextPipe],
  host: {
    'data-testid': 'process-card',
    '[attr.data-process-id]': 'process().id',
    '[attr.data-status]': 'process().status',
    '[class.moving]': 'moving()',
  },
  templateUrl: './process-card.component.html',
  styleUrl: './process-card.component.scss',
})
export class ProcessCardComponent {
  readonly process = input.required<ProcessCard>();
  readonly canEdit = input(false);
  readonly moving = input(false);
  /** The automation gate's refusal of the last move, if any. */
  readonly gateMessage = input<string | null>(null);

  readonly moveTo = output<ProcessStatus>();
  readonly edit = output<void>();
  readonly gateDismissed = output<void>();

  protected readonly expanded = signal(false);
  protected readonly moves = computed(() => statusMoves(this.process().status));
  protected readonly departmentLabel = computed(() => DEPARTMENT_LABELS[this.process().department]);
  protected readonly detailsId = computed(() => `process-details-${this.process().id}`);
  protected readonly requirementCount = computed(() => {
    const count = this.process().requirements.length;
    if (count === 0) return $localize`:@@processes.card.noRequirements:No linked requirements`;
    return count === 1 ? $localize`:@@processes.card.oneRequirement:1 requirement` : $localize`:@@processes.card.requirements:${count}:count: requirements`;
  });
  protected readonly moveLabel = computed(() => $localize`:@@processes.card.moveLabel:Move ${this.process().name}:name: to another status`);
}
