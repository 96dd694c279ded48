import Holidays from 'date-holidays';

import { countriesInScope, IsoDate } from '@crm/domain';

const calendar = new Holidays();
const englishName = new Intl.DisplayNames(['en'], { type: 'region' });

/** Each country the holiday calendar knows, by its own name (`Italia`) and by its English one (`Italy`). */
const NATIVE_NAMES: Readonly<Record<string, string>> = calendar.getCountries();
const ENGLISH_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(NATIVE_NAMES).map((code) => [code, englishName.of(code) ?? NATIVE_NAMES[code]]),
);

/** The countries a wave's scope names, as the holiday calendar's codes. */
export function waveCountries(scope: readonly string[]): string[] {
  return [...new Set([...countriesInScope(scope, ENGLISH_NAMES), ...countriesInScope(scope, NATIVE_NAMES)])];
}

/**
 * The public holidays of any of the countries from `from` to `to` (both included), as local days.
 * Only national public holidays count: regional ones, bank holidays and observances do not close
 * a whole country's offices.
 */
export function publicHolidays(countries: readonly string[], from: IsoDate, to: IsoDate): IsoDate[] {
  const days = new Set<IsoDate>();
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  for (const country of countries) {
    const holidays = new Holidays(country);
    for (let year = firstYear; year <= lastYear; year += 1) {
      for (const holiday of holidays.getHolidays(year)) {
        const day = holiday.date.slice(0, 10);
        if (holiday.type === 'public' && day >= from && day <= to) days.add(day);
      }
    }
  }
  return [...days].sort();
}
