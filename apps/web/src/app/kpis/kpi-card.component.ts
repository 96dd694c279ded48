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
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface);
    }
    header,
    footer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    footer {
      justify-content: flex-end;
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    p {
      margin: 0;
    }
    .muted,
    .no-data {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .no-data {
      padding: 32px 8px;
      text-align: center;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
    }
    .figures {
      display: flex;
      align-items: center;
      gap: 8px;
      font: var(--mat-sys-title-medium);
    }
    .trend {
      font: var(--mat-sys-title-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .trend.good {
      color: #006d3b;
    }
    .trend.bad {
      color: #ba1a1a;
    }
    .status {
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-large);
    }
    .status.on_track {
      background: #c4eed0;
      color: #00391c;
    }
    .status.at_risk {
      background: #ffe08a;
      color: #3d2e00;
    }
    .status.off_track {
      background: #ffdad6;
      color: #93000a;
    }
    .status.no_data {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    .chart {
      width: 100%;
      height: 220px;
    }
  `,
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
