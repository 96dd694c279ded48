import type { VarianceStatus } from '@crm/graphql-client';

export const VARIANCE_STATUS_LABELS: Readonly<Record<VarianceStatus, string>> = {
  SLIPPED: $localize`:@@baselines.status.slipped:Slipped`,
  AHEAD: $localize`:@@baselines.status.ahead:Ahead`,
  ON_BASELINE: $localize`:@@baselines.status.onBaseline:On baseline`,
  ADDED: $localize`:@@baselines.status.added:Added since`,
  REMOVED: $localize`:@@baselines.status.removed:Removed since`,
  UNDATED: $localize`:@@baselines.status.undated:Not comparable`,
};

/** A signed count as a cell shows it, with a true minus sign: "+3", "−2". */
function signed(days: number): string {
  return `${days > 0 ? '+' : '−'}${Math.abs(days)}`;
}

/**
 * How a difference in working days of a start or finish reads in a cell: "+3 days late",
 * "−2 days early", "Same day", "—". Each case is one whole sentence, so every language can word it.
 */
export function varianceDaysText(days: number | null): string {
  if (days === null) return '—';
  if (days === 0) return $localize`:@@baselines.days.same:Same day`;
  const n = signed(days);
  if (days > 0) return Math.abs(days) === 1 ? $localize`:@@baselines.days.lateOne:${n}:days: day late` : $localize`:@@baselines.days.late:${n}:days: days late`;
  return Math.abs(days) === 1 ? $localize`:@@baselines.days.earlyOne:${n}:days: day early` : $localize`:@@baselines.days.early:${n}:days: days early`;
}

/** How a difference in a task's length reads: "+3 days longer", "−1 day shorter", "Same length", "—". */
export function varianceDurationText(days: number | null): string {
  if (days === null) return '—';
  if (days === 0) return $localize`:@@baselines.duration.same:Same length`;
  const n = signed(days);
  if (days > 0) return Math.abs(days) === 1 ? $localize`:@@baselines.duration.longerOne:${n}:days: day longer` : $localize`:@@baselines.duration.longer:${n}:days: days longer`;
  return Math.abs(days) === 1 ? $localize`:@@baselines.duration.shorterOne:${n}:days: day shorter` : $localize`:@@baselines.duration.shorter:${n}:days: days shorter`;
}

/** The colour of a difference: late in red, ahead in green, nothing otherwise. */
export function varianceTone(days: number | null): 'late' | 'ahead' | null {
  if (days === null || days === 0) return null;
  return days > 0 ? 'late' : 'ahead';
}
