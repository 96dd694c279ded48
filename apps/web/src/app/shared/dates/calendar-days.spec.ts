import { describe, expect, it } from 'vitest';

import { daysBetween, dayNumber, formatDay, isoOfDay, todayIso } from './calendar-days';

describe('calendar days', () => {
  it('counts whole days across a daylight-saving change', () => {
    // Europe and the US change clocks in March; a calendar day is still one day.
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('goes back and forth between day numbers and dates', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(isoOfDay(dayNumber('2026-02-28') + 1)).toBe('2026-03-01');
    expect(dayNumber('2026-03-02T00:00:00.000Z')).toBe(dayNumber('2026-03-02'));
  });

  it('reads a malformed date as not a number rather than a wrong day', () => {
    expect(dayNumber('soon')).toBeNaN();
  });

  it("takes today from the user's local calendar", () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('formats a day the same in every time zone', () => {
    expect(formatDay('2026-03-02')).toBe('2 Mar 2026');
  });
});
