import { describe, expect, it } from 'vitest';

import { csvSeparator, csvSeparatorOf, readerCsvSeparator } from './csv-separator';

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

describe('the separator of a reader’s exports, before and after they choose a language', () => {
  it('follows a German browser to semicolons when the profile names no language, under an English header', () => {
    expect(readerCsvSeparator({ profileLanguage: null, browserTag: 'de-DE', language: 'en' })).toBe(';');
    expect(readerCsvSeparator({ profileLanguage: null, browserTag: 'fr-FR', language: 'en' })).toBe(';');
  });

  it('follows the profile’s English to commas, even in a German browser', () => {
    expect(readerCsvSeparator({ profileLanguage: 'en', browserTag: 'de-DE', language: 'en' })).toBe(',');
  });

  it('follows an American browser to commas when the pages are Dutch, since the spreadsheet splits by the computer’s settings', () => {
    expect(readerCsvSeparator({ profileLanguage: null, browserTag: 'en-US', language: 'nl' })).toBe(',');
  });

  it('follows the words’ language when no browser says anything', () => {
    expect(readerCsvSeparator({ profileLanguage: null, browserTag: null, language: 'it' })).toBe(';');
    expect(readerCsvSeparator({ profileLanguage: null, browserTag: null, language: 'en' })).toBe(',');
  });
});
