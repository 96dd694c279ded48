import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { ProjectStandingFragment } from '@crm/graphql-client';

import { STATUS_WORDS } from '../health/health-view';
import { formatDay } from '../shared/dates/calendar-days';
import { PctPipe } from '../shared/format/format.pipes';

/**
 * Where a program stands, on its card in the project list: its health colour in the sponsor's
 * words (linking to the reasons), how much of its work is done, and its next milestone.
 */
@Component({
  selector: 'crm-project-standing',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PctPipe, RouterLink, MatProgressBarModule],
  template: `
    <div class="row">
      <span class="label" i18n="@@projects.standing.health">Health</span>
      <a
        class="health"
        [class]="'health ' + standing().health.status.toLowerCase()"
        [routerLink]="['/projects', standing().id, 'health']"
        data-testid="project-health"
        [attr.aria-label]="healthLabel()"
        ><span class="dot" aria-hidden="true"></span>{{ healthWord() }}</a
      >
    </div>
    <div class="row progress">
      <span class="label" [id]="'progress-' + standing().id" i18n="@@projects.standing.tasksDone">Tasks done</span>
      <span data-testid="project-progress">{{ standing().health.percentDone | pct: '1.0-0' : 'points' }}</span>
    </div>
    <mat-progress-bar mode="determinate" [value]="standing().health.percentDone" [attr.aria-labelledby]="'progress-' + standing().id" />
    <div class="row">
      <span class="label" i18n="@@projects.standing.nextMilestone">Next milestone</span>
      <span class="milestone" data-testid="project-next-milestone">
        @if (standing().nextMilestone; as milestone) {
          {{ milestone.name }} · <time [attr.datetime]="milestone.dueDate">{{ day(milestone.dueDate) }}</time>
        } @else {
          <ng-container i18n="@@projects.standing.noMilestone">None planned</ng-container>
        }
      </span>
    </div>
  `,
  styles: `
    :host {
      display: grid;
      gap: 8px;
      margin-top: 8px;
    }
    .row {
      display: flex;
      justify-content: space-between;
      gap: 16px;
    }
    .label {
      color: var(--mat-sys-on-surface-variant);
    }
    .milestone {
      text-align: right;
    }
    /* Above the card's full-size link, so the health link is its own target. */
    .health {
      position: relative;
      z-index: 1;
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: 0 8px;
      border-radius: 12px;
      font: var(--mat-sys-label-large);
      text-decoration: none;
    }
    .health:hover,
    .health:focus-visible {
      text-decoration: underline;
    }
    .dot {
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: currentColor;
    }
    .green {
      background: #e3f7e8;
      color: #006d3b;
    }
    .amber {
      background: #fff3d0;
      color: #7c5800;
    }
    .red {
      background: #ffe9e6;
      color: #ba1a1a;
    }
  `,
})
export class ProjectStandingComponent {
  readonly standing = input.required<ProjectStandingFragment>();

  protected readonly healthWord = computed(() => STATUS_WORDS[this.standing().health.status]);
  protected readonly healthLabel = computed(() => $localize`:@@projects.standing.healthLabel:Health: ${this.healthWord()}:health:. See why`);
  protected readonly day = formatDay;
}
