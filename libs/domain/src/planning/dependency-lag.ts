import type { Message } from '../messages/message';

/**
 * A finish-to-start link may wait up to a year after its prerequisite finishes, or overlap its
 * last year at most: beyond that the number is a typo, not a plan.
 */
export const MAX_DEPENDENCY_LAG_DAYS = 365;

/** Why a lag cannot be saved, or null when it can. */
export function dependencyLagProblem(lagDays: number): Message | null {
  if (!Number.isInteger(lagDays)) return { code: 'LAG_NOT_WHOLE_DAYS', params: {} };
  if (Math.abs(lagDays) > MAX_DEPENDENCY_LAG_DAYS) return { code: 'LAG_OUT_OF_RANGE', params: { max: MAX_DEPENDENCY_LAG_DAYS } };
  return null;
}

/** The lag as a plan shows it beside the prerequisite ("+2 d", "-1 d"); nothing for none. */
export function dependencyLagLabel(lagDays: number): string | null {
  if (lagDays === 0) return null;
  return `${lagDays > 0 ? '+' : '-'}${Math.abs(lagDays)} d`;
}
