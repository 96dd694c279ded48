/**
 * The languages the product speaks. English is the source every text is written in; Dutch and
 * Italian are complete translations (the web is built once per language, the API words mail,
 * calendars and exports in the recipient's language).
 */
export const LANGUAGES = ['en', 'nl', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language named in itself, as a language menu shows it to someone who may not read the current one. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', nl: 'Nederlands', it: 'Italiano' };

/** The format locale each language's pages use: dates, numbers and the spreadsheet's separator follow it. */
export const LANGUAGE_LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', nl: 'nl-NL', it: 'it-IT' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language of a BCP 47 tag ("nl-BE" → nl, "en-US" → en); null when we do not speak it. */
export function languageOfTag(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : null;
}
