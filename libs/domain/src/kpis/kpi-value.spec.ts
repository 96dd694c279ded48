import { describe, expect, it } from 'vitest';

import { isPercentUnit, kpiValueProblem, parseLocaleNumber } from './kpi-value';

describe('parseLocaleNumber', () => {
  it('reads 76,4 and 76.4 as 76.4 in an English and a German locale', () => {
    for (const locale of ['en-US', 'de-DE']) {
      expect(parseLocaleNumber('76,4', locale)).toBe(76.4);
      expect(parseLocaleNumber('76.4', locale)).toBe(76.4);
    }
  });

  it('reads whole numbers and negative values', () => {
    expect(parseLocaleNumber('80', 'en-US')).toBe(80);
    expect(parseLocaleNumber(' -12,5 ', 'de-DE')).toBe(-12.5);
    expect(parseLocaleNumber('0', 'de-DE')).toBe(0);
  });

  it('takes the last mark as the decimal one when both appear', () => {
    expect(parseLocaleNumber('1.234,5', 'en-US')).toBe(1234.5);
    expect(parseLocaleNumber('1,234.5', 'de-DE')).toBe(1234.5);
  });

  it('reads a single mark before three digits as the locale’s thousands separator', () => {
    expect(parseLocaleNumber('1,234', 'en-US')).toBe(1234);
    expect(parseLocaleNumber('1,234', 'de-DE')).toBe(1.234);
    expect(parseLocaleNumber('1.234', 'de-DE')).toBe(1234);
    expect(parseLocaleNumber('1.234', 'en-US')).toBe(1.234);
  });

  it('reads repeated marks, spaces and apostrophes as thousands separators', () => {
    expect(parseLocaleNumber('1.234.567', 'en-US')).toBe(1234567);
    expect(parseLocaleNumber('1 234,5', 'fr-FR')).toBe(1234.5);
    expect(parseLocaleNumber("1'234.5", 'de-CH')).toBe(1234.5);
  });

  it('refuses text that is not a number', () => {
    for (const text of ['', 'abc', '76,4%', '7,6,4,2', '1,,2', '12.', '1.23.4', '--3']) expect(parseLocaleNumber(text, 'en-US')).toBeNull();
  });
});

describe('kpiValueProblem', () => {
  it('accepts a percentage from 0 to 100, both included', () => {
    expect(kpiValueProblem(0, '%')).toBeNull();
    expect(kpiValueProblem(100, '%')).toBeNull();
    expect(kpiValueProblem(76.4, '% of users')).toBeNull();
  });

  it('refuses 764 % and a negative percentage', () => {
    expect(kpiValueProblem(764, '%')).toEqual({ code: 'PERCENT_OUT_OF_RANGE', params: { min: 0, max: 100, value: 764 } });
    expect(kpiValueProblem(-0.1, 'percent')?.code).toBe('PERCENT_OUT_OF_RANGE');
  });

  it('takes any number for other units', () => {
    expect(kpiValueProblem(764, 'leads/month')).toBeNull();
    expect(kpiValueProblem(-20, 'NPS')).toBeNull();
    expect(isPercentUnit('leads/month')).toBe(false);
  });
});
