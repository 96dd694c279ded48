import { describe, expect, it } from 'vitest';

import { layoutTimeline, TimelineTask } from './timeline-layout';
import { drawnPart, visibleRows } from './timeline-window';

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

describe('the part of the layout that is drawn', () => {
  const tasks: TimelineTask[] = Array.from({ length: 200 }, (_, i) => ({
    id: `t${i}`,
    title: `Task ${i}`,
    status: 'TODO',
    startDate: null,
    dueDate: `2026-04-${String((i % 28) + 1).padStart(2, '0')}`,
    overdue: false,
    phaseId: 'p1',
  }));
  tasks[199].dueDate = '2026-04-30';
  const layout = layoutTimeline(
    {
      today: '2026-04-01',
      phases: [{ id: 'p1', name: 'Build', status: 'IN_PROGRESS', plannedStart: '2026-04-01', plannedEnd: '2026-04-30', milestones: [] }],
      tasks,
      // A dependency from the first task drawn to the last: its arrow crosses every row between.
      dependencies: [{ taskId: 't199', dependsOnId: 't0' }, { taskId: 't1', dependsOnId: 't0' }],
    },
    { pxPerDay: 5, rowHeight: ROW, estimatedTaskDays: 3 },
  );

  it('holds only the rows and bars of the window', () => {
    const drawn = drawnPart(layout, { first: 100, last: 136 });
    expect(drawn.rows).toHaveLength(36);
    expect(drawn.rows[0]).toBe(layout.rows[100]);
    expect(drawn.taskBars).toHaveLength(36);
    expect(drawn.taskBars.every((bar) => bar.y >= 100 * ROW && bar.y < 136 * ROW)).toBe(true);
    expect(drawn.phaseBars).toHaveLength(0);
  });

  it('keeps an arrow that passes through the window, and leaves out one that does not', () => {
    const rowOf = (id: string) => layout.rows.findIndex((row) => row.key === `task:${id}`);
    const far = layout.arrows.find((arrow) => arrow.key.endsWith('->t199'))!;
    const near = layout.arrows.find((arrow) => arrow.key.endsWith('->t1'))!;
    const middle = Math.floor((rowOf('t0') + rowOf('t199')) / 2);
    const drawn = drawnPart(layout, { first: middle, last: middle + 1 });
    expect(drawn.arrows).toContain(far);
    expect(drawn.arrows).not.toContain(near);
  });

  it('at the top holds the phase bar', () => {
    expect(drawnPart(layout, { first: 0, last: 12 }).phaseBars).toHaveLength(1);
  });
});
