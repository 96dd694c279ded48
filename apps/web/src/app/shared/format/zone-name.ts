import { zoneCityName, zoneOffsetMinutes } from '@crm/domain';

/**
 * How a time zone is named after a time: its abbreviation where the locale has one that says
 * which zone it is ("CET", "GMT", "EST"), otherwise its city ("Kolkata", "New York"), so that
 * "14:05 IST" is never read as Ireland's time when India's is meant.
 */

/** Abbreviations used for more than one zone: India, Israel and Ireland all have an "IST". */
const AMBIGUOUS = new Set(['IST', 'CST', 'CDT', 'BST', 'AST', 'ADT', 'GST', 'SST', 'ECT', 'AMT', 'MST']);

/** "CET" for Amsterdam in winter, "CEST" in summer, "UTC" for UTC, "New York" where only "GMT-5" is known. */
export function zoneName(instant: Date, timeZone: string, intlLocale: string): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  let short = '';
  try {
    short = new Intl.DateTimeFormat(intlLocale, { timeZone, timeZoneName: 'short' }).formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return timeZone;
  }
  const isOffsetOnly = short === '' || /^(GMT|UTC)[+\-−]/.test(short) || /^[+\-−]\d/.test(short);
  if (isOffsetOnly || AMBIGUOUS.has(short)) return zoneCityName(timeZone);
  return short;
}

/**
 * The zone's offset at that instant as Angular's formatDate takes it ("+0100"): Angular reads
 * offsets and a few US abbreviations, not IANA zones, so the zone's rules come from the domain.
 */
export function angularOffset(instant: Date, timeZone: string): string {
  const minutes = zoneOffsetMinutes(instant.getTime(), timeZone);
  const size = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(size / 60)).padStart(2, '0')}${String(size % 60).padStart(2, '0')}`;
}
