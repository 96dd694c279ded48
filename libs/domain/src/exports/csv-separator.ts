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
 * The separator of exports in a language: from that language's format locale (LANGUAGE_LOCALES).
 */
export function csvSeparatorOf(language: Language): CsvSeparator {
  return csvSeparator(LANGUAGE_LOCALES[language]);
}

/** What is known of a reader when their export is written. */
export interface CsvReader {
  /** The language chosen in their profile, if any. */
  profileLanguage: Language | null;
  /** Their browser's most preferred language tag, in any language ("de-DE"), if it sent one. */
  browserTag: string | null;
  /** The language the export's words are in, decided for the request. */
  language: Language;
}

/**
 * The separator of a reader's exports. A language chosen in the profile decides it. Without one the
 * browser's first tag does, whatever its language: it names the regional settings the spreadsheet
 * splits by, so a German browser gets `;` even though its header row is English, the nearest
 * language we speak. With neither, the language the words are in decides.
 */
export function readerCsvSeparator(reader: CsvReader): CsvSeparator {
  if (reader.profileLanguage) return csvSeparatorOf(reader.profileLanguage);
  if (reader.browserTag) return csvSeparator(reader.browserTag);
  return csvSeparatorOf(reader.language);
}
