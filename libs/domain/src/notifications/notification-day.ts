import { LANGUAGE_LOCALES, type Language } from '../i18n/languages';

/**
 * A `YYYY-MM-DD` day as the reader's language writes it in a sentence ("16 juni 2027"). English
 * keeps the ISO day its notifications have always carried; a value that is no day is left as it is.
 */
export function noticeDay(language: Language, isoDay: string): string {
  if (language === 'en' || !/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) return isoDay;
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat(LANGUAGE_LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A number as the reader's language writes it (decimal comma in Dutch and Italian). */
export function noticeNumber(language: Language, n: number): string {
  if (language === 'en') return String(n);
  return new Intl.NumberFormat(LANGUAGE_LOCALES[language], { maximumFractionDigits: 2 }).format(n);
}
