import { addDays } from '../phases/milestone-schedule';
import type { IsoDate } from '../projects/project-schedule';

/**
 * The days a program works: Monday to Friday, except its public holidays. The holidays come in as
 * plain days because the holiday data set lives in the API only (it is large, and the web imports
 * this library); the API looks them up for the countries the program's waves name.
 */
export interface WorkingCalendar {
  holidays: ReadonlySet<IsoDate>;
}

/** A calendar of weekends plus the given public holidays (duplicates and order do not matter). */
export function workingCalendar(holidayDays: Iterable<IsoDate> = []): WorkingCalendar {
  return { holidays: new Set(holidayDays) };
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

/**
 * The day `days` working days after `date` (before it when negative). Every step lands on a
 * working day, so from a Saturday one working day on is the Monday; zero days is `date` itself,
 * whatever day it is.
 */
export function addWorkingDays(date: IsoDate, days: number, calendar: WorkingCalendar = WEEKDAYS_ONLY): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Working days must be a whole number, got ${days}.`);
  let day = date;
  for (let step = 0; step < Math.abs(days); step += 1) {
    day = days > 0 ? nextWorkingDay(day, calendar) : previousWorkingDay(day, calendar);
  }
  return day;
}

/**
 * How many working days lie after `from` up to and including `to`; negative when `to` is
 * earlier. For two working days it undoes `addWorkingDays`: from Friday to the next Monday is 1.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar = WEEKDAYS_ONLY): number {
  if (to < from) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count += 1;
  return count;
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
