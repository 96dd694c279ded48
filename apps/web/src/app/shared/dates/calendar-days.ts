import { formatDate } from '@angular/common';

import { daysBetween } from '@crm/domain';

import { formatLocaleId } from '../format/format-locale';

/**
 * Calendar days as the API sends them ("YYYY-MM-DD"), counted as whole days since 1970-01-01. The
 * count is taken in UTC so that a daylight-saving change never makes a day 23 or 25 hours long.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 for a "YYYY-MM-DD" string (a longer ISO timestamp uses its date part); NaN otherwise. */
export function dayNumber(isoDay: string): number {
  const match = ISO_DAY.exec(isoDay);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

export function isoOfDay(day: number): string {
  return dateOfDay(day).toISOString().slice(0, 10);
}

/** Today's date where the user is, which is what "due today" means to them. */
export function todayIso(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Whole days from `from` to `to`; negative when `to` comes first. The domain's rule, as the API counts. */
export { daysBetween };

/** The UTC midnight of a day number, e.g. to format it. */
export function dateOfDay(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/**
 * "2 Mar 2026" (en-GB), "2 mrt 2026" (nl), "2 mar 2026" (it) for "2026-03-02", whatever the user's
 * time zone: LOCALE_ID's medium date, as the `day` pipe shows it. Text that is no day stays as it is.
 */
export function formatDay(isoDay: string, localeId: string = formatLocaleId()): string {
  const day = dayNumber(isoDay);
  return Number.isNaN(day) ? isoDay : formatDate(dateOfDay(day), 'mediumDate', localeId, 'UTC');
}
