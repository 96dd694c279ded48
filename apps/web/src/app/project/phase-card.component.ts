import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import { OverviewMilestoneFragment, OverviewPhaseFragment } from '@crm/graphql-client';

import { ActionProblem } from './action-problem';
import { ActionProblemComponent } from './action-problem.component';
import { lateness, phaseStatusLabel, progressLabel } from './overview-format';

export interface CriterionChange {
  id: string;
  label: string;
  done: boolean;
}

/**
 * One phase of the plan as a card: where it stands, what its gate still waits for, its checklist and
 * its milestones. It only shows and asks; the overview page performs the changes.
 */
@Component({
  selector: 'crm-phase-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatCheckboxModule, MatProgressBarModule, ActionProblemComponent],
  host: {
    'data-testid': 'phase-card',
    '[attr.data-kind]': 'phase().kind',
    '[attr.data-status]': 'phase().status',
    role: 'listitem',
    '[attr.aria-labelledby]': 'headingId()',
  },
  template: `
    <header class="head">
      <span class="step" aria-hidden="true">{{ step() }}</span>
      <div class="title">
        <h3 [id]="headingId()">{{ phase().name }}</h3>
        <span class="status" [class]="'status status-' + phase().status">{{ statusLabel() }}</span>
      </div>
    </header>

    <p class="dates">
      @if (phase().plannedStart && phase().plannedEnd) {
        Planned {{ phase().plannedStart | date: 'MMM d' }} – {{ phase().plannedEnd | date: 'mediumDate' }}
      } @else {
        Dates not planned yet
      }
      @if (phase().actualStart) {
        <br />
        Started {{ phase().actualStart | date: 'mediumDate' }}
        @if (phase().actualEnd) {
          · finished {{ phase().actualEnd | date: 'mediumDate' }}
        }
      }
    </p>

    <div class="progress" data-testid="phase-progress">
      <mat-progress-bar
        mode="determinate"
        [value]="phase().progress.ratio * 100"
        [attr.aria-label]="'Tasks done in ' + phase().name"
      />
      <span>{{ progressText() }}</span>
    </div>

    <section class="gate" aria-label="Gate">
      @if (phase().status === 'COMPLETED') {
        <p class="gate-state gate-done">Phase completed</p>
      } @else if (phase().gateBlockers.length === 0) {
        <p class="gate-state gate-open" data-testid="gate-open">Gate open: ready to complete</p>
      } @else {
        <!-- Collapsed by default: the checklist and milestones below show the same items. -->
        <details data-testid="gate-blockers">
          <summary class="gate-state gate-blocked">Gate blocked: {{ blockerCount() }} still open</summary>
          <ul>
            @for (blocker of phase().gateBlockers; track $index) {
              <li>{{ blocker }}</li>
            }
          </ul>
        </details>
      }
    </section>

    <section aria-label="Exit criteria">
      <h4>Exit criteria</h4>
      @for (criterion of phase().exitCriteria; track criterion.id) {
        <mat-checkbox
          class="criterion"
          data-testid="exit-criterion"
          [checked]="criterion.done"
          [disabled]="!canEdit() || busy() === 'criterion:' + criterion.id"
          (change)="criterionChange.emit({ id: criterion.id, label: criterion.label, done: $event.checked })"
          >{{ criterion.label }}</mat-checkbox
        >
      } @empty {
        <p class="empty">No exit criteria for this phase.</p>
      }
    </section>

    <section aria-label="Milestones">
      <h4>Milestones</h4>
      <ul class="milestones">
        @for (milestone of phase().milestones; track milestone.id) {
          <li data-testid="milestone-item" [attr.data-status]="milestone.status">
            <div class="milestone-text">
              <span class="milestone-name">{{ milestone.name }}</span>
              <span class="milestone-due">
                Due <time [attr.datetime]="milestone.dueDate">{{ milestone.dueDate | date: 'mediumDate' }}</time>
              </span>
              @if (milestone.status === 'DONE') {
                <span class="badge badge-done">Done</span>
              } @else if (milestone.overdue) {
                <span class="badge badge-late" data-testid="milestone-late">{{ late(milestone.daysLate) }}</span>
              }
            </div>
            @if (canEdit() && milestone.status !== 'DONE') {
              <button
                mat-stroked-button
                type="button"
                data-testid="complete-milestone"
                [disabled]="busy() === 'milestone:' + milestone.id"
                [attr.aria-label]="'Mark ' + milestone.name + ' done'"
                (click)="completeMilestone.emit(milestone)"
              >
                Mark done
              </button>
            }
          </li>
        } @empty {
          <li class="empty">No milestones in this phase.</li>
        }
      </ul>
    </section>

    @if (problem(); as problem) {
      <crm-action-problem [problem]="problem" (reload)="reload.emit()" (dismiss)="dismissProblem.emit()" />
    }

    @if (canEdit() && phase().status !== 'COMPLETED') {
      <footer>
        <button
          mat-flat-button
          type="button"
          data-testid="complete-phase"
          [disabled]="busy() === 'phase:' + phase().id"
          (click)="completePhase.emit()"
        >
          Complete phase
        </button>
      </footer>
    }
  `,
  styleUrl: './phase-card.component.scss',
})
export class PhaseCardComponent {
  readonly phase = input.required<OverviewPhaseFragment>();
  /** Position in the plan, counted from 1. */
  readonly step = input.required<number>();
  readonly canEdit = input(false);
  /** The change under way, e.g. "milestone:<id>", so its control is not pressed twice. */
  readonly busy = input<string | null>(null);
  readonly problem = input<ActionProblem | null>(null);

  readonly completePhase = output<void>();
  readonly completeMilestone = output<OverviewMilestoneFragment>();
  readonly criterionChange = output<CriterionChange>();
  readonly reload = output<void>();
  readonly dismissProblem = output<void>();

  protected readonly headingId = computed(() => `phase-${this.phase().id}`);
  protected readonly statusLabel = computed(() => phaseStatusLabel(this.phase().status));
  protected readonly progressText = computed(() => progressLabel(this.phase().progress));
  protected readonly blockerCount = computed(() => {
    const count = this.phase().gateBlockers.length;
    return count === 1 ? '1 item' : `${count} items`;
  });
  protected readonly late = lateness;
}
