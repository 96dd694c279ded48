import { inject, Injectable, InjectionToken, Provider } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE, MatDateFormats } from '@angular/material/core';
import { LuxonDateAdapter, MAT_LUXON_DATE_FORMATS } from '@angular/material-luxon-adapter';

import { DateTime } from 'luxon';

/** The locale whose date format a user reads when nothing better is known. */
export const FALLBACK_LOCALE = 'en-GB';

/**
 * The user's locale (a BCP 47 tag such as "nl-NL"), which decides how dates are written and read
 * back in date fields and on which day the calendar's week starts. It is the browser's language
 * for now; a language chosen in the user's profile would be provided here instead.
 */
export const USER_LOCALE = new InjectionToken<string>('USER_LOCALE', {
  providedIn: 'root',
  factory: () => supportedLocale(typeof navigator === 'undefined' ? undefined : navigator.language),
});

/** `wanted` when the browser can format dates in it, otherwise the fallback. */
export function supportedLocale(wanted: string | null | undefined): string {
  if (!wanted) return FALLBACK_LOCALE;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([wanted])[0] ?? FALLBACK_LOCALE;
  } catch {
    // A malformed tag throws a RangeError.
    return FALLBACK_LOCALE;
  }
}

/**
 * How a date is written in `locale`'s short form, for people: "dd/mm/yyyy" (en-GB),
 * "mm/dd/yyyy" (en-US), "dd-mm-yyyy" (nl-NL). Built from the browser's own formatting.
 */
export function dateFormatHint(locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date(2026, 11, 31));
  return parts
    .map((part) => {
      switch (part.type) {
        case 'day':
          return 'dd';
        case 'month':
          return 'mm';
        case 'year':
          return 'yyyy';
        default:
          return part.value;
      }
    })
    .join('');
}

/**
 * The formats a date field reads: the locale's short date ("D" in Luxon, e.g. 5/3/2026 in en-US),
 * the same with a two-digit year (5/3/26 is 2026), and a full ISO day (2026-03-05) in any locale.
 * Screen readers, and the date field's messages, get the month spelled out ("5 March 2026").
 */
export function userDateFormats(locale: string): MatDateFormats {
  const shortDate = DateTime.parseFormatForOpts(DateTime.DATE_SHORT, { locale });
  const twoDigitYear = shortDate?.replace(/y+/, 'yy');
  return {
    ...MAT_LUXON_DATE_FORMATS,
    parse: { ...MAT_LUXON_DATE_FORMATS.parse, dateInput: twoDigitYear ? ['D', twoDigitYear] : ['D'] },
    display: { ...MAT_LUXON_DATE_FORMATS.display, dateA11yLabel: 'DDD' },
  };
}

/**
 * Luxon's adapter, read strictly: a typed ISO value counts only as a whole day (YYYY-MM-DD), so a
 * half-typed "2026" is not taken for 1 January 2026.
 */
@Injectable()
export class UserDateAdapter extends LuxonDateAdapter {
  override parse(value: unknown, parseFormat: string | string[]): DateTime | null {
    if (typeof value !== 'string') return super.parse(value, parseFormat);
    const text = value.trim();
    if (text === '') return null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return super.parse(text, parseFormat);
    if (/^\d{4}-/.test(text)) return this.invalid();
    const formats = Array.isArray(parseFormat) ? parseFormat : [parseFormat];
    for (const format of formats) {
      const date = DateTime.fromFormat(text, format, { locale: this.locale });
      if (date.isValid) return date;
    }
    return this.invalid();
  }
}

/** Date pickers across the app: Luxon dates, in the user's locale and its date format. */
export function provideUserDates(): Provider[] {
  return [
    { provide: MAT_DATE_LOCALE, useFactory: () => inject(USER_LOCALE) },
    { provide: MAT_DATE_FORMATS, useFactory: () => userDateFormats(inject(USER_LOCALE)) },
    { provide: DateAdapter, useClass: UserDateAdapter },
  ];
}
