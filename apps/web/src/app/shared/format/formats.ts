import { formatCurrency, formatDate, formatNumber, formatPercent, getCurrencySymbol } from '@angular/common';

import { dayNumber, formatDay } from '../dates/calendar-days';
import { formatLocaleId, intlLocaleOf } from './format-locale';
import { angularOffset, zoneName } from './zone-name';

/**
 * Every date, time and number the web shows goes through these functions (or the pipes built on
 * them), so one card never shows two styles. They use Angular's locale data for LOCALE_ID; the
 * few shapes Angular has no format for (a day and month without the year) come from Intl in the
 * same locale.
 */

/**
 * How a calendar day reads: `medium` "10 Nov 2026" (en-GB) / "10 nov 2026" (nl, it), `long`
 * "10 November 2026", `full` "Tuesday, 10 November 2026", `short` "10/11/2026", `dayMonth`
 * "10 Nov", `weekdayDayMonth` "Tue 10 Nov", `monthYear` "Nov 2026", `longMonthYear` "November 2026".
 */
export type DayStyle = 'medium' | 'long' | 'full' | 'short' | 'dayMonth' | 'weekdayDayMonth' | 'monthYear' | 'longMonthYear';

const ANGULAR_DAY: Partial<Record<DayStyle, string>> = { medium: 'mediumDate', long: 'longDate', full: 'fullDate', short: 'shortDate' };
const INTL_DAY: Partial<Record<DayStyle, Intl.DateTimeFormatOptions>> = {
  dayMonth: { day: 'numeric', month: 'short' },
  weekdayDayMonth: { weekday: 'short', day: 'numeric', month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
  longMonthYear: { month: 'long', year: 'numeric' },
};
const MS_PER_DAY = 86_400_000;

/** A calendar day ("2026-11-10", or the day of a longer ISO text) the same in every time zone; text that is no day is shown as it is. */
export function formatCalendarDay(isoDay: string, style: DayStyle = 'medium', localeId: string = formatLocaleId()): string {
  const day = dayNumber(isoDay);
  if (Number.isNaN(day)) return isoDay;
  if (style === 'medium') return formatDay(isoDay, localeId);
  const midnight = new Date(day * MS_PER_DAY);
  const angular = ANGULAR_DAY[style];
  if (angular) return formatDate(midnight, angular, localeId, 'UTC');
  return new Intl.DateTimeFormat(intlLocaleOf(localeId), { ...INTL_DAY[style], timeZone: 'UTC' }).format(midnight);
}

/**
 * How an instant reads where the viewer is: `medium` "10 Nov 2026, 14:05 CET", `full` "Tuesday,
 * 10 November 2026, 14:05 CET", `time` "14:05 CET", `day` "10 Nov 2026" (the day it is in that
 * zone). Hours are 24-hour where the locale writes them so (en-GB, nl, it) and AM/PM where it
 * does not (en-US). `named: false` leaves the zone's name off, for a time beside another that names it.
 */
export type InstantStyle = 'medium' | 'full' | 'time' | 'day';

export function formatInstant(
  instant: string | Date,
  timeZone: string,
  style: InstantStyle = 'medium',
  localeId: string = formatLocaleId(),
  named = true,
): string {
  const at = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(at.getTime())) return String(instant);
  const offset = angularOffset(at, timeZone);
  const zone = named ? ` ${zoneName(at, timeZone, intlLocaleOf(localeId))}` : '';
  const time = formatDate(at, 'shortTime', localeId, offset);
  switch (style) {
    case 'day':
      return formatDate(at, 'mediumDate', localeId, offset);
    case 'time':
      return `${time}${zone}`;
    case 'full':
      return `${formatDate(at, 'fullDate', localeId, offset)}, ${time}${zone}`;
    default:
      return `${formatDate(at, 'mediumDate', localeId, offset)}, ${time}${zone}`;
  }
}

/** A wall-clock time ("14:05") the way the locale writes it: "14:05" in en-GB, nl and it, "2:05 PM" in en-US. */
export function formatWallClock(time: string, localeId: string = formatLocaleId()): string {
  const match = /^(\d{2}):(\d{2})/.exec(time);
  if (!match) return time;
  return formatDate(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])), 'shortTime', localeId, 'UTC');
}

/** True when the locale writes times with AM/PM, so a time field should offer them. */
export function usesTwelveHourClock(localeId: string = formatLocaleId()): boolean {
  // Three in the afternoon reads "15:00" on a 24-hour clock and "3:00 PM" on the other.
  return !formatDate(Date.UTC(2000, 0, 1, 15), 'shortTime', localeId, 'UTC').includes('15');
}

/** "1,234.5" (en-GB), "1.234,5" (nl, it). `digits` is Angular's digitsInfo ("1.0-2" by default). */
export function formatNum(value: number, digits = '1.0-2', localeId: string = formatLocaleId()): string {
  return formatNumber(value, localeId, digits);
}

/** A share as a percentage: 0.42 → "42%" (en-GB, it), "42%" (nl). */
export function formatPct(fraction: number, digits = '1.0-0', localeId: string = formatLocaleId()): string {
  return formatPercent(fraction, localeId, digits);
}

/** An amount of money: 1234.5 EUR → "€1,234.50" (en-GB), "€ 1.234,50" (nl), "1.234,50 €" (it). */
export function formatMoney(amount: number, currencyCode: string, digits?: string, localeId: string = formatLocaleId()): string {
  return formatCurrency(amount, localeId, getCurrencySymbol(currencyCode, 'narrow', localeId), currencyCode, digits);
}
