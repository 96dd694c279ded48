import { describe, expect, it } from 'vitest';

import { csvSeparator, csvSeparatorOf } from './csv-separator';

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

describe('the separator of a reader’s exports', () => {
  it('follows the format locale of their language: commas in English, semicolons in Dutch and Italian', () => {
    expect(csvSeparatorOf('en')).toBe(',');
    expect(csvSeparatorOf('nl')).toBe(';');
    expect(csvSeparatorOf('it')).toBe(';');
  });
});
