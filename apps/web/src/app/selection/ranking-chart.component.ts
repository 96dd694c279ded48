import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { NgxEchartsDirective } from 'ngx-echarts';

import { RankingEntry, rankingChartOption, rankingLine } from './selection-analysis';

/**
 * The ranking as horizontal bars. ECharts itself is registered by the selection routes, so it is
 * downloaded with this page only. The bars are described in the label for screen readers; the
 * ranked list beside the chart carries the same figures as text.
 */
@Component({
  selector: 'crm-ranking-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgxEchartsDirective],
  template: `
    <div
      echarts
      class="chart"
      data-testid="ranking-chart"
      role="img"
      [attr.aria-label]="label()"
      [options]="options()"
      [style.height.px]="height()"
    ></div>
  `,
  styles: `
    .chart {
      width: 100%;
      min-height: 120px;
    }
  `,
})
export class RankingChartComponent {
  readonly ranking = input.required<readonly RankingEntry[]>();

  protected readonly options = computed(() => rankingChartOption(this.ranking()));
  protected readonly height = computed(() => 56 + this.ranking().length * 44);
  protected readonly label = computed(() => $localize`:@@selection.chart.label:Weighted scores: ${this.ranking().map(rankingLine).join('; ')}:scores:`);
}
