import { inject, LOCALE_ID, Pipe, PipeTransform } from '@angular/core';

import { DayStyle, formatCalendarDay, formatInstant, formatMoney, formatNum, formatPct, InstantStyle } from './formats';
import { USER_TIME_ZONE } from './user-time-zone';

/** A calendar day: `{{ task.dueDate | day }}` → "10 Nov 2026" (en-GB), "10 nov 2026" (nl, it). */
@Pipe({ name: 'day' })
export class DayPipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(isoDay: string | null | undefined, style: DayStyle = 'medium'): string {
    return isoDay ? formatCalendarDay(isoDay, style, this.locale) : '';
  }
}

/**
 * An instant in the viewer's time zone, the zone named: `{{ comment.createdAt | dateTime }}` →
 * "10 Nov 2026, 14:05 CET". `| dateTime: 'time'` → "14:05 CET"; a second argument names another
 * zone (a session's own). Impure, so a zone changed in the profile shows at once; it formats
 * again only when its value, style or zone changed.
 */
@Pipe({ name: 'dateTime', pure: false })
export class DateTimePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);
  private readonly viewerZone = inject(USER_TIME_ZONE);
  private last: { key: string; text: string } | null = null;

  transform(instant: string | Date | null | undefined, style: InstantStyle = 'medium', timeZone?: string | null): string {
    if (!instant) return '';
    const zone = timeZone || this.viewerZone();
    const key = `${instant instanceof Date ? instant.toISOString() : instant}|${style}|${zone}`;
    if (this.last?.key !== key) this.last = { key, text: formatInstant(instant, zone, style, this.locale) };
    return this.last.text;
  }
}

/** A number in the locale's digits: `{{ 1234.5 | num }}` → "1,234.5" (en-GB), "1.234,5" (nl, it). */
@Pipe({ name: 'num' })
export class NumPipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(value: number | null | undefined, digits = '1.0-2'): string {
    return value === null || value === undefined || Number.isNaN(value) ? '' : formatNum(value, digits, this.locale);
  }
}

/**
 * A share as a percentage: `{{ 0.42 | pct }}` → "42%". `| pct: '1.0-0': 'points'` takes a value
 * already in percentage points (42 → "42%"), as allocation and completion figures come.
 */
@Pipe({ name: 'pct' })
export class PctPipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(value: number | null | undefined, digits = '1.0-0', scale: 'fraction' | 'points' = 'fraction'): string {
    if (value === null || value === undefined || Number.isNaN(value)) return '';
    return formatPct(scale === 'points' ? value / 100 : value, digits, this.locale);
  }
}

/** An amount in a currency: `{{ 1234.5 | money: 'EUR' }}` → "€1,234.50" (en-GB), "€ 1.234,50" (nl). */
@Pipe({ name: 'money' })
export class MoneyPipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(amount: number | null | undefined, currencyCode: string, digits?: string): string {
    return amount === null || amount === undefined || Number.isNaN(amount) ? '' : formatMoney(amount, currencyCode, digits, this.locale);
  }
}

/** The pipes together, for a component's `imports`. */
export const FORMAT_PIPES = [DayPipe, DateTimePipe, NumPipe, PctPipe, MoneyPipe] as const;
