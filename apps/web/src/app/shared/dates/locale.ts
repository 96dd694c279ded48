import { InjectionToken, Provider } from '@angular/core';

/** The locale whose date format a user reads when nothing better is known. */
export const FALLBACK_LOCALE = 'en-GB';

/**
 * The user's locale (a BCP 47 tag such as "nl-NL"), which decides how dates are written and read
 * back in date fields and on which day the calendar's week starts. It is the browser's language
 * for now; a language chosen in the user's profile would be provided here instead.
 */
export const USER_LOCALE = new InjectionToken<string>('USER_LOCALE', { providedIn: 'root', factory: browserLocale });

/** The browser's language, when the browser can format dates in it. */
export function browserLocale(): string {
  return supportedLocale(typeof navigator === 'undefined' ? undefined : navigator.language);
}

/**
 * Where the app takes the user's locale from (app.config.ts); a profile setting would go here.
 * This file imports no date library, so the initial bundle can hold it.
 */
export function provideUserLocale(): Provider {
  return { provide: USER_LOCALE, useFactory: browserLocale };
}

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
