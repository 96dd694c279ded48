import { dependencyLagLabel, dependencyLagProblem, MAX_DEPENDENCY_LAG_DAYS } from '@crm/domain';

/**
 * The lag beside a prerequisite ("+2 d", "-1 d") in the reader's language; null for none. The
 * domain decides whether there is a lag to show; only the unit is worded here.
 */
export function lagLabel(lagDays: number): string | null {
  if (dependencyLagLabel(lagDays) === null) return null;
  const days = Math.abs(lagDays);
  return lagDays > 0 ? $localize`:@@tasks.lag.later:+${days}:days: d` : $localize`:@@tasks.lag.earlier:-${days}:days: d`;
}

/**
 * Why a lag cannot be saved, in the reader's language, or null when it can. The domain's rule
 * decides; its English sentence is for the API, so the two refusals it knows are worded here.
 */
export function lagProblem(lagDays: number): string | null {
  if (dependencyLagProblem(lagDays) === null) return null;
  return Number.isInteger(lagDays)
    ? $localize`:@@tasks.lag.outOfRange:A lag must be between -${MAX_DEPENDENCY_LAG_DAYS}:earliest: and +${MAX_DEPENDENCY_LAG_DAYS}:max: working days.`
    : $localize`:@@tasks.lag.notWhole:A lag must be a whole number of working days.`;
}
