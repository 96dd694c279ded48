import { registerLocaleData } from '@angular/common';
import localeEnGb from '@angular/common/locales/en-GB';
import localeIt from '@angular/common/locales/it';
import localeNl from '@angular/common/locales/nl';

import { csvSeparator } from '@crm/domain';

import { intlLocaleOf } from './format-locale';
import { formatCalendarDay, formatInstant, formatMoney, formatNum, formatPct, formatWallClock, usesTwelveHourClock } from './formats';

// The build registers the data of its one locale; these tests need all three.
registerLocaleData(localeEnGb, 'en-GB');
registerLocaleData(localeNl, 'nl');
registerLocaleData(localeIt, 'it');

/** Locale data spaces money and AM/PM with no-break spaces; the tests compare what a reader sees. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** 14:05 in Amsterdam on a winter day (CET), and 09:30 there in summer (CEST). */
const WINTER_AFTERNOON = '2026-11-10T13:05:00Z';
const SUMMER_MORNING = '2026-07-01T07:30:00Z';

describe('formatting in British English', () => {
  const locale = 'en-GB';
  it('writes a day as "10 Nov 2026"', () => {
    expect(formatCalendarDay('2026-11-10', 'medium', locale)).toBe('10 Nov 2026');
    expect(formatCalendarDay('2026-11-10', 'long', locale)).toBe('10 November 2026');
    expect(formatCalendarDay('2026-11-10', 'dayMonth', locale)).toBe('10 Nov');
  });
  it('writes times on a 24-hour clock with the zone named', () => {
    expect(formatInstant(WINTER_AFTERNOON, 'Europe/Amsterdam', 'medium', locale)).toBe('10 Nov 2026, 14:05 CET');
    expect(formatInstant(SUMMER_MORNING, 'Europe/Amsterdam', 'time', locale)).toBe('09:30 CEST');
    expect(formatWallClock('15:00', locale)).toBe('15:00');
    expect(usesTwelveHourClock(locale)).toBe(false);
  });
  it('writes numbers, percentages and money with a decimal point', () => {
    expect(formatNum(1234.5, '1.0-2', locale)).toBe('1,234.5');
    expect(formatPct(0.425, '1.0-1', locale)).toBe('42.5%');
    expect(plain(formatMoney(1234.5, 'EUR', undefined, locale))).toBe('€1,234.50');
  });
  it('exports CSV with commas', () => {
    expect(csvSeparator(intlLocaleOf(locale))).toBe(',');
  });
});

describe('formatting in Dutch', () => {
  const locale = 'nl';
  it('writes a day as "10 nov 2026"', () => {
    expect(formatCalendarDay('2026-11-10', 'medium', locale)).toBe('10 nov 2026');
    expect(formatCalendarDay('2026-11-10', 'long', locale)).toBe('10 november 2026');
    expect(formatCalendarDay('2026-03-02', 'medium', locale)).toBe('2 mrt 2026');
  });
  it('writes times on a 24-hour clock with the zone named', () => {
    expect(formatInstant(WINTER_AFTERNOON, 'Europe/Amsterdam', 'medium', locale)).toBe('10 nov 2026, 14:05 CET');
    expect(formatInstant(SUMMER_MORNING, 'Europe/Amsterdam', 'time', locale)).toBe('09:30 CEST');
    expect(usesTwelveHourClock(locale)).toBe(false);
  });
  it('writes numbers, percentages and money with a decimal comma', () => {
    expect(formatNum(1234.5, '1.0-2', locale)).toBe('1.234,5');
    expect(formatPct(0.425, '1.0-1', locale)).toBe('42,5%');
    expect(plain(formatMoney(1234.5, 'EUR', undefined, locale))).toBe('€ 1.234,50');
  });
  it('exports CSV with semicolons', () => {
    expect(csvSeparator(intlLocaleOf(locale))).toBe(';');
  });
});

describe('formatting in Italian', () => {
  const locale = 'it';
  it('writes a day as "10 nov 2026"', () => {
    expect(formatCalendarDay('2026-11-10', 'medium', locale)).toBe('10 nov 2026');
    expect(formatCalendarDay('2026-11-10', 'long', locale)).toBe('10 novembre 2026');
  });
  it('writes times on a 24-hour clock with the zone named', () => {
    expect(formatInstant(WINTER_AFTERNOON, 'Europe/Rome', 'medium', locale)).toBe('10 nov 2026, 14:05 CET');
    expect(usesTwelveHourClock(locale)).toBe(false);
  });
  it('writes numbers, percentages and money with a decimal comma', () => {
    expect(formatNum(1234.5, '1.0-2', locale)).toBe('1.234,5');
    expect(formatPct(0.425, '1.0-1', locale)).toBe('42,5%');
    expect(plain(formatMoney(1234.5, 'EUR', undefined, locale))).toBe('1.234,50 €');
  });
  it('exports CSV with semicolons', () => {
    expect(csvSeparator(intlLocaleOf(locale))).toBe(';');
  });
});

describe('times in the viewer’s zone', () => {
  it('names the city where the zone has no abbreviation of its own, or one that other zones share', () => {
    // India's "IST" is also Ireland's and Israel's.
    expect(formatInstant(WINTER_AFTERNOON, 'Asia/Kolkata', 'time', 'en-GB')).toBe('18:35 Kolkata');
    expect(formatInstant(WINTER_AFTERNOON, 'America/Sao_Paulo', 'time', 'en-GB')).toBe('10:05 Sao Paulo');
    expect(formatInstant(WINTER_AFTERNOON, 'UTC', 'time', 'en-GB')).toBe('13:05 UTC');
  });
  it('shows the day it is where the viewer is: late evening in New York is still the day before', () => {
    expect(formatInstant('2026-11-11T02:00:00Z', 'America/New_York', 'day', 'en-GB')).toBe('10 Nov 2026');
  });
  it('keeps AM/PM for a locale that writes them', () => {
    expect(usesTwelveHourClock('en-US')).toBe(true);
    expect(plain(formatWallClock('15:00', 'en-US'))).toBe('3:00 PM');
  });
  it('maps each build’s language to the locale Intl needs, with its region', () => {
    expect(intlLocaleOf('nl')).toBe('nl-NL');
    expect(intlLocaleOf('it')).toBe('it-IT');
    expect(intlLocaleOf('en-GB')).toBe('en-GB');
    expect(intlLocaleOf('en-US')).toBe('en-US');
  });
});
