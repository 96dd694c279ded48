import type { EChartsCoreOption } from 'echarts/core';

import type { KpiCardFragment, KpiDirection, KpiStatus, KpiTrend } from '@crm/graphql-client';
import { formatNum } from '../shared/format/formats';

export type Kpi = KpiCardFragment;
export type KpiMeasurement = Kpi['measurements'][number];

export const KPI_STATUS_LABELS: Record<KpiStatus, string> = {
  ON_TRACK: $localize`:@@kpis.status.onTrack:On track`,
  AT_RISK: $localize`:@@kpis.status.atRisk:At risk`,
  OFF_TRACK: $localize`:@@kpis.status.offTrack:Off track`,
  NO_DATA: $localize`:@@kpis.status.noData:No data yet`,
};

/** "42%", "1,250 leads/month" (en-GB), "1.250 leads/month" (nl): a value with its unit, in the locale's digits. */
export function kpiValue(value: number, unit: string): string {
  const number = formatNum(value);
  if (unit === '') return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

export interface TrendView {
  arrow: string;
  label: string;
  /** Whether the change is for the better; null when there is no trend to judge. */
  good: boolean | null;
}

/**
 * The arrow points the way the value moved; its colour says whether that is good. For a KPI where
 * lower is better (e.g. handling time), an improving trend points down.
 */
export function trendView(trend: KpiTrend, direction: KpiDirection): TrendView {
  switch (trend) {
    case 'IMPROVING':
      return { arrow: direction === 'UP' ? '↑' : '↓', label: $localize`:@@kpis.trend.improving:Improving`, good: true };
    case 'WORSENING':
      return { arrow: direction === 'UP' ? '↓' : '↑', label: $localize`:@@kpis.trend.worsening:Getting worse`, good: false };
    case 'FLAT':
      return { arrow: '→', label: $localize`:@@kpis.trend.flat:No change since the last measurement`, good: null };
    case 'UNKNOWN':
      return { arrow: '–', label: $localize`:@@kpis.trend.unknown:Not enough measurements for a trend yet`, good: null };
  }
}

/** "Latest 42% · target 60%", or what is missing. */
export function latestVsTarget(kpi: Pick<Kpi, 'latest' | 'target' | 'unit'>): string {
  const target = kpiValue(kpi.target, kpi.unit);
  if (kpi.latest === null) return $localize`:@@kpis.figures.noLatest:No measurement yet · target ${target}:target:`;
  const latest = kpiValue(kpi.latest, kpi.unit);
  return $localize`:@@kpis.figures.latest:Latest ${latest}:latest: · target ${target}:target:`;
}

/** "55% of the way from the baseline to the target", or null without a baseline to measure from. */
export function progressText(progress: number | null): string | null {
  if (progress === null) return null;
  if (progress >= 1) return $localize`:@@kpis.progress.reached:Target reached`;
  if (progress < 0) return $localize`:@@kpis.progress.worse:Worse than the baseline`;
  const percent = Math.round(progress * 100);
  return $localize`:@@kpis.progress.share:${percent}:percent:% of the way from the baseline to the target`;
}

/** A tick step of 1, 2 or 5 times a power of ten, about a fifth of the span. */
function niceStep(span: number): number {
  const rough = span / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/**
 * The value axis: every measurement, the target and the baseline inside it with some room, on
 * round numbers. ECharts leaves reference lines out of its own range, so a target far above the
 * measurements would otherwise fall off the chart. Never below zero for values that are not.
 */
export function valueRange(values: readonly number[]): { min: number; max: number } {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo;
  const pad = span > 0 ? span * 0.1 : Math.abs(hi) * 0.1 || 1;
  let min = lo - pad;
  const max = hi + pad;
  if (lo >= 0 && min < 0) min = 0;
  const step = niceStep(max - min);
  return { min: Math.floor(min / step) * step, max: Math.ceil(max / step) * step };
}

// ECharts draws on a canvas and cannot read the theme's CSS variables: these match the azure theme.
const LINE_COLOR = '#005cbb';
const TARGET_COLOR = '#006d3b';
const BASELINE_COLOR = '#74777f';

/**
 * The measurements over time as a line, the target as a dashed line across the chart and the
 * baseline, when there is one, as a dotted one. Each point's tooltip carries its note.
 */
export function kpiChartOption(kpi: Kpi): EChartsCoreOption {
  const values = kpi.measurements.map((m) => m.value);
  const range = valueRange([...values, kpi.target, ...(kpi.baseline === null ? [] : [kpi.baseline])]);
  const format = (value: unknown) => kpiValue(Number(value), kpi.unit);
  const referenceLines: object[] = [
    {
      name: 'Target',
      yAxis: kpi.target,
      lineStyle: { type: 'dashed', color: TARGET_COLOR, width: 2 },
      // A function, not a template string: ECharts would read `{a}` or `{b}` in a unit as placeholders.
      label: { formatter: () => $localize`:@@kpis.chart.target:Target ${format(kpi.target)}:value:`, position: 'insideEndTop', color: TARGET_COLOR },
    },
  ];
  const baseline = kpi.baseline;
  if (baseline !== null) {
    referenceLines.push({
      name: 'Baseline',
      yAxis: baseline,
      lineStyle: { type: 'dotted', color: BASELINE_COLOR, width: 1.5 },
      label: { formatter: () => $localize`:@@kpis.chart.baseline:Baseline ${format(baseline)}:value:`, position: 'insideStartTop', color: BASELINE_COLOR },
    });
  }
  return {
    animationDuration: 300,
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      // ECharts puts the tooltip's string into the page as HTML: every piece of data in it is
      // escaped, the unit included (a unit of `<img src=x onerror=…>` must show as those characters).
      formatter: (params: { data: { value: [string, number]; note: string } }) => kpiTooltipHtml(params.data.value[0], format(params.data.value[1]), params.data.note),
    },
    xAxis: { type: 'time', axisLabel: { hideOverlap: true, formatter: '{d} {MMM}' } },
    yAxis: { type: 'value', min: range.min, max: range.max, axisLabel: { formatter: format } },
    series: [
      {
        type: 'line',
        name: kpi.name,
        data: [...kpi.measurements]
          .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn))
          .map((m) => ({ value: [m.measuredOn, m.value], note: m.note })),
        showSymbol: true,
        symbolSize: 7,
        lineStyle: { color: LINE_COLOR, width: 2 },
        itemStyle: { color: LINE_COLOR },
        markLine: { symbol: 'none', silent: true, data: referenceLines },
      },
    ],
  };
}

/** The chart described in words, for screen readers. */
export function kpiChartLabel(kpi: Kpi): string {
  const points = kpi.measurements.map((m) => `${m.measuredOn}: ${kpiValue(m.value, kpi.unit)}`).join('; ');
  const target = kpiValue(kpi.target, kpi.unit);
  if (kpi.baseline === null) return $localize`:@@kpis.chart.label:${kpi.name}:name: over time, target ${target}:target:. Measurements: ${points}:points:.`;
  const baseline = kpiValue(kpi.baseline, kpi.unit);
  return $localize`:@@kpis.chart.labelWithBaseline:${kpi.name}:name: over time, target ${target}:target:, baseline ${baseline}:baseline:. Measurements: ${points}:points:.`;
}

/** A measurement's tooltip as HTML: the day, the value with its unit in bold, and the note; all escaped. */
export function kpiTooltipHtml(day: string, valueWithUnit: string, note: string): string {
  const noteLine = note ? `<br>${escapeHtml(note)}` : '';
  return `${escapeHtml(day)}: <b>${escapeHtml(valueWithUnit)}</b>${noteLine}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
