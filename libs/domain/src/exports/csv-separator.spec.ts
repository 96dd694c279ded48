import { describe, expect, it } from 'vitest';

import { csvSeparator, exportLocale, preferredLanguage } from './csv-separator';

describe('the CSV separator a spreadsheet expects', () => {
  it('is a comma in British English, which writes 1.5', () => {
    expect(csvSeparator('en-GB')).toBe(',');
    expect(csvSeparator('en')).toBe(',');
  });

  it('is a semicolon in Dutch, which writes 1,5', () => {
    expect(csvSeparator('nl')).toBe(';');
    expect(csvSeparator('nl-NL')).toBe(';');
  });

  it('is a semicolon in Italian, which writes 1,5', () => {
    expect(csvSeparator('it')).toBe(';');
    expect(csvSeparator('it-IT')).toBe(';');
  });

  it('is a semicolon in the other decimal-comma languages too', () => {
    expect(csvSeparator('de-DE')).toBe(';');
    expect(csvSeparator('fr-FR')).toBe(';');
  });

  it('is a comma when no locale, or a malformed one, is known', () => {
    expect(csvSeparator(null)).toBe(',');
    expect(csvSeparator('')).toBe(',');
    expect(csvSeparator('not a locale!')).toBe(',');
  });
});

describe('the locale an export is written for', () => {
  it("is the profile's language first", () => {
    expect(exportLocale('nl', 'en-US,en;q=0.9')).toBe('nl');
  });

  it("is the browser's most wanted language when the profile names none", () => {
    expect(exportLocale(null, 'en;q=0.5, it-IT;q=0.9, nl;q=0.7')).toBe('it-IT');
    expect(exportLocale(null, 'nl-NL,nl;q=0.9')).toBe('nl-NL');
  });

  it('is English when neither says anything readable', () => {
    expect(exportLocale(null, undefined)).toBe('en');
    expect(exportLocale('', '*')).toBe('en');
    expect(preferredLanguage('nl;q=0')).toBeNull();
  });
});
