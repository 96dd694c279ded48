import { registerLocaleData } from '@angular/common';
import localeEnGb from '@angular/common/locales/en-GB';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FALLBACK_LOCALE_ID, useFormatLocale } from '../shared/format/format-locale';
import { durationText, localTime, sessionTimeLabel, zoneCity, zonedDateTime } from './session-time';

describe('session times across time zones', () => {
  // As the British English build shows them: a 24-hour clock, the day before the month.
  beforeAll(() => {
    registerLocaleData(localeEnGb, 'en-GB');
    useFormatLocale('en-GB');
  });
  afterAll(() => useFormatLocale(FALLBACK_LOCALE_ID));

  it('writes a wall-clock time in a zone with that day’s offset', () => {
    expect(zonedDateTime('2027-03-10', '09:00', 'Europe/Berlin')).toBe('2027-03-10T09:00:00+01:00');
    expect(zonedDateTime('2027-07-10', '09:00', 'Europe/Berlin')).toBe('2027-07-10T09:00:00+02:00');
    expect(zonedDateTime('2027-03-10', '09:00', 'America/New_York')).toBe('2027-03-10T09:00:00-05:00');
    expect(zonedDateTime('2027-03-20', '09:00', 'America/New_York')).toBe('2027-03-20T09:00:00-04:00');
    expect(zonedDateTime('2027-03-10', '09:00', 'Asia/Kolkata')).toBe('2027-03-10T09:00:00+05:30');
    expect(zonedDateTime('2027-03-10', '09:00', 'UTC')).toBe('2027-03-10T09:00:00+00:00');
  });

  it('gets the hour right just after clocks go forward, and moves a skipped time past the jump', () => {
    // New York springs forward at 02:00 on 8 March 2026.
    expect(zonedDateTime('2026-03-08', '03:30', 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
    expect(zonedDateTime('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
  });

  it('shows a session at its local time where it takes place', () => {
    const startsAt = '2026-03-10T08:00:00Z';

    expect(localTime(startsAt, 'Europe/Berlin')).toBe('09:00');
    expect(localTime(startsAt, 'America/New_York')).toBe('04:00');
    expect(sessionTimeLabel(startsAt, 90, 'Europe/Berlin', 'Europe/Berlin')).toEqual({ local: '09:00–10:30 Berlin time', viewer: null });
  });

  it('adds the viewer’s own time when they are elsewhere, with the day when it differs', () => {
    // 09:00 in Tokyo on 12 March is 20:00 on 11 March in New York.
    const label = sessionTimeLabel('2026-03-12T00:00:00Z', 60, 'Asia/Tokyo', 'America/New_York');

    expect(label.local).toBe('09:00–10:00 Tokyo time');
    expect(label.viewer).toBe('20:00 your time (Wed 11 Mar)');
  });

  it('treats two zones with the same clock as the same time', () => {
    expect(sessionTimeLabel('2026-03-10T08:00:00Z', 60, 'Europe/Berlin', 'Europe/Paris').viewer).toBeNull();
  });

  it('names zones and durations in plain words', () => {
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('UTC')).toBe('UTC');
    expect(durationText(60)).toBe('1 hour');
    expect(durationText(120)).toBe('2 hours');
    expect(durationText(90)).toBe('90 minutes');
  });
});
