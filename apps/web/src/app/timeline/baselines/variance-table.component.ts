import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { formatDay } from '../../shared/dates/calendar-days';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import type { VarianceRow } from './baselines.store';
import { VARIANCE_STATUS_LABELS, varianceDaysText, varianceDurationText, varianceTone } from './variance-words';

/** One baseline against today's plan, in the order the API gives (slipped items first, the worst at the top). */
@Component({
  selector: 'crm-variance-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyStateComponent],
  templateUrl: './variance-table.component.html',
  styleUrl: './variance-table.component.scss',
})
export class VarianceTableComponent {
  readonly rows = input.required<readonly VarianceRow[]>();
  readonly baselineName = input.required<string>();

  protected readonly slipped = computed(() => this.rows().filter((r) => r.status === 'SLIPPED').length);
  protected readonly labels = VARIANCE_STATUS_LABELS;
  protected readonly days = varianceDaysText;
  protected readonly tone = varianceTone;

  protected day(value: string | null): string {
    return value ? formatDay(value) : '—';
  }

  protected length(days: number | null): string {
    return varianceDurationText(days);
  }

  protected kindLabel(itemType: VarianceRow['itemType']): string {
    return itemType === 'MILESTONE' ? $localize`:@@baselines.variance.milestone:Milestone` : $localize`:@@baselines.variance.task:Task`;
  }
}
