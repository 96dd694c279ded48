import { formatIntlLocale } from '../shared/format/format-locale';

/** When a notification came, as people say it: "5 minutes ago", "yesterday", "3 days ago". */
export function whenText(iso: string, now: Date = new Date()): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['second', 60],
    ['minute', 60],
    ['hour', 24],
    ['day', 7],
    ['week', 4.35],
    ['month', 12],
  ];
  const relative = new Intl.RelativeTimeFormat(formatIntlLocale(), { numeric: 'auto' });
  let value = seconds;
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) return unit === 'second' ? relative.format(0, 'second') : relative.format(Math.round(value), unit);
    value /= size;
  }
  return relative.format(Math.round(value), 'year');
}
