import { describe, expect, it } from 'vitest';

import { barName, dayEnd, dayOfSeconds, dayStart, ganttData, ghostBars, openingDay, TimelineMilestoneRow, TimelineTaskRow, viewRange } from './gantt-model';

function task(id: string, extra: Partial<TimelineTaskRow> = {}): TimelineTaskRow {
  return {
    id,
    title: `Task ${id}`,
    status: 'TODO',
    startDate: '2026-03-02',
    dueDate: '2026-03-06',
    overdue: false,
    phaseId: 'ph1',
    milestoneId: null,
    version: 1,
    durationDays: 5,
    slackDays: 0,
    critical: false,
    ...extra,
  } as TimelineTaskRow;
}

const milestone: TimelineMilestoneRow = {
  id: 'm1',
  phaseId: 'ph1',
  name: 'Sign-off',
  dueDate: '2026-03-20',
  status: 'PLANNED',
  overdue: false,
  version: 2,
  ownerRoleKey: null,
} as TimelineMilestoneRow;

const phases = [
  { id: 'ph1', name: 'Needs analysis', position: 1, status: 'IN_PROGRESS', plannedStart: null, plannedEnd: null, version: 1 },
  { id: 'ph2', name: 'Build', position: 2, status: 'NOT_STARTED', plannedStart: null, plannedEnd: null, version: 1 },
] as Parameters<typeof ganttData>[0]['phases'];

describe('days and the Gantt’s seconds', () => {
  it('a bar covers its first day from midnight to the last second of its last day, on the user’s clock', () => {
    expect(dayOfSeconds(dayStart('2026-03-02'))).toBe('2026-03-02');
    expect(dayOfSeconds(dayEnd('2026-03-06'))).toBe('2026-03-06');
    expect(dayEnd('2026-03-02') - dayStart('2026-03-02')).toBe(86_399);
  });
});

describe('the Gantt of a timeline', () => {
  const timeline = {
    phases,
    milestones: [milestone],
    tasks: [task('a', { critical: true }), task('b', { critical: true, startDate: null, dueDate: '2026-03-13' }), task('c', { phaseId: 'ph2' })],
    dependencies: [{ taskId: 'b', dependsOnId: 'a' }],
  };

  it('groups items by phase, milestones first, and keeps a collapsed phase folded', () => {
    const { groups, items } = ganttData(timeline, new Set(['ph2']), true);
    expect(groups.map((g) => [g.title, g.expanded])).toEqual([
      ['Needs analysis', true],
      ['Build', false],
    ]);
    expect(items.map((i) => [i.id, i.group_id])).toEqual([
      ['m1', 'ph1'],
      ['a', 'ph1'],
      ['b', 'ph1'],
      ['c', 'ph2'],
    ]);
  });

  it('links a prerequisite to the task that waits for it, in the critical colour when both are critical', () => {
    const { items } = ganttData(timeline, new Set(), true);
    const a = items.find((i) => i.id === 'a');
    expect(a?.links).toEqual([{ type: 1, link: 'b', color: expect.stringContaining('--crm-critical') }]);
    expect(a?.color).toContain('--crm-critical');
    expect(items.find((i) => i.id === 'c')?.color).toContain('--mat-sys-primary');
  });

  it('draws a task without a start date over its last three days, and a milestone on its day only', () => {
    const { items } = ganttData(timeline, new Set(), true);
    const days = (id: string) => items.filter((i) => i.id === id).map((i) => [dayOfSeconds(i.start), dayOfSeconds(i.end)]);
    expect(days('b')).toEqual([['2026-03-11', '2026-03-13']]);
    expect(days('m1')).toEqual([['2026-03-20', '2026-03-20']]);
    const m = items.find((i) => i.id === 'm1');
    expect(m?.linkable).toBe(false);
  });

  it('lets viewers look only: nothing drags or links', () => {
    const { items } = ganttData(timeline, new Set(), false);
    expect(items.every((i) => !i.draggable && !i.linkable)).toBe(true);
  });

  it('opens a month before the first planned day and closes a month after the last', () => {
    const range = viewRange({ projectStart: '2026-03-01', projectEnd: '2026-03-31', milestones: [milestone], tasks: [task('late', { dueDate: '2026-06-30' })] });
    expect(dayOfSeconds(range.start)).toBe('2026-01-30');
    expect(dayOfSeconds(range.end)).toBe('2026-07-30');
  });
});

describe('what a bar says to a screen reader', () => {
  it('names the task, its days and that it is critical', () => {
    expect(barName({ kind: 'task', row: task('a', { title: 'Configure sandbox', startDate: '2026-03-03', dueDate: '2026-03-14', critical: true }) })).toBe(
      'Configure sandbox, 3 Mar 2026 – 14 Mar 2026, critical',
    );
  });

  it('says when a task has no start, is late or blocked, and names a milestone’s day', () => {
    expect(barName({ kind: 'task', row: task('a', { title: 'Migrate', startDate: null, overdue: true, status: 'BLOCKED' }) })).toBe(
      'Migrate, due 6 Mar 2026, no start date, overdue, blocked',
    );
    expect(barName({ kind: 'milestone', row: milestone })).toBe('Milestone Sign-off, due 20 Mar 2026');
  });
});

describe('ghost bars of a baseline', () => {
  it('draws each item’s baseline dates and leaves out what the baseline did not date', () => {
    const ghosts = ghostBars([
      { id: 'a', baselineStart: '2026-03-01', baselineFinish: '2026-03-04' },
      { id: 'new', baselineStart: null, baselineFinish: null },
      { id: 'm1', baselineStart: null, baselineFinish: '2026-03-18' },
    ]);
    expect(ghosts.map((g) => [g.id, dayOfSeconds(g.start), dayOfSeconds(g.end)])).toEqual([
      ['a', '2026-03-01', '2026-03-04'],
      ['m1', '2026-03-16', '2026-03-18'],
    ]);
  });
});

describe('where the Gantt opens', () => {
  const now = dayStart('2026-06-15');
  const bar = (start: string, end: string) => ({ start: dayStart(start), end: dayEnd(end) });

  it('stays on today when a row of the first screen is planned around it', () => {
    expect(openingDay([bar('2026-01-05', '2026-01-09'), bar('2026-06-20', '2026-06-30')], now)).toBeNull();
  });

  it('opens on the earliest bar of the first screen when none is near today', () => {
    expect(openingDay([bar('2026-02-02', '2026-02-06'), bar('2026-01-05', '2026-01-09')], now)).toBe(dayStart('2026-01-05'));
  });

  it('stays on today with nothing to show', () => {
    expect(openingDay([], now)).toBeNull();
  });
});
