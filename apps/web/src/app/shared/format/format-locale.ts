/**
 * The locale the web formats in. Angular's LOCALE_ID is the one truth: the web is built once per
 * language, so it is `en-GB`, `nl` or `it` for the life of the page. Angular's own formatting
 * (formatDate, formatNumber, …) takes LOCALE_ID as it is; Intl and Luxon get the same locale as a
 * BCP 47 tag with its region (`nl` → `nl-NL`), which decides things such as the first day of the
 * week and the order of a day and its month. The region each language is read with is the domain's
 * LANGUAGE_LOCALES, so a language's format locale is decided in one place for the web and the API.
 * This file imports no date library, so the initial bundle can hold it.
 */
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_LOCALES } from '@crm/domain';

/**
 * The locale formatting falls back on before the app has started (a unit test of a plain
 * function): the source locale, which every build (and the unit tests' build) has the data of, so
 * a plain function formats as the templates beside it do whatever ran first.
 */
export const FALLBACK_LOCALE_ID = LANGUAGE_LOCALES[DEFAULT_LANGUAGE];

/** `nl` → `nl-NL`, `it` → `it-IT`, `en` → `en-GB`; a tag that names a region keeps it (`en-US`). */
export function intlLocaleOf(localeId: string): string {
  const tag = localeId.replace(/_/g, '-');
  const language = tag.toLowerCase();
  return isLanguage(language) ? LANGUAGE_LOCALES[language] : tag;
}

let activeLocaleId = FALLBACK_LOCALE_ID;

/**
 * Set once at start-up from LOCALE_ID (app.config.ts), for the formatting that happens in plain
 * functions building a view's text (a gate message, a chart's axis) rather than in a template.
 * LOCALE_ID cannot change while the page lives, so reading it here is reading LOCALE_ID.
 */
export function useFormatLocale(localeId: string): void {
  activeLocaleId = localeId;
}

/** LOCALE_ID as Angular's formatting functions take it. */
export function formatLocaleId(): string {
  return activeLocaleId;
}

/** LOCALE_ID as Intl and Luxon take it, with its region. */
export function formatIntlLocale(): string {
  return intlLocaleOf(activeLocaleId);
}
