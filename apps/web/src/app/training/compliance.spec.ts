import { registerLocaleData } from '@angular/common';
import localeEnGb from '@angular/common/locales/en-GB';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FALLBACK_LOCALE_ID, useFormatLocale } from '../shared/format/format-locale';
import { complianceExplanation, complianceText, gapText, windowText } from './compliance';

describe('the compliance badge', () => {
  // As the British English build words it: the day before the month.
  beforeAll(() => {
    registerLocaleData(localeEnGb, 'en-GB');
    useFormatLocale('en-GB');
  });
  afterAll(() => useFormatLocale(FALLBACK_LOCALE_ID));

  it('says how many of the 3–4 sessions the first 90 days hold', () => {
    expect(complianceText({ status: 'UNDER', sessionsInWindow: 2 })).toBe('2 of 3–4 sessions — under');
    expect(complianceText({ status: 'ON_TRACK', sessionsInWindow: 3 })).toBe('3 of 3–4 sessions — on track');
    expect(complianceText({ status: 'OVER', sessionsInWindow: 5 })).toBe('5 of 3–4 sessions — more than planned');
    expect(complianceText({ status: 'NOT_PLANNED', sessionsInWindow: 0 })).toBe('0 of 3–4 sessions — none planned');
  });

  it('does not call three sessions with a gap over 30 days “on track”', () => {
    expect(complianceText({ status: 'GAP', sessionsInWindow: 3 })).toBe('3 of 3–4 sessions — gap over 30 days');
    expect(complianceExplanation({ status: 'GAP', sessionsInWindow: 3 })).toContain('more than 30 days');
  });

  it('tells a wave that is short how many sessions to add', () => {
    expect(complianceExplanation({ status: 'UNDER', sessionsInWindow: 2 })).toContain('one more session');
    expect(complianceExplanation({ status: 'UNDER', sessionsInWindow: 1 })).toContain('2 more sessions');
  });

  it('lists a gap with its dates and length', () => {
    expect(gapText({ from: '2026-04-14', to: '2026-05-30', days: 46 })).toBe('No training 14 Apr → 30 May (46 days)');
    expect(gapText({ from: '2026-12-01', to: '2027-01-15', days: 45 })).toBe('No training 1 Dec 2026 → 15 Jan 2027 (45 days)');
  });

  it('names the 90-day window', () => {
    expect(windowText('2026-05-04', '2026-08-02')).toBe('Training window: 4 May → 2 Aug 2026 (the 90 days after go-live)');
  });
});
