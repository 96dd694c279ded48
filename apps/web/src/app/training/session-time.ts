import { localDate, localTime, zonedDateTime } from '@crm/domain';

/**
 * A training session happens at a wall-clock time in one place (its IANA time zone). These
 * functions turn between that wall-clock time and the instant the API stores, and say how a
 * session's time reads to someone who may sit in another zone.
 */

const MS_PER_MINUTE = 60_000;

/** The user's own time zone, as the browser reports it. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The zones a user may pick from: every zone the browser knows, with `current` surely among them. */
export function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return known.includes(current) ? known : [current, ...known];
}

// The conversions themselves are the domain's, shared with the API.
export { localTime, zonedDateTime };

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

const SHORT_DAY = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "Tue, Mar 10" for "2026-03-10". */
export function shortDay(isoDay: string): string {
  return SHORT_DAY.format(new Date(`${isoDay}T00:00:00Z`));
}

const LONG_DAY = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** "Tuesday, March 10, 2026" for "2026-03-10". */
export function longDay(isoDay: string): string {
  return LONG_DAY.format(new Date(`${isoDay}T00:00:00Z`));
}

/** "1 hour", "90 minutes", "2 hours". */
export function durationText(minutes: number): string {
  if (minutes % 60 === 0) return minutes === 60 ? $localize`:@@training.time.oneHour:1 hour` : $localize`:@@training.time.hours:${minutes / 60}:hours: hours`;
  return $localize`:@@training.time.minutes:${minutes}:minutes: minutes`;
}
