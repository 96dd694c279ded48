import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { NgxEchartsDirective } from 'ngx-echarts';

import { formatDay } from '../shared/dates/calendar-days';
import { Kpi, KpiMeasurement, KPI_STATUS_LABELS, kpiChartLabel, kpiChartOption, kpiValue, latestVsTarget, progressText, trendView } from './kpi-chart';

/**
 * One KPI: how it is doing against its target (the status chip), which way it is heading, and its
 * measurements over time against the target and baseline lines, each of which can be corrected
 * or removed.
 */
@Component({
  selector: 'crm-kpi-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, NgxEchartsDirective],
  host: {
    'data-testid': 'kpi-card',
    '[attr.data-kpi-id]': 'kpi().id',
    '[attr.data-status]': 'kpi().status',
    role: 'article',
    '[attr.aria-labelledby]': '"kpi-name-" + kpi().id',
  },
  templateUrl: './kpi-card.component.html',
  styleUrl: './kpi-card.component.scss',
})
export class KpiCardComponent {
  readonly kpi = input.required<Kpi>();
  readonly canEdit = input(false);
  readonly edit = output<void>();
  readonly measure = output<void>();
  readonly correct = output<KpiMeasurement>();
  readonly remove = output<KpiMeasurement>();

  protected readonly newestFirst = computed(() => [...this.kpi().measurements].reverse());
  protected readonly day = formatDay;
  protected value(value: number): string {
    return kpiValue(value, this.kpi().unit);
  }

  protected readonly statusLabel = computed(() => KPI_STATUS_LABELS[this.kpi().status]);
  protected readonly figures = computed(() => latestVsTarget(this.kpi()));
  protected readonly trend = computed(() => trendView(this.kpi().trend, this.kpi().direction));
  protected readonly progress = computed(() => progressText(this.kpi().progress));
  protected readonly baselineText = computed(() => {
    const kpi = this.kpi();
    const better = kpi.direction === 'UP' ? 'Higher is better' : 'Lower is better';
    return kpi.baseline === null
      ? `${better}; the first measurement serves as the baseline`
      : `${better}; baseline ${kpiValue(kpi.baseline, kpi.unit)}`;
  });
  protected readonly options = computed(() => kpiChartOption(this.kpi()));
  protected readonly chartLabel = computed(() => kpiChartLabel(this.kpi()));
}
