import type { Message } from '../messages/message';

/** A percentage KPI is measured between these two values, both included. */
export const PERCENT_MIN = 0;
export const PERCENT_MAX = 100;

/** The separators a locale writes numbers with: "1,234.5" in en-US, "1.234,5" in de-DE. */
function separatorsOf(locale: string | undefined): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234.5);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

/**
 * A number as a person types it in their locale, or null when the text is not one. Both `76,4`
 * and `76.4` mean 76.4 whatever the locale, because people paste values from everywhere:
 * - with both a comma and a point, the last one is the decimal mark (`1.234,5`, `1,234.5`);
 * - a mark that appears more than once groups thousands (`1.234.567`);
 * - a single mark followed by exactly three digits groups thousands only where the locale groups
 *   with it (`1,234` is 1234 in en-US and 1.234 in de-DE); otherwise it is the decimal mark.
 * Spaces and apostrophes (`1 234`, `1'234`) always group.
 */
export function parseLocaleNumber(text: string, locale?: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f']/g, '').replace(/^\u2212/, '-');
  if (!/^[-+]?(\d|[.,]\d)[\d.,]*$/.test(compact) || /[.,]{2}|[.,]$/.test(compact)) return null;
  const lastComma = compact.lastIndexOf(',');
  const lastPoint = compact.lastIndexOf('.');
  let decimal: string | null;
  if (lastComma >= 0 && lastPoint >= 0) {
    decimal = lastComma > lastPoint ? ',' : '.';
  } else if (lastComma < 0 && lastPoint < 0) {
    decimal = null;
  } else {
    const mark = lastComma >= 0 ? ',' : '.';
    const count = compact.split(mark).length - 1;
    const threeDigitsAfter = /^\d{3}$/.test(compact.slice(compact.lastIndexOf(mark) + 1));
    const groupsHere = separatorsOf(locale).group === mark;
    decimal = count > 1 || (threeDigitsAfter && groupsHere) ? null : mark;
  }
  const [whole, fraction, ...extra] = decimal ? compact.split(decimal) : [compact];
  if (extra.length > 0) return null;
  const group = decimal === ',' ? '.' : decimal === '.' ? ',' : /[.,]/.exec(whole)?.[0];
  if (group && !new RegExp(`^[-+]?\\d{1,3}(\\${group}\\d{3})*$`).test(whole) && whole.includes(group)) return null;
  const digits = `${whole.split(group ?? '\u0000').join('')}${fraction !== undefined ? `.${fraction}` : ''}`;
  const value = Number(digits);
  return Number.isFinite(value) ? value : null;
}

/** Whether a KPI's unit is a percentage: `%`, `% of users`, `percent`. */
export function isPercentUnit(unit: string): boolean {
  const u = unit.trim().toLowerCase();
  return u.startsWith('%') || u === 'percent' || u === 'percentage';
}

/**
 * Why a measured value cannot be right for its unit, or null when it can: a percentage lies
 * between 0 and 100. Other units take any finite number (a net promoter score may be negative).
 */
export function kpiValueProblem(value: number, unit: string): Message | null {
  if (!Number.isFinite(value)) return { code: 'NOT_A_NUMBER', params: {} };
  if (isPercentUnit(unit) && (value < PERCENT_MIN || value > PERCENT_MAX)) {
    return { code: 'PERCENT_OUT_OF_RANGE', params: { min: PERCENT_MIN, max: PERCENT_MAX, value } };
  }
  return null;
}
