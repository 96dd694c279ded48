import { LANGUAGE_LOCALES, type Language } from '../i18n/languages';

/**
 * Which character separates the cells of an exported CSV file, so that it opens in columns when
 * double-clicked. Spreadsheets split a CSV file on the list separator of the computer's regional
 * settings: where numbers are written with a decimal comma (Dutch, Italian, German, French, …)
 * that separator is a semicolon, since a comma would cut "1,5" in two; elsewhere it is a comma.
 */
export type CsvSeparator = ',' | ';';

/** `;` for a locale that writes a decimal comma, `,` for the others and for a tag no one can read. */
export function csvSeparator(locale: string | null | undefined): CsvSeparator {
  return decimalSeparator(locale) === ',' ? ';' : ',';
}

/** The locale's decimal mark ("." or ","), from the runtime's own number formatting. */
export function decimalSeparator(locale: string | null | undefined): string {
  if (!locale) return '.';
  try {
    return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  } catch {
    // A malformed tag throws a RangeError: such a locale gets the default.
    return '.';
  }
}

/**
 * The separator of a reader's exports: from the format locale of their language (LANGUAGE_LOCALES),
 * the language itself being decided once per request, as for everything else the API words.
 */
export function csvSeparatorOf(language: Language): CsvSeparator {
  return csvSeparator(LANGUAGE_LOCALES[language]);
}
