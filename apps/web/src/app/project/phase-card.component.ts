import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';

import { OverviewMilestoneFragment, OverviewPhaseFragment } from '@crm/graphql-client';

import { MessageTextPipe } from '../shared/i18n/message-text.pipe';
import { ActionProblem } from './action-problem';
import { ActionProblemComponent } from './action-problem.component';
import { lateness, phaseStatusLabel, progressLabel, signOffText } from './overview-format';
import { DayPipe } from '../shared/format/format.pipes';
import { USER_TIME_ZONE } from '../shared/format/user-time-zone';

export interface CriterionChange {
  id: string;
  label: string;
  version: number;
  done: boolean;
}

export type OverviewCriterion = OverviewPhaseFragment['exitCriteria'][number];

/**
 * One phase of the plan as a card: where it stands, what its gate still waits for, its checklist and
 * its milestones. It only shows and asks; the overview page performs the changes.
 */
@Component({
  selector: 'crm-phase-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DayPipe, MatButtonModule, MatCheckboxModule, MatProgressBarModule, MatTooltipModule, ActionProblemComponent, MessageTextPipe],
  host: {
    'data-testid': 'phase-card',
    '[attr.data-kind]': 'phase().kind',
    '[attr.data-status]': 'phase().status',
    role: 'listitem',
    '[attr.aria-labelledby]': 'headingId()',
  },
  templateUrl: './phase-card.component.html',
  styleUrl: './phase-card.component.scss',
})
export class PhaseCardComponent {
  readonly phase = input.required<OverviewPhaseFragment>();
  /** Position in the plan, counted from 1. */
  readonly step = input.required<number>();
  readonly canEdit = input(false);
  /** Only the project's owner may reopen a completed phase. */
  readonly canOwn = input(false);
  /** Later phases still open: where open tasks can be carried over to. */
  readonly laterPhases = input<{ id: string; name: string }[]>([]);
  /** The change under way, e.g. "milestone:<id>", so its control is not pressed twice. */
  readonly busy = input<string | null>(null);
  readonly problem = input<ActionProblem | null>(null);

  readonly completePhase = output<void>();
  readonly carryOver = output<void>();
  readonly reopen = output<void>();
  readonly completeMilestone = output<OverviewMilestoneFragment>();
  readonly criterionChange = output<CriterionChange>();
  readonly editPhase = output<void>();
  readonly addMilestone = output<void>();
  readonly editMilestone = output<OverviewMilestoneFragment>();
  readonly addCriterion = output<void>();
  readonly editCriterion = output<OverviewCriterion>();
  /** The holder of the criterion's signing role signs it off. */
  readonly signOff = output<OverviewCriterion>();
  readonly reload = output<void>();
  readonly dismissProblem = output<void>();

  protected readonly headingId = computed(() => `phase-${this.phase().id}`);
  protected readonly statusLabel = computed(() => phaseStatusLabel(this.phase().status));
  protected readonly progressText = computed(() => progressLabel(this.phase().progress));
  protected readonly blockerCount = computed(() => {
    const count = this.phase().gateBlockers.length;
    return count === 1 ? $localize`:@@project.phase.oneItem:1 item` : $localize`:@@project.phase.items:${count}:count: items`;
  });
  /** Open tasks keep the gate shut; offer to move them on when there is a later phase to take them. */
  protected readonly canCarryOver = computed(
    () => this.canEdit() && this.phase().status !== 'COMPLETED' && this.phase().progress.totalTasks > this.phase().progress.doneTasks && this.laterPhases().length > 0,
  );
  protected readonly late = lateness;
  private readonly viewerZone = inject(USER_TIME_ZONE);
  /** The sign-off's day is the day it was in the viewer's zone. */
  protected signOffText(criterion: Parameters<typeof signOffText>[0]): string {
    return signOffText(criterion, this.viewerZone());
  }
  protected readonly editPhaseLabel = computed(() => {
    const name = this.phase().name;
    return $localize`:@@project.phase.editPhaseLabel:Edit ${name}:name:: name and planned dates`;
  });
  protected readonly progressAriaLabel = computed(() => {
    const name = this.phase().name;
    return $localize`:@@project.phase.progressLabel:Tasks done in ${name}:name:`;
  });
  protected readonly texts = {
    inFavour: $localize`:@@project.phase.inFavour:In favour:`,
    fallsShort: $localize`:@@project.phase.fallsShort:Falls short:`,
  };

  protected editLabel(label: string): string {
    return $localize`:@@project.phase.editCriterionLabel:Edit ${label}:label:`;
  }

  protected editMilestoneLabel(name: string): string {
    return $localize`:@@project.phase.editMilestoneLabel:Edit ${name}:name:: name, due date or phase`;
  }

  protected markDoneLabel(name: string): string {
    return $localize`:@@project.phase.markDoneLabel:Mark done: ${name}:name:`;
  }
}
