import { describe, expect, it } from 'vitest';

import { isLanguage, LANGUAGE_LOCALES, LANGUAGE_NAMES, LANGUAGES, languageOfTag } from './languages';

describe('languageOfTag', () => {
  it('takes the language of a tag with a region, whatever its case or separator', () => {
    expect(languageOfTag('nl-BE')).toBe('nl');
    expect(languageOfTag('IT_ch')).toBe('it');
    expect(languageOfTag('en-US')).toBe('en');
  });

  it('answers null for a language we do not speak and for nothing at all', () => {
    expect(languageOfTag('de-DE')).toBeNull();
    expect(languageOfTag('')).toBeNull();
    expect(languageOfTag(undefined)).toBeNull();
  });
});

describe('languages', () => {
  it('names every language in itself and gives it a format locale', () => {
    for (const language of LANGUAGES) {
      expect(LANGUAGE_NAMES[language]).toBeTruthy();
      expect(LANGUAGE_LOCALES[language].startsWith(language)).toBe(true);
    }
    expect(LANGUAGE_NAMES.nl).toBe('Nederlands');
  });

  it('knows its own languages only', () => {
    expect(isLanguage('nl')).toBe(true);
    expect(isLanguage('nl-NL')).toBe(false);
    expect(isLanguage(3)).toBe(false);
  });
});
