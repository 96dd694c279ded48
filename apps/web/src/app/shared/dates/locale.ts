import { EnvironmentProviders, inject, InjectionToken, LOCALE_ID, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';

import { intlLocaleOf, useFormatLocale } from '../format/format-locale';

/**
 * The user's locale as a BCP 47 tag with its region ("nl-NL"), for Intl and Luxon: how date fields
 * write and read dates and on which day the calendar's week starts. It is Angular's LOCALE_ID
 * (one build per language), so it always agrees with the pipes of `shared/format`.
 */
export const USER_LOCALE = new InjectionToken<string>('USER_LOCALE', { providedIn: 'root', factory: () => intlLocaleOf(inject(LOCALE_ID)) });

/**
 * Where the app takes the user's locale from (app.config.ts): LOCALE_ID, handed at start-up to the
 * plain functions that format outside templates. This file imports no date library, so the initial
 * bundle can hold it.
 */
export function provideUserLocale(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: USER_LOCALE, useFactory: () => intlLocaleOf(inject(LOCALE_ID)) },
    provideAppInitializer(() => useFormatLocale(inject(LOCALE_ID))),
  ]);
}

/**
 * How a date is written in `locale`'s short form, for people: "dd/mm/yyyy" (en-GB),
 * "mm/dd/yyyy" (en-US), "dd-mm-jjjj" (nl-NL, in Dutch letters). Built from the browser's own
 * formatting; the letters are the page's language.
 */
export function dateFormatHint(locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date(2026, 11, 31));
  return parts
    .map((part) => {
      switch (part.type) {
        case 'day':
          return $localize`:letters standing for the day in a date format hint such as dd/mm/yyyy@@shared.dateHint.day:dd`;
        case 'month':
          return $localize`:letters standing for the month in a date format hint such as dd/mm/yyyy@@shared.dateHint.month:mm`;
        case 'year':
          return $localize`:letters standing for the year in a date format hint such as dd/mm/yyyy@@shared.dateHint.year:yyyy`;
        default:
          return part.value;
      }
    })
    .join('');
}
