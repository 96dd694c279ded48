/**
 * Which character separates the cells of an exported CSV file, so that it opens in columns when
 * double-clicked. Spreadsheets split a CSV file on the list separator of the computer's regional
 * settings: where numbers are written with a decimal comma (Dutch, Italian, German, French, …)
 * that separator is a semicolon, since a comma would cut "1,5" in two; elsewhere it is a comma.
 */
export type CsvSeparator = ',' | ';';

/** The language exports follow when neither the user nor the browser names one. */
export const DEFAULT_EXPORT_LOCALE = 'en';

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
 * The locale an export is written for: the one the user chose in their profile, else the first
 * language their browser asks for (`Accept-Language`, by its q weights), else English.
 */
export function exportLocale(profileLocale: string | null | undefined, acceptLanguage: string | null | undefined): string {
  if (profileLocale) return profileLocale;
  return preferredLanguage(acceptLanguage) ?? DEFAULT_EXPORT_LOCALE;
}

/** The most wanted language of an `Accept-Language` header ("nl-NL,nl;q=0.9,en;q=0.8" → "nl-NL"); null when it names none. */
export function preferredLanguage(acceptLanguage: string | null | undefined): string | null {
  if (!acceptLanguage) return null;
  const wanted = acceptLanguage
    .split(',')
    .map((entry, order) => {
      const [tag, ...params] = entry.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim(), weight: q === undefined ? 1 : Number(q), order };
    })
    .filter(({ tag, weight }) => /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) && weight > 0 && !Number.isNaN(weight))
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return wanted[0]?.tag ?? null;
}
