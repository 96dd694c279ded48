import { describe, expect, it } from 'vitest';

import { searchTimeZones, timeZoneGroups, utcOffsetLabel, zoneCityName, zoneOfText } from './time-zone-choices';

const WINTER = new Date('2026-01-15T12:00:00Z');
const SUMMER = new Date('2026-07-15T12:00:00Z');
const RUNTIME = ['Europe/Amsterdam', 'America/New_York', 'America/Indiana/Knox', 'Asia/Calcutta', 'Europe/Kiev', 'Asia/Tokyo', 'Australia/Adelaide', 'US/Pacific', 'Etc/GMT+5', 'EST5EDT'];

const ids = (groups: ReturnType<typeof timeZoneGroups>) => groups.flatMap((group) => group.zones.map((zone) => zone.id));

describe('the time-zone picker', () => {
  it('leaves out legacy aliases such as US/Pacific and Etc/GMT+5', () => {
    const listed = ids(timeZoneGroups(RUNTIME, WINTER));
    expect(listed).not.toContain('US/Pacific');
    expect(listed).not.toContain('Etc/GMT+5');
    expect(listed).not.toContain('EST5EDT');
  });

  it('lists renamed zones under their current names: Kolkata, not Calcutta; Kyiv, not Kiev', () => {
    const listed = ids(timeZoneGroups(RUNTIME, WINTER));
    expect(listed).toContain('Asia/Kolkata');
    expect(listed).toContain('Europe/Kyiv');
    expect(listed).not.toContain('Asia/Calcutta');
  });

  it('groups zones by region, UTC first and Europe before America', () => {
    const groups = timeZoneGroups(RUNTIME, WINTER);
    expect(groups.map((group) => group.region)).toEqual(['UTC', 'Europe', 'America', 'Asia', 'Australia']);
    expect(groups[1].zones.map((zone) => zone.city)).toEqual(['Amsterdam', 'Kyiv']);
  });

  it("names each zone by its city and today's offset: Amsterdam is UTC+01:00 in winter and UTC+02:00 in summer", () => {
    const amsterdam = (now: Date) => timeZoneGroups(RUNTIME, now)[1].zones[0].label;
    expect(amsterdam(WINTER)).toBe('Amsterdam (UTC+01:00)');
    expect(amsterdam(SUMMER)).toBe('Amsterdam (UTC+02:00)');
  });

  it('writes half hours and western offsets with a minus sign', () => {
    expect(utcOffsetLabel(330)).toBe('UTC+05:30');
    expect(utcOffsetLabel(-210)).toBe('UTC−03:30');
    expect(utcOffsetLabel(0)).toBe('UTC±00:00');
  });

  it('names a city with spaces, and a zone of a state with that state', () => {
    expect(zoneCityName('America/New_York')).toBe('New York');
    expect(zoneCityName('America/Indiana/Knox')).toBe('Knox, Indiana');
  });

  it('keeps a stored legacy zone listed so the profile still shows it', () => {
    expect(ids(timeZoneGroups(RUNTIME, WINTER, 'US/Pacific'))).toContain('US/Pacific');
  });

  it('finds a zone by city, region or offset', () => {
    const groups = timeZoneGroups(RUNTIME, WINTER);
    expect(ids(searchTimeZones(groups, 'amst'))).toEqual(['Europe/Amsterdam']);
    expect(ids(searchTimeZones(groups, 'new york'))).toEqual(['America/New_York']);
    expect(ids(searchTimeZones(groups, 'asia'))).toEqual(['Asia/Kolkata', 'Asia/Tokyo']);
    expect(ids(searchTimeZones(groups, '+5:30'))).toEqual(['Asia/Kolkata']);
    expect(ids(searchTimeZones(groups, 'UTC+01:00'))).toEqual(['Europe/Amsterdam']);
    expect(ids(searchTimeZones(groups, '+10:30'))).toEqual(['Australia/Adelaide']);
    expect(ids(searchTimeZones(groups, 'gmt-5'))).toEqual(['America/New_York']);
    expect(searchTimeZones(groups, 'atlantis')).toEqual([]);
  });

  it('reads back a chosen label, an id or an old spelling as the zone', () => {
    const groups = timeZoneGroups(RUNTIME, WINTER);
    expect(zoneOfText(groups, 'Amsterdam (UTC+01:00)')?.id).toBe('Europe/Amsterdam');
    expect(zoneOfText(groups, 'Asia/Calcutta')?.id).toBe('Asia/Kolkata');
    expect(zoneOfText(groups, 'Amsterdam')).toBeNull();
  });
});
