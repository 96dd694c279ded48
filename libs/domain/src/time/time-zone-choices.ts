import { zoneOffsetMinutes } from './zoned-time';

/**
 * The time zones a person picks from: the current IANA zones, grouped by region, each named by its
 * city and its offset from UTC now ("Amsterdam (UTC+01:00)"). The runtime's list
 * (`Intl.supportedValuesOf('timeZone')`) holds canonical ids only, but some under a name IANA has
 * since replaced (CLDR keeps "Asia/Calcutta" for Kolkata, "Europe/Kiev" for Kyiv): those are shown
 * and stored under the current name, which every runtime still accepts.
 */

/** The regions in the order the picker shows them; an id outside them (Etc/GMT+5, US/Pacific, EST5EDT) is a legacy alias. */
export const TIME_ZONE_REGIONS = ['Europe', 'America', 'Asia', 'Africa', 'Australia', 'Pacific', 'Atlantic', 'Indian', 'Antarctica', 'Arctic'] as const;
export type TimeZoneRegion = (typeof TIME_ZONE_REGIONS)[number] | 'UTC';

/** CLDR's spelling → the zone's current IANA name. */
export const RENAMED_ZONES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

export interface TimeZoneChoice {
  /** The IANA id that is stored, e.g. "Europe/Amsterdam". */
  id: string;
  region: TimeZoneRegion;
  /** "Amsterdam", "Knox, Indiana", "Ho Chi Minh". */
  city: string;
  /** Minutes ahead of UTC at the moment the list was made (60 for Amsterdam in winter). */
  offsetMinutes: number;
  /** "UTC+01:00", "UTC−03:30", "UTC±00:00". */
  offset: string;
  /** "Amsterdam (UTC+01:00)": what the option shows and the field reads once chosen. */
  label: string;
}

export interface TimeZoneGroup {
  region: TimeZoneRegion;
  zones: TimeZoneChoice[];
}

/** The current name of a zone id: CLDR's older spelling renamed, anything else unchanged. */
export function currentZoneId(id: string): string {
  return RENAMED_ZONES[id] ?? id;
}

/** True for an id of a current zone in one of the regions; false for legacy aliases such as "US/Pacific" or "Etc/GMT+5". */
export function isCurrentZoneId(id: string): boolean {
  if (id === 'UTC') return true;
  if (id in RENAMED_ZONES) return false;
  const region = id.split('/')[0];
  return id.includes('/') && (TIME_ZONE_REGIONS as readonly string[]).includes(region);
}

/** "UTC+01:00" for 60, "UTC−03:30" for −210 (a real minus sign), "UTC±00:00" for 0. */
export function utcOffsetLabel(offsetMinutes: number): string {
  const sign = offsetMinutes > 0 ? '+' : offsetMinutes < 0 ? '−' : '±';
  const size = Math.abs(offsetMinutes);
  return `UTC${sign}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
}

/** "Europe/Amsterdam" → "Amsterdam", "America/Indiana/Knox" → "Knox, Indiana", "America/Port_of_Spain" → "Port of Spain". */
export function zoneCityName(id: string): string {
  const parts = id.split('/').map((part) => part.replace(/_/g, ' '));
  if (parts.length === 1) return parts[0];
  const city = parts[parts.length - 1];
  return parts.length > 2 ? `${city}, ${parts.slice(1, -1).join(', ')}` : city;
}

/** One zone as the picker shows it, with its offset at `now`. */
export function timeZoneChoice(id: string, now: Date): TimeZoneChoice {
  const offsetMinutes = zoneOffsetMinutes(now.getTime(), id);
  const offset = utcOffsetLabel(offsetMinutes);
  const region = (id === 'UTC' ? 'UTC' : id.split('/')[0]) as TimeZoneRegion;
  const city = id === 'UTC' ? 'UTC' : zoneCityName(id);
  return { id, region, city, offsetMinutes, offset, label: id === 'UTC' ? 'UTC (Coordinated Universal Time)' : `${city} (${offset})` };
}

/**
 * The picker's list from the runtime's zone ids: legacy aliases dropped, older spellings renamed,
 * UTC first, then the regions in `TIME_ZONE_REGIONS` order, cities alphabetical within each.
 * `keep` (the value already stored, say) is listed even when it is not current, so a profile that
 * holds "US/Pacific" still shows it until the person picks another.
 */
export function timeZoneGroups(runtimeZones: readonly string[], now: Date, keep?: string | null): TimeZoneGroup[] {
  const ids = new Set<string>(['UTC']);
  for (const zone of runtimeZones) {
    const id = currentZoneId(zone);
    if (isCurrentZoneId(id)) ids.add(id);
  }
  const groups: TimeZoneGroup[] = [{ region: 'UTC', zones: [] }, ...TIME_ZONE_REGIONS.map((region) => ({ region, zones: [] as TimeZoneChoice[] }))];
  const byRegion = new Map(groups.map((group) => [group.region, group]));
  for (const id of ids) {
    const choice = timeZoneChoice(id, now);
    byRegion.get(choice.region)?.zones.push(choice);
  }
  if (keep && !ids.has(currentZoneId(keep)) && isValidZone(keep)) {
    groups[0].zones.push({ ...timeZoneChoice(keep, now), region: 'UTC', city: keep, label: `${keep} (${utcOffsetLabel(zoneOffsetMinutes(now.getTime(), keep))})` });
  }
  for (const group of groups) group.zones.sort((a, b) => a.city.localeCompare(b.city, 'en'));
  return groups.filter((group) => group.zones.length > 0);
}

/**
 * The groups narrowed to what was typed: a city, a region or an id ("amst", "europe",
 * "america/new"), or an offset ("+1", "UTC+01:00", "gmt-3:30", "+0530"). Empty groups are dropped.
 */
export function searchTimeZones(groups: readonly TimeZoneGroup[], query: string): TimeZoneGroup[] {
  const text = normalise(query);
  if (text === '') return [...groups];
  const offset = offsetOfQuery(text);
  const matches = (zone: TimeZoneChoice) =>
    (offset !== null && zone.offsetMinutes === offset) ||
    normalise(zone.label).includes(text) ||
    normalise(zone.id).includes(text) ||
    normalise(zone.region).startsWith(text);
  return groups.map((group) => ({ region: group.region, zones: group.zones.filter(matches) })).filter((group) => group.zones.length > 0);
}

/** The zone a typed text names exactly, by id or by its label ("Amsterdam (UTC+01:00)"); null otherwise. */
export function zoneOfText(groups: readonly TimeZoneGroup[], text: string): TimeZoneChoice | null {
  const wanted = text.trim();
  for (const group of groups) {
    const found = group.zones.find((zone) => zone.id === wanted || zone.label === wanted || zone.id === currentZoneId(wanted));
    if (found) return found;
  }
  return null;
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/_/g, ' ').replace(/−/g, '-').replace(/\s+/g, ' ');
}

/** Minutes for an offset query ("+1" → 60, "utc-03:30" → −210, "+0530" → 330); null when the text is not one. */
function offsetOfQuery(text: string): number | null {
  const match = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function isValidZone(id: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: id });
    return true;
  } catch {
    return false;
  }
}
