/**
 * The one converter between a wall-clock date and time in an IANA zone and the instant it names.
 * A training session happens at 10:00 in Milan whoever schedules it; the API stores the instant,
 * the web shows the wall clock, and both go through these functions so they never disagree.
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

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

const pad = (n: number) => String(n).padStart(2, '0');

/** How far the zone's clocks are ahead of UTC at that instant, in minutes (60 for Berlin in winter). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const p = wallClockParts(instant, timeZone);
  const asIfUtc = Date.UTC(p['year'], p['month'] - 1, p['day'], p['hour'], p['minute'], p['second']);
  return Math.round((asIfUtc - Math.floor(instant / 1000) * 1000) / MS_PER_MINUTE);
}

/**
 * The instant of a wall-clock date ("2027-03-28") and time ("01:30") in a zone. A time skipped by
 * a daylight-saving change moves forward by the size of the jump, as calendar apps do; a time
 * lived twice (clocks back) is the first of the two.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // A day either side of the wall-clock time covers both offsets around a daylight-saving change.
  const before = zoneOffsetMinutes(wall - MS_PER_DAY, timeZone);
  const after = zoneOffsetMinutes(wall + MS_PER_DAY, timeZone);
  const fits = [...new Set([before, after])].filter((offset) => zoneOffsetMinutes(wall - offset * MS_PER_MINUTE, timeZone) === offset);
  const offset = fits.length > 0 ? Math.max(...fits) : before;
  return new Date(wall - offset * MS_PER_MINUTE);
}

/**
 * The same instant as an ISO date-time with the zone's offset at that moment, e.g. 2027-03-10 09:00
 * in Europe/Berlin → "2027-03-10T09:00:00+01:00".
 */
export function zonedDateTime(date: string, time: string, timeZone: string): string {
  const instant = zonedInstant(date, time, timeZone).getTime();
  const actual = zoneOffsetMinutes(instant, timeZone);
  const local = new Date(instant + actual * MS_PER_MINUTE).toISOString().slice(0, 19);
  const sign = actual < 0 ? '-' : '+';
  const abs = Math.abs(actual);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "09:05": the wall-clock time of an instant where it happens. */
export function localTime(instant: string | Date, timeZone: string): string {
  const p = wallClockParts(new Date(instant).getTime(), timeZone);
  return `${pad(p['hour'])}:${pad(p['minute'])}`;
}

/** The calendar day an instant falls on where it happens: 23:30 in New York stays that day. */
export function localDate(instant: string | Date, timeZone: string): string {
  const p = wallClockParts(new Date(instant).getTime(), timeZone);
  return `${p['year']}-${pad(p['month'])}-${pad(p['day'])}`;
}
