import { inject, Injectable, Provider } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE, MatDateFormats } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { LuxonDateAdapter, MAT_LUXON_DATE_FORMATS } from '@angular/material-luxon-adapter';

import { DateTime } from 'luxon';

import { USER_LOCALE } from './locale';

// The locale itself lives in ./locale, which the initial bundle can import without Luxon.
export { dateFormatHint, USER_LOCALE } from './locale';

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

/** The date picker's own buttons and labels, which Material words in English, in the page's language. */
@Injectable()
export class UserDatepickerIntl extends MatDatepickerIntl {
  override calendarLabel = $localize`:@@shared.datepicker.calendar:Calendar`;
  override openCalendarLabel = $localize`:@@shared.datepicker.open:Open calendar`;
  override closeCalendarLabel = $localize`:@@shared.datepicker.close:Close calendar`;
  override prevMonthLabel = $localize`:@@shared.datepicker.prevMonth:Previous month`;
  override nextMonthLabel = $localize`:@@shared.datepicker.nextMonth:Next month`;
  override prevYearLabel = $localize`:@@shared.datepicker.prevYear:Previous year`;
  override nextYearLabel = $localize`:@@shared.datepicker.nextYear:Next year`;
  override prevMultiYearLabel = $localize`:@@shared.datepicker.prevYears:Previous 24 years`;
  override nextMultiYearLabel = $localize`:@@shared.datepicker.nextYears:Next 24 years`;
  override switchToMonthViewLabel = $localize`:@@shared.datepicker.chooseDate:Choose date`;
  override switchToMultiYearViewLabel = $localize`:@@shared.datepicker.chooseMonthYear:Choose month and year`;

  override formatYearRangeLabel(start: string, end: string): string {
    return $localize`:@@shared.datepicker.yearRange:${start}:start: to ${end}:end:`;
  }
}

/**
 * Luxon dates in the user's locale and its date format, for Material's date pickers. The date field
 * provides them itself rather than app.config.ts, so Luxon (~77 kB) loads with the first screen
 * that has a date field instead of with the initial bundle, which it would push past its budget.
 */
export function provideUserDates(): Provider[] {
  return [
    { provide: MAT_DATE_LOCALE, useFactory: () => inject(USER_LOCALE) },
    { provide: MAT_DATE_FORMATS, useFactory: () => userDateFormats(inject(USER_LOCALE)) },
    { provide: DateAdapter, useClass: UserDateAdapter },
    { provide: MatDatepickerIntl, useClass: UserDatepickerIntl },
  ];
}
