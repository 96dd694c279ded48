import { LANGUAGE_LOCALES } from '../i18n/languages';
import type { MessageLocale, MessageParams } from './message';

/**
 * The small pieces every catalogue words with: plurals, numbers, days and lists in the reader's
 * language, all through `Intl` (no templates compiled at load: the CSP forbids it).
 */
const INTL_LOCALE: Readonly<Record<MessageLocale, string>> = LANGUAGE_LOCALES;

export function intlLocale(locale: MessageLocale): string {
  return INTL_LOCALE[locale];
}

/** A parameter as a number (0 when absent), for counts. */
export function count(p: MessageParams, name: string): number {
  const value = Number(p[name] ?? 0);
  return Number.isFinite(value) ? value : 0;
}

/** A parameter as text ('' when absent). */
export function text(p: MessageParams, name: string): string {
  const value = p[name];
  return value === null || value === undefined ? '' : String(value);
}

/** The right form of a word for `n` in the locale's plural rules, with the number before it. */
export function plural(locale: MessageLocale, n: number, forms: { one: string; other: string }): string {
  const rule = new Intl.PluralRules(INTL_LOCALE[locale]).select(n);
  return `${formatNumber(locale, n)} ${rule === 'one' ? forms.one : forms.other}`;
}

/** Only the word for `n`, without the number (for sentences that place the number themselves). */
export function pluralWord(locale: MessageLocale, n: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(INTL_LOCALE[locale]).select(n) === 'one' ? forms.one : forms.other;
}

/**
 * English keeps plain digits (API users parse the English text, and "1000" read that way before);
 * Dutch and Italian group thousands and use their decimal comma.
 */
export function formatNumber(locale: MessageLocale, n: number): string {
  if (locale === 'en') return String(n);
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 }).format(n);
}

/**
 * A `YYYY-MM-DD` day. English keeps the ISO day the API has always written; Dutch and Italian read
 * "10 november 2026" / "10 novembre 2026". Anything that is not a day is shown as given.
 */
export function formatDay(locale: MessageLocale, iso: string): string {
  if (locale === 'en' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

const AND: Record<MessageLocale, string> = { en: 'and', nl: 'en', it: 'e' };

/** “A”, “B” and “C” — commas, then the locale's word for "and" before the last. */
export function joinList(locale: MessageLocale, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND[locale]} ${items[items.length - 1]}`;
}

/** A name in the quotation marks the product uses in every language. */
export function quoted(name: string): string {
  return `“${name}”`;
}

/**
 * A list handed over as numbered parameters (`driver1`, `driver2`, …): GraphQL params are flat
 * name/value pairs, so a list travels as one parameter per item.
 */
export function listParam(p: MessageParams, prefix: string): string[] {
  const items: string[] = [];
  for (let i = 1; p[`${prefix}${i}`] !== undefined && p[`${prefix}${i}`] !== null; i += 1) items.push(String(p[`${prefix}${i}`]));
  return items;
}

/** The inverse of `listParam`. */
export function listParams(prefix: string, items: readonly string[]): MessageParams {
  return Object.fromEntries(items.map((item, i) => [`${prefix}${i + 1}`, item]));
}
