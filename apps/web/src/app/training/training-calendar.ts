import { addDays } from '@crm/domain';

import { todayIso } from '../shared/dates/calendar-days';
import { localDay } from './session-time';
import { formatCalendarDay } from '../shared/format/formats';

/** A month of the calendar: `month` runs 1–12. */
export interface CalendarMonth {
  year: number;
  month: number;
}

/** Anything the calendar can place: it happens at an instant, in a zone. */
export interface Placeable {
  startsAt: string;
  timeZone: string;
}

export interface CalendarDay<T> {
  /** YYYY-MM-DD */
  date: string;
  dayOfMonth: number;
  /** False for the days of the previous and next month that fill the first and last week. */
  inMonth: boolean;
  isToday: boolean;
  /** The sessions held that day where they take place, earliest first. */
  sessions: T[];
}

export const WEEKDAY_LABELS: readonly string[] = [
  $localize`:@@training.calendar.mon:Mon`,
  $localize`:@@training.calendar.tue:Tue`,
  $localize`:@@training.calendar.wed:Wed`,
  $localize`:@@training.calendar.thu:Thu`,
  $localize`:@@training.calendar.fri:Fri`,
  $localize`:@@training.calendar.sat:Sat`,
  $localize`:@@training.calendar.sun:Sun`,
];

export function monthOf(isoDay: string): CalendarMonth {
  return { year: Number(isoDay.slice(0, 4)), month: Number(isoDay.slice(5, 7)) };
}

export function shiftMonth(month: CalendarMonth, by: number): CalendarMonth {
  const index = month.year * 12 + (month.month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}


/** "March 2026". */
export function monthTitle(month: CalendarMonth): string {
  return formatCalendarDay(`${month.year}-${String(month.month).padStart(2, '0')}-01`, 'longMonthYear');
}

/**
 * The month as whole weeks, Monday first, each day with the sessions that fall on it. A session
 * sits on its calendar day where it takes place, not where the viewer is: a 09:00 session in Tokyo
 * stays on its Tokyo day even for someone in New York, for whom it is still the evening before.
 */
export function monthLayout<T extends Placeable>(month: CalendarMonth, sessions: readonly T[], today: string = todayIso()): CalendarDay<T>[][] {
  const byDay = new Map<string, T[]>();
  for (const session of [...sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const day = localDay(session.startsAt, session.timeZone);
    const list = byDay.get(day);
    if (list) list.push(session);
    else byDay.set(day, [session]);
  }

  const first = Date.UTC(month.year, month.month - 1, 1);
  const firstDay = new Date(first).toISOString().slice(0, 10);
  const daysInMonth = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
  // getUTCDay: Sunday 0 … Saturday 6; the grid starts on Monday.
  const leading = (new Date(first).getUTCDay() + 6) % 7;
  const cells = Math.ceil((leading + daysInMonth) / 7) * 7;

  const weeks: CalendarDay<T>[][] = [];
  for (let i = 0; i < cells; i += 1) {
    const date = addDays(firstDay, i - leading);
    const at = new Date(`${date}T00:00:00Z`);
    const day: CalendarDay<T> = {
      date,
      dayOfMonth: at.getUTCDate(),
      inMonth: at.getUTCMonth() === month.month - 1,
      isToday: date === today,
      sessions: byDay.get(date) ?? [],
    };
    if (i % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1].push(day);
  }
  return weeks;
}

/**
 * The month worth opening on: the one with the next session from today, else the one with the
 * latest session, else this month. A trainer opening the page wants what comes next.
 */
export function monthToShow(sessions: readonly Placeable[], today: string = todayIso()): CalendarMonth {
  const days = sessions.map((s) => localDay(s.startsAt, s.timeZone)).sort();
  const next = days.find((day) => day >= today);
  return monthOf(next ?? days.at(-1) ?? today);
}
