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
    const up = kpi.direction === 'UP';
    if (kpi.baseline === null) {
      return up
        ? $localize`:@@kpis.card.higherFirstBaseline:Higher is better; the first measurement serves as the baseline`
        : $localize`:@@kpis.card.lowerFirstBaseline:Lower is better; the first measurement serves as the baseline`;
    }
    const baseline = kpiValue(kpi.baseline, kpi.unit);
    return up ? $localize`:@@kpis.card.higherBaseline:Higher is better; baseline ${baseline}:baseline:` : $localize`:@@kpis.card.lowerBaseline:Lower is better; baseline ${baseline}:baseline:`;
  });
  protected correctLabel(measurement: KpiMeasurement): string {
    const day = formatDay(measurement.measuredOn);
    return $localize`:@@kpis.card.correctLabel:Correct the measurement of ${day}:day:`;
  }

  protected removeLabel(measurement: KpiMeasurement): string {
    const day = formatDay(measurement.measuredOn);
    return $localize`:@@kpis.card.removeLabel:Remove the measurement of ${day}:day:`;
  }

  protected readonly options = computed(() => kpiChartOption(this.kpi()));
  protected readonly chartLabel = computed(() => kpiChartLabel(this.kpi()));
}
