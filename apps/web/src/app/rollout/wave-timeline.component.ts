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
      <span class="today" data-testid="timeline-today" [style.left.%]="timeline().today.left" [attr.title]="todayTitle()">
        <span class="today-label" i18n="@@rollout.timeline.today">Today</span>
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
  styleUrl: './wave-timeline.component.scss',
})
export class WaveTimelineComponent {
  readonly timeline = input.required<WaveTimeline>();

  protected readonly lane = LANE_HEIGHT;
  protected readonly statusLabels = WAVE_STATUS_LABELS;
  protected readonly height = computed(() => 44 + this.timeline().lanes * LANE_HEIGHT);
  protected readonly todayTitle = computed(() => {
    const day = formatDay(this.timeline().today.iso);
    return $localize`:@@rollout.timeline.todayTitle:Today, ${day}:day:`;
  });
}
