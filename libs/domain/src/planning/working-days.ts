import { addDays, daysBetween } from '../phases/milestone-schedule';
import type { IsoDate } from '../projects/project-schedule';

/**
 * The days a program works: Monday to Friday, except its public holidays. The holidays come in as
 * plain days because the holiday data set lives in the API only (it is large, and the web imports
 * this library); the API looks them up for the countries the program's waves name.
 */
export interface WorkingCalendar {
  holidays: ReadonlySet<IsoDate>;
  /** The holidays that fall on weekdays, sorted: what counting over long spans subtracts. */
  weekdayHolidays: readonly IsoDate[];
}

/** A calendar of weekends plus the given public holidays (duplicates and order do not matter). */
export function workingCalendar(holidayDays: Iterable<IsoDate> = []): WorkingCalendar {
  const holidays = new Set(holidayDays);
  return { holidays, weekdayHolidays: [...holidays].filter((d) => !isWeekend(d)).sort() };
}

/** Weekends only: what a program without countries in its waves' scopes works by. */
export const WEEKDAYS_ONLY: WorkingCalendar = workingCalendar();

export function isWeekend(date: IsoDate): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar = WEEKDAYS_ONLY): boolean {
  return !isWeekend(date) && !calendar.holidays.has(date);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate, calendar: WorkingCalendar = WEEKDAYS_ONLY): IsoDate {
  let day = addDays(date, 1);
  while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}

/** `date` itself when people work on it, else the next working day: where work put on a weekend really begins. */
export function workingDayOnOrAfter(date: IsoDate, calendar: WorkingCalendar = WEEKDAYS_ONLY): IsoDate {
  return isWorkingDay(date, calendar) ? date : nextWorkingDay(date, calendar);
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(date: IsoDate, calendar: WorkingCalendar = WEEKDAYS_ONLY): IsoDate {
  let day = addDays(date, -1);
  while (!isWorkingDay(day, calendar)) day = addDays(day, -1);
  return day;
}

/** How many of the sorted `days` are on or before `date`. */
function countUpTo(days: readonly IsoDate[], date: IsoDate): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (days[middle] <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Weekdays from a fixed Monday up to and including `date`: differences of it count weekdays in a span without walking it. */
function weekdaysUpTo(date: IsoDate): number {
  // Day 0 of this count is Monday 29 December 1969, so whole weeks start on Mondays.
  const day = daysBetween('1969-12-29', date);
  const weeks = Math.floor(day / 7);
  return weeks * 5 + Math.min(day - weeks * 7 + 1, 5);
}

/** `days` weekdays on from `date` (back when negative), holidays not considered; constant time. */
function addWeekdays(date: IsoDate, days: number): IsoDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  // Stepping from a weekend is stepping from the Friday before (forwards) or the Monday after (backwards).
  const from = weekday === 6 ? addDays(date, days > 0 ? -1 : 2) : weekday === 0 ? addDays(date, days > 0 ? -2 : 1) : date;
  const index = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7;
  const total = index + days;
  const weeks = Math.floor(total / 5);
  return addDays(from, -index + weeks * 7 + (total - weeks * 5));
}

/**
 * The day `days` working days after `date` (before it when negative). Every step lands on a
 * working day, so from a Saturday one working day on is the Monday; zero days is `date` itself,
 * whatever day it is. Whole weeks are jumped, not walked, so a forecast years out costs what a
 * week does.
 */
export function addWorkingDays(date: IsoDate, days: number, calendar: WorkingCalendar = WEEKDAYS_ONLY): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Working days must be a whole number, got ${days}.`);
  let day = date;
  let remaining = days;
  // Each jump over weekdays may pass holidays; as many more days are then still to go.
  while (remaining !== 0) {
    const next = addWeekdays(day, remaining);
    const passed =
      remaining > 0
        ? countUpTo(calendar.weekdayHolidays, next) - countUpTo(calendar.weekdayHolidays, day)
        : countUpTo(calendar.weekdayHolidays, addDays(day, -1)) - countUpTo(calendar.weekdayHolidays, addDays(next, -1));
    day = next;
    remaining = remaining > 0 ? passed : -passed;
  }
  return day;
}

/**
 * How many working days lie after `from` up to and including `to`; negative when `to` is
 * earlier. For two working days it undoes `addWorkingDays`: from Friday to the next Monday is 1.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar = WEEKDAYS_ONLY): number {
  if (to < from) return -workingDaysBetween(to, from, calendar);
  return weekdaysUpTo(to) - weekdaysUpTo(from) - (countUpTo(calendar.weekdayHolidays, to) - countUpTo(calendar.weekdayHolidays, from));
}

/**
 * The day a task of `durationDays` working days that starts on `start` finishes, the start day
 * being its first: one day finishes the day it starts, five days from a Monday finish on Friday.
 * A milestone (zero days) finishes where it starts. A start on a day off begins on the next
 * working day.
 */
export function finishDate(start: IsoDate, durationDays: number, calendar: WorkingCalendar = WEEKDAYS_ONLY): IsoDate {
  if (!Number.isInteger(durationDays) || durationDays < 0) throw new RangeError(`A duration must be a whole number of days, got ${durationDays}.`);
  if (durationDays === 0) return start;
  return addWorkingDays(workingDayOnOrAfter(start, calendar), durationDays - 1, calendar);
}

/**
 * The working days from `start` to `finish`, both counted: the inverse of `finishDate`. A finish
 * before the start is not a duration and answers null, so callers refuse the dates instead of
 * storing a negative length; a span of days off only (a weekend) is 0.
 */
export function durationInWorkingDays(start: IsoDate, finish: IsoDate, calendar: WorkingCalendar = WEEKDAYS_ONLY): number | null {
  if (finish < start) return null;
  return (isWorkingDay(start, calendar) ? 1 : 0) + workingDaysBetween(start, finish, calendar);
}
