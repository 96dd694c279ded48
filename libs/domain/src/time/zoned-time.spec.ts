import { describe, expect, it } from 'vitest';

import { localDate, localTime, zonedDateTime, zonedInstant } from './zoned-time';

const utc = (date: string, time: string, zone: string) => zonedInstant(date, time, zone).toISOString();

describe('wall clock to instant', () => {
  it('reads an ordinary winter and summer time with that day’s offset', () => {
    expect(zonedDateTime('2027-03-10', '09:00', 'Europe/Berlin')).toBe('2027-03-10T09:00:00+01:00');
    expect(zonedDateTime('2027-07-10', '09:00', 'Europe/Berlin')).toBe('2027-07-10T09:00:00+02:00');
    expect(zonedDateTime('2027-03-10', '09:00', 'Asia/Kolkata')).toBe('2027-03-10T09:00:00+05:30');
    expect(zonedDateTime('2027-03-10', '09:00', 'UTC')).toBe('2027-03-10T09:00:00+00:00');
  });

  it('keeps 01:30 on the night Berlin springs forward on that day, not the evening before', () => {
    expect(utc('2027-03-28', '01:30', 'Europe/Berlin')).toBe('2027-03-28T00:30:00.000Z');
  });

  it('moves 02:30, which Berlin skips on 2027-03-28, forward to 03:30 summer time', () => {
    expect(utc('2027-03-28', '02:30', 'Europe/Berlin')).toBe('2027-03-28T01:30:00.000Z');
    expect(zonedDateTime('2027-03-28', '02:30', 'Europe/Berlin')).toBe('2027-03-28T03:30:00+02:00');
  });

  it('takes the first of the two 02:30s when Berlin falls back on 2027-10-31', () => {
    expect(utc('2027-10-31', '02:30', 'Europe/Berlin')).toBe('2027-10-31T00:30:00.000Z');
    expect(utc('2027-10-31', '03:30', 'Europe/Berlin')).toBe('2027-10-31T02:30:00.000Z');
  });

  it('follows a zone south of the equator, whose summer time runs from October to April', () => {
    expect(zonedDateTime('2027-01-15', '10:00', 'Australia/Sydney')).toBe('2027-01-15T10:00:00+11:00');
    expect(zonedDateTime('2027-07-15', '10:00', 'Australia/Sydney')).toBe('2027-07-15T10:00:00+10:00');
    // Sydney falls back at 03:00 on 2027-04-04 and springs forward at 02:00 on 2027-10-03.
    expect(utc('2027-04-04', '02:30', 'Australia/Sydney')).toBe('2027-04-03T15:30:00.000Z');
    expect(zonedDateTime('2027-10-03', '02:30', 'Australia/Sydney')).toBe('2027-10-03T03:30:00+11:00');
  });

  it('reads an instant back as the same wall clock and day', () => {
    const instant = zonedInstant('2027-03-28', '23:30', 'America/New_York');
    expect(localTime(instant, 'America/New_York')).toBe('23:30');
    expect(localDate(instant, 'America/New_York')).toBe('2027-03-28');
    expect(localDate(instant, 'Europe/Berlin')).toBe('2027-03-29');
  });
});
