import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { formatDay } from '../shared/dates/calendar-days';
import { WAVE_STATUS_LABELS, WaveTimeline } from './wave-timeline';

const LANE_HEIGHT = 40;

/** The waves on one strip by go-live date, with the months and a marker for today. */
@Component({
  selector: 'crm-wave-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="strip" data-testid="wave-timeline" [style.height.px]="height()">
      <div class="axis" aria-hidden="true"></div>
      @for (month of timeline().months; track month.iso) {
        <span class="month" aria-hidden="true" [style.left.%]="month.left">{{ month.label }}</span>
      }
      <span class="today" data-testid="timeline-today" [style.left.%]="timeline().today.left" [attr.title]="'Today, ' + todayLabel()">
        <span class="today-label">Today</span>
      </span>
      <ol class="markers">
        @for (marker of timeline().markers; track marker.id) {
          <li
            [class]="'marker ' + marker.status.toLowerCase()"
            data-testid="timeline-wave"
            [attr.data-wave-id]="marker.id"
            [style.left.%]="marker.left"
            [style.bottom.px]="28 + marker.lane * lane"
          >
            <span class="dot" aria-hidden="true"></span>
            <span class="name">{{ marker.name }}</span>
            <span class="when">{{ marker.dateLabel }} · {{ statusLabels[marker.status] }}</span>
          </li>
        }
      </ol>
    </div>
  `,
  styles: `
    .strip {
      position: relative;
      margin: 0 72px;
      min-height: 96px;
    }
    .axis {
      position: absolute;
      left: 0;
      right: 0;
      bottom: 24px;
      height: 4px;
      border-radius: 2px;
      background: var(--mat-sys-outline-variant);
    }
    .month {
      position: absolute;
      bottom: 0;
      transform: translateX(-50%);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-small);
      white-space: nowrap;
    }
    .today {
      position: absolute;
      top: 0;
      bottom: 20px;
      width: 0;
      border-left: 2px dashed var(--mat-sys-error);
    }
    .today-label {
      position: absolute;
      top: 0;
      left: 4px;
      color: var(--mat-sys-error);
      font: var(--mat-sys-label-small);
    }
    .markers {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .marker {
      position: absolute;
      display: flex;
      flex-direction: column;
      align-items: center;
      transform: translateX(-50%);
      max-width: 150px;
      text-align: center;
    }
    .dot {
      order: 3;
      width: 12px;
      height: 12px;
      margin-top: 2px;
      border: 2px solid var(--mat-sys-surface);
      border-radius: 50%;
      background: var(--mat-sys-outline);
    }
    .marker.ready .dot {
      background: var(--mat-sys-tertiary);
    }
    .marker.live .dot {
      background: var(--mat-sys-primary);
    }
    .marker.closed .dot {
      background: var(--mat-sys-on-surface-variant);
    }
    .name {
      font: var(--mat-sys-label-large);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      max-width: 150px;
    }
    .when {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-small);
      white-space: nowrap;
    }
  `,
})
export class WaveTimelineComponent {
  readonly timeline = input.required<WaveTimeline>();

  protected readonly lane = LANE_HEIGHT;
  protected readonly statusLabels = WAVE_STATUS_LABELS;
  protected readonly height = computed(() => 44 + this.timeline().lanes * LANE_HEIGHT);
  protected readonly todayLabel = computed(() => formatDay(this.timeline().today.iso));
}
