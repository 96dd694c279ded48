import { describe, expect, it } from 'vitest';

import { visibleRows } from './row-window';

const ROW = 28;

describe('the rows drawn for a scroll offset', () => {
  it('at the top: the rows in view and one step below, nothing above', () => {
    // 600 px shows rows 0–21; the window ends on the next step (24) plus one more step.
    expect(visibleRows(0, 600, ROW, 2000, 12)).toEqual({ first: 0, last: 36 });
  });

  it('half way down: the rows in view with at least a step either side', () => {
    const window = visibleRows(1000 * ROW, 600, ROW, 2000, 12);
    expect(window.first).toBeLessThanOrEqual(1000 - 12);
    expect(window.last).toBeGreaterThanOrEqual(1000 + Math.ceil(600 / ROW) + 12);
    // The viewport (22 rows), rounded out to whole steps, plus a step each side: never the whole list.
    expect(window.last - window.first).toBeLessThanOrEqual(22 + 4 * 12);
  });

  it('at the bottom: never past the last row', () => {
    const window = visibleRows(2000 * ROW - 600, 600, ROW, 2000, 12);
    expect(window.last).toBe(2000);
    expect(window.first).toBeLessThan(2000 - Math.ceil(600 / ROW));
  });

  it('stays the same while scrolling within a step, so the page is not redrawn on every pixel', () => {
    const at = (px: number) => visibleRows(px, 600, ROW, 2000, 12);
    expect(at(100 * ROW + 1)).toEqual(at(100 * ROW + 5 * ROW));
    expect(at(100 * ROW)).not.toEqual(at(130 * ROW));
  });

  it('draws a screenful before the scroller has been measured', () => {
    expect(visibleRows(0, 0, ROW, 2000, 12).last).toBeGreaterThan(20);
  });

  it('is empty for an empty timeline, and covers all rows of a short one', () => {
    expect(visibleRows(0, 600, ROW, 0)).toEqual({ first: 0, last: 0 });
    expect(visibleRows(0, 600, ROW, 5)).toEqual({ first: 0, last: 5 });
  });
});
