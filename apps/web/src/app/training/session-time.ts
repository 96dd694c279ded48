import { localDate } from '@crm/domain';

/**
 * A training session happens at a wall-clock time in one place (its IANA time zone). These
 * functions turn between that wall-clock time and the instant the API stores, and say how a
 * session's time reads to someone who may sit in another zone.
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** The user's own time zone, as the browser reports it. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The zones a user may pick from: every zone the browser knows, with `current` surely among them. */
export function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return known.includes(current) ? known : [current, ...known];
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockParts(instant: number, timeZone: string): Record<string, number> {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts;
}

/** How far the zone's clocks are ahead of UTC at that instant, in minutes (60 for Berlin in winter). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const p = wallClockParts(instant, timeZone);
  const asIfUtc = Date.UTC(p['year'], p['month'] - 1, p['day'], p['hour'], p['minute'], p['second']);
  return Math.round((asIfUtc - Math.floor(instant / 1000) * 1000) / MS_PER_MINUTE);
}

/**
 * A wall-clock date and time in a zone as an ISO date-time with the zone's offset on that day,
 * e.g. 2027-03-10 09:00 in Europe/Berlin → "2027-03-10T09:00:00+01:00". A time that does not
 * exist (skipped by a daylight-saving change) moves forward by the size of the jump, as calendar
 * apps do.
 */
export function zonedDateTime(date: string, time: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // A day either side of the wall-clock time covers both offsets around a daylight-saving change.
  const before = zoneOffsetMinutes(wall - MS_PER_DAY, timeZone);
  const after = zoneOffsetMinutes(wall + MS_PER_DAY, timeZone);
  const fits = [...new Set([before, after])].filter((offset) => zoneOffsetMinutes(wall - offset * MS_PER_MINUTE, timeZone) === offset);
  // Twice-lived time (clocks back): the first of the two. Skipped time (clocks forward): read with
  // the offset from before the change, which lands after the jump.
  const offset = fits.length > 0 ? Math.max(...fits) : before;
  const instant = wall - offset * MS_PER_MINUTE;
  const actual = zoneOffsetMinutes(instant, timeZone);
  const local = new Date(instant + actual * MS_PER_MINUTE).toISOString().slice(0, 19);
  return `${local}${offsetText(actual)}`;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** "09:05": the wall-clock time of an instant where it happens. */
export function localTime(startsAt: string, timeZone: string): string {
  const p = wallClockParts(Date.parse(startsAt), timeZone);
  return `${String(p['hour']).padStart(2, '0')}:${String(p['minute']).padStart(2, '0')}`;
}

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
  const local = `${localTime(startsAt, timeZone)}–${localTime(end, timeZone)} ${zoneCity(timeZone)} time`;
  const sameClock =
    viewerZone === timeZone ||
    (localTime(startsAt, viewerZone) === localTime(startsAt, timeZone) && localDate(startsAt, viewerZone) === localDate(startsAt, timeZone));
  if (sameClock) return { local, viewer: null };
  const viewerDay = localDate(startsAt, viewerZone);
  const sessionDay = localDate(startsAt, timeZone);
  const dayNote = viewerDay === sessionDay ? '' : ` (${shortDay(viewerDay)})`;
  return { local, viewer: `${localTime(startsAt, viewerZone)} your time${dayNote}` };
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
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return `${minutes} minutes`;
}
