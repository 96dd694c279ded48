import { GanttDate, GanttView, GanttViewTick } from '@worktile/gantt';
import { describe, expect, it } from 'vitest';

import { speedUpGanttLayout } from './gantt-speed';

/** A view whose days have different widths (odd days 3 px, even days 5 px), like months of different lengths. */
class UnevenView extends GanttView {
  rangeStartOf(date: GanttDate): GanttDate {
    return date.startOfDay();
  }
  rangeEndOf(date: GanttDate): GanttDate {
    return date.endOfDay();
  }
  getPeriodWidth(): number {
    return 0;
  }
  getDayWidth(date: GanttDate): number {
    return date.getDate() % 2 ? 3 : 5;
  }
  getPeriodTicks(): GanttViewTick[] {
    return [];
  }
  getUnitTicks(): GanttViewTick[] {
    return [];
  }
}

const day = (iso: string, hour = 0) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new GanttDate(new Date(y, m - 1, d, hour));
};

/** The library's own way: every day's width added up. */
function slowWidth(view: GanttView, start: GanttDate, end: GanttDate): number {
  let total = 0;
  for (let d = start; d.value < end.value; d = d.addDays(1)) total += view.getDayWidth(d);
  return total;
}

describe('placing bars quickly', () => {
  speedUpGanttLayout();
  const view = new UnevenView({ date: day('2026-01-01'), isCustom: true }, { date: day('2027-12-31'), isCustom: true }, {});

  it('measures the same distances as adding up every day, across months, a daylight-saving change and backwards', () => {
    for (const [from, to] of [
      ['2026-01-01', '2026-01-02'],
      ['2026-01-01', '2026-03-31'],
      ['2026-03-20', '2026-04-05'],
      ['2026-10-20', '2027-02-01'],
    ]) {
      expect(view.calculateIntervalWidth(day(from), day(to))).toBe(slowWidth(view, day(from), day(to)));
    }
    expect(view.calculateIntervalWidth(day('2026-02-10'), day('2026-02-01'))).toBe(-slowWidth(view, day('2026-02-01'), day('2026-02-10')));
    expect(view.getXAtDate(day('2026-05-01'))).toBe(slowWidth(view, day('2026-01-01'), day('2026-05-01')));
  });

  it('leaves a time of day to the library', () => {
    expect(view.calculateIntervalWidth(day('2026-01-01'), day('2026-01-03', 12))).toBe(8);
  });
});
