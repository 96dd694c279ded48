import { localDate, localTime as wallClockTime, zonedDateTime } from '@crm/domain';

import { formatCalendarDay, formatWallClock } from '../shared/format/formats';

/**
 * A training session happens at a wall-clock time in one place (its IANA time zone). These
 * functions turn between that wall-clock time and the instant the API stores, and say how a
 * session's time reads to someone who may sit in another zone.
 */

const MS_PER_MINUTE = 60_000;

// The conversions themselves are the domain's, shared with the API.
export { zonedDateTime };

/** The wall-clock time of an instant in a zone as the locale writes it: "15:00" (en-GB, nl, it), "3:00 PM" (en-US). */
export function localTime(instant: string | Date, timeZone: string): string {
  return formatWallClock(wallClockTime(instant, timeZone));
}

/** The same as a form field holds it, "15:00", whatever the locale. */
export const localTimeValue = wallClockTime;

/** The calendar day of an instant where it happens (23:30 in New York stays that day). */
export const localDay = localDate;

/** "Europe/Berlin" → "Berlin", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(timeZone: string): string {
  const last = timeZone.split('/').at(-1) ?? timeZone;
  return last.replace(/_/g, ' ');
}

export interface SessionTimeLabel {
  /** "09:00–10:30 Berlin time": where the session takes place. */
  local: string;
  /** "15:00 your time (Tue, Mar 10)", or null when the user is in the session's zone. */
  viewer: string | null;
}

/** How a session's time reads, in its own zone and, when different, in the user's. */
export function sessionTimeLabel(startsAt: string, durationMinutes: number, timeZone: string, viewerZone: string): SessionTimeLabel {
  const start = Date.parse(startsAt);
  const end = new Date(start + durationMinutes * MS_PER_MINUTE).toISOString();
  const local = $localize`:@@training.time.local:${localTime(startsAt, timeZone)}:start:–${localTime(end, timeZone)}:end: ${zoneCity(timeZone)}:city: time`;
  const sameClock =
    viewerZone === timeZone ||
    (localTime(startsAt, viewerZone) === localTime(startsAt, timeZone) && localDate(startsAt, viewerZone) === localDate(startsAt, timeZone));
  if (sameClock) return { local, viewer: null };
  const viewerDay = localDate(startsAt, viewerZone);
  const sessionDay = localDate(startsAt, timeZone);
  const dayNote = viewerDay === sessionDay ? '' : ` (${shortDay(viewerDay)})`;
  return { local, viewer: $localize`:@@training.time.viewer:${localTime(startsAt, viewerZone)}:time: your time` + dayNote };
}

/** "Tue 10 Mar" (en-GB), "di 10 mrt" (nl) for "2026-03-10". */
export function shortDay(isoDay: string): string {
  return formatCalendarDay(isoDay, 'weekdayDayMonth');
}

/** "Tuesday, 10 March 2026" (en-GB), "dinsdag 10 maart 2026" (nl) for "2026-03-10". */
export function longDay(isoDay: string): string {
  return formatCalendarDay(isoDay, 'full');
}

/** "1 hour", "90 minutes", "2 hours". */
export function durationText(minutes: number): string {
  if (minutes % 60 === 0) return minutes === 60 ? $localize`:@@training.time.oneHour:1 hour` : $localize`:@@training.time.hours:${minutes / 60}:hours: hours`;
  return $localize`:@@training.time.minutes:${minutes}:minutes: minutes`;
}
