export type KpiDirection = 'UP' | 'DOWN';
export type KpiStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';
export type KpiTrend = 'IMPROVING' | 'FLAT' | 'WORSENING' | 'UNKNOWN';

export interface KpiDefinition {
  baseline: number | null;
  target: number;
  direction: KpiDirection;
}

export interface KpiMeasurement {
  /** ISO date or date-time; measurements are ordered by it. */
  at: string;
  value: number;
}

export interface KpiAssessment {
  status: KpiStatus;
  trend: KpiTrend;
  latest: number | null;
  /** Share of the way from baseline to target, 0 = baseline, 1 = target met; null without a baseline. */
  progress: number | null;
}

/**
 * How a KPI is doing, from its latest measurement and the one before:
 * - the target is met → ON_TRACK;
 * - worse than the baseline → OFF_TRACK;
 * - otherwise at least halfway there and not getting worse → ON_TRACK; less than halfway and
 *   getting worse → OFF_TRACK; anything in between → AT_RISK.
 * Without a baseline the first measurement serves as one.
 */
export function assessKpi(kpi: KpiDefinition, measurements: KpiMeasurement[]): KpiAssessment {
  const ordered = [...measurements].sort((a, b) => a.at.localeCompare(b.at));
  const latest = ordered.at(-1);
  if (!latest) return { status: 'NO_DATA', trend: 'UNKNOWN', latest: null, progress: null };
  const better = (a: number, b: number) => (kpi.direction === 'UP' ? a > b : a < b);
  const previous = ordered.at(-2);
  const trend: KpiTrend = !previous ? 'UNKNOWN' : better(latest.value, previous.value) ? 'IMPROVING' : better(previous.value, latest.value) ? 'WORSENING' : 'FLAT';
  const baseline = kpi.baseline ?? ordered[0].value;
  const span = kpi.target - baseline;
  const progress = span === 0 ? (better(kpi.target, latest.value) ? 0 : 1) : (latest.value - baseline) / span;
  const met = !better(kpi.target, latest.value);
  let status: KpiStatus;
  if (met) status = 'ON_TRACK';
  else if (better(baseline, latest.value)) status = 'OFF_TRACK';
  else if (progress >= 0.5 && trend !== 'WORSENING') status = 'ON_TRACK';
  else if (progress < 0.5 && trend === 'WORSENING') status = 'OFF_TRACK';
  else status = 'AT_RISK';
  return { status, trend, latest: latest.value, progress };
}
