import { describe, expect, it } from 'vitest';

import { Kpi, kpiChartOption, kpiValue, latestVsTarget, progressText, trendView, valueRange } from './kpi-chart';

function kpi(overrides: Partial<Kpi> = {}): Kpi {
  return {
    id: 'k1',
    key: 'USER_ADOPTION',
    name: 'User adoption',
    description: 'Active users / licensed users',
    unit: '%',
    direction: 'UP',
    baseline: 20,
    target: 80,
    ownerRole: null,
    version: 1,
    latest: 45,
    status: 'AT_RISK',
    trend: 'IMPROVING',
    progress: 0.42,
    measurements: [
      { id: 'm1', measuredOn: '2026-03-01', value: 30, note: '', version: 1 },
      { id: 'm2', measuredOn: '2026-04-01', value: 45, note: 'After wave 1 training', version: 1 },
    ],
    ...overrides,
  };
}

interface MarkLineEntry {
  name: string;
  yAxis: number;
  lineStyle: { type: string };
}

function series(option: ReturnType<typeof kpiChartOption>) {
  return (option['series'] as { data: { value: [string, number] }[]; markLine: { data: MarkLineEntry[] } }[])[0];
}

describe('the KPI chart', () => {
  it('draws the measurements in date order as a line', () => {
    const outOfOrder = kpi({ measurements: [...kpi().measurements].reverse() });

    expect(series(kpiChartOption(outOfOrder)).data.map((point) => point.value)).toEqual([
      ['2026-03-01', 30],
      ['2026-04-01', 45],
    ]);
  });

  it('draws the target as a dashed line and the baseline as a dotted one', () => {
    const lines = series(kpiChartOption(kpi())).markLine.data;

    expect(lines.find((line) => line.name === 'Target')).toMatchObject({ yAxis: 80, lineStyle: { type: 'dashed' } });
    expect(lines.find((line) => line.name === 'Baseline')).toMatchObject({ yAxis: 20, lineStyle: { type: 'dotted' } });
  });

  it('keeps the target line when there is no baseline', () => {
    const lines = series(kpiChartOption(kpi({ baseline: null }))).markLine.data;

    expect(lines.map((line) => line.name)).toEqual(['Target']);
  });

  it('stretches the value axis to show a target far from the measurements', () => {
    const option = kpiChartOption(kpi({ target: 200 }));
    const axis = option['yAxis'] as { min: number; max: number };

    expect(axis.min).toBeLessThanOrEqual(20);
    expect(axis.max).toBeGreaterThanOrEqual(200);
  });
});

describe('the value axis', () => {
  it('does not go below zero for values that never do', () => {
    expect(valueRange([2, 5, 9]).min).toBe(0);
  });

  it('rounds to steps and keeps every value inside', () => {
    const range = valueRange([4.2, 4.6, 4.8]);
    expect(range.min).toBeLessThanOrEqual(4.2);
    expect(range.max).toBeGreaterThanOrEqual(4.8);
    expect(range.max - range.min).toBeLessThan(2);
  });

  it('leaves room around a single value', () => {
    const range = valueRange([50]);
    expect(range.min).toBeLessThan(50);
    expect(range.max).toBeGreaterThan(50);
  });
});

describe('KPI figures in words', () => {
  it('writes values with their unit', () => {
    expect(kpiValue(42.567, '%')).toBe('42.57%');
    expect(kpiValue(1250, 'leads/month')).toBe('1,250 leads/month');
    expect(latestVsTarget(kpi())).toBe('Latest 45% · target 80%');
    expect(latestVsTarget(kpi({ latest: null }))).toBe('No measurement yet · target 80%');
  });

  it('points the trend arrow the way the value moved, good or bad by the KPI’s direction', () => {
    expect(trendView('IMPROVING', 'UP')).toMatchObject({ arrow: '↑', good: true });
    expect(trendView('IMPROVING', 'DOWN')).toMatchObject({ arrow: '↓', good: true });
    expect(trendView('WORSENING', 'DOWN')).toMatchObject({ arrow: '↑', good: false });
    expect(trendView('UNKNOWN', 'UP').good).toBeNull();
  });

  it('says how far along the way to the target the KPI is', () => {
    expect(progressText(0.42)).toBe('42% of the way from the baseline to the target');
    expect(progressText(1.2)).toBe('Target reached');
    expect(progressText(-0.1)).toBe('Worse than the baseline');
    expect(progressText(null)).toBeNull();
  });

  it('shows a unit or note written as HTML in the tooltip as plain text, never as an element', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const option = kpiChartOption(kpi({ unit: hostile, measurements: [{ id: 'm1', measuredOn: '2026-03-01', value: 30, note: '<script>alert(2)</script>', version: 1 }] }));
    const formatter = (option['tooltip'] as { formatter: (params: unknown) => string }).formatter;
    const html = formatter({ data: { value: ['2026-03-01', 30], note: '<script>alert(2)</script>' } });
    const tooltip = document.createElement('div');
    tooltip.innerHTML = html;
    expect(tooltip.querySelector('img, script')).toBeNull();
    expect(tooltip.textContent).toBe(`2026-03-01: 30 ${hostile}<script>alert(2)</script>`);
    expect(tooltip.querySelector('b')?.textContent).toBe(`30 ${hostile}`);
  });

  it('writes the target and baseline labels as text, not as ECharts templates', () => {
    const markLines = series(kpiChartOption(kpi({ unit: '{b} <b>' }))).markLine.data as unknown as { label: { formatter: () => string } }[];
    expect(markLines.map((line) => line.label.formatter())).toEqual(['Target 80 {b} <b>', 'Baseline 20 {b} <b>']);
  });
});
