import type { FieldMessage } from '../messages/message';

/** A calendar date without time, as `YYYY-MM-DD`. */
export type IsoDate = string;

export type ScheduleProblem = FieldMessage<'startDate' | 'targetGoLiveDate'>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Years a plan can sensibly hold; PostgreSQL has no year 0000, and 9999 is a typo. The API refuses
 * dates outside them and the web's date fields offer none.
 */
export const FIRST_PLAN_YEAR = 1900;
export const LAST_PLAN_YEAR = 2999;
export const FIRST_PLAN_DAY: IsoDate = `${FIRST_PLAN_YEAR}-01-01`;
export const LAST_PLAN_DAY: IsoDate = `${LAST_PLAN_YEAR}-12-31`;

export function isIsoDate(value: string): value is IsoDate {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  // Rejects dates such as 2026-02-30 that Date would silently roll over.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/**
 * A program needs room between kick-off and go-live; a go-live on or before the start date is
 * always a typo or a misunderstanding, never a plan.
 */
export function projectScheduleProblems(startDate: IsoDate, targetGoLiveDate: IsoDate): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  if (!isIsoDate(startDate)) problems.push({ field: 'startDate', code: 'NOT_A_DAY', params: {} });
  if (!isIsoDate(targetGoLiveDate)) {
    problems.push({ field: 'targetGoLiveDate', code: 'NOT_A_DAY', params: {} });
  }
  if (problems.length === 0 && targetGoLiveDate <= startDate) {
    problems.push({ field: 'targetGoLiveDate', code: 'GO_LIVE_NOT_AFTER_START', params: {} });
  }
  return problems;
}
