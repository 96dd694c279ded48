import type { VarianceStatus } from '@crm/graphql-client';

export const VARIANCE_STATUS_LABELS: Readonly<Record<VarianceStatus, string>> = {
  SLIPPED: 'Slipped',
  AHEAD: 'Ahead',
  ON_BASELINE: 'On baseline',
  ADDED: 'Added since',
  REMOVED: 'Removed since',
  UNDATED: 'Not comparable',
};

/** How a difference in working days reads in a cell: "+3 days late", "−2 days early", "—". */
export function varianceDaysText(days: number | null, late = 'late', early = 'early', same = 'Same day'): string {
  if (days === null) return '—';
  if (days === 0) return same;
  const n = Math.abs(days);
  return `${days > 0 ? '+' : '−'}${n} ${n === 1 ? 'day' : 'days'} ${days > 0 ? late : early}`;
}

/** The colour of a difference: late in red, ahead in green, nothing otherwise. */
export function varianceTone(days: number | null): 'late' | 'ahead' | null {
  if (days === null || days === 0) return null;
  return days > 0 ? 'late' : 'ahead';
}
