import { dependencyLagLabel } from '@crm/domain';

/**
 * The lag beside a prerequisite ("+2 d", "-1 d") in the reader's language; null for none. The
 * domain decides whether there is a lag to show; only the unit is worded here.
 */
export function lagLabel(lagDays: number): string | null {
  if (dependencyLagLabel(lagDays) === null) return null;
  const days = Math.abs(lagDays);
  return lagDays > 0 ? $localize`:@@tasks.lag.later:+${days}:days: d` : $localize`:@@tasks.lag.earlier:-${days}:days: d`;
}

