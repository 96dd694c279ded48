import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { NgxEchartsDirective } from 'ngx-echarts';

import { Kpi, KPI_STATUS_LABELS, kpiChartLabel, kpiChartOption, kpiValue, latestVsTarget, progressText, trendView } from './kpi-chart';

/**
 * One KPI: how it is doing against its target (the status chip), which way it is heading, and its
 * measurements over time against the target and baseline lines.
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
  template: `
    <header>
      <h3 [id]="'kpi-name-' + kpi().id">{{ kpi().name }}</h3>
      <span [class]="'status ' + kpi().status.toLowerCase()" data-testid="kpi-status" [attr.data-status]="kpi().status">{{ statusLabel() }}</span>
    </header>
    @if (kpi().description) {
      <p class="muted">{{ kpi().description }}</p>
    }
    <p class="figures">
      <span data-testid="kpi-latest">{{ figures() }}</span>
      <span
        class="trend"
        data-testid="kpi-trend"
        [attr.data-trend]="kpi().trend"
        [class.good]="trend().good === true"
        [class.bad]="trend().good === false"
        [attr.title]="trend().label"
      >
        <span aria-hidden="true">{{ trend().arrow }}</span>
        <span class="visually-hidden">{{ trend().label }}</span>
      </span>
    </p>
    <p class="muted">
      {{ baselineText() }}
      @if (progress(); as progress) {
        · {{ progress }}
      }
    </p>
    @if (kpi().measurements.length > 0) {
      <div echarts class="chart" data-testid="kpi-chart" role="img" [attr.aria-label]="chartLabel()" [options]="options()"></div>
    } @else {
      <p class="no-data" data-testid="kpi-chart-empty">No measurements yet. Record the first one to start the chart.</p>
    }
    @if (canEdit()) {
      <footer>
        <button mat-button type="button" data-testid="edit-kpi" (click)="edit.emit()">Edit</button>
        <button mat-stroked-button type="button" data-testid="record-measurement" (click)="measure.emit()">Record measurement</button>
      </footer>
    }
  `,
  styleUrl: './kpi-card.component.scss',
})
export class KpiCardComponent {
  readonly kpi = input.required<Kpi>();
  readonly canEdit = input(false);
  readonly edit = output<void>();
  readonly measure = output<void>();

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
