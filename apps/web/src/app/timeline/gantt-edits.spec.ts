import { describe, expect, it } from 'vitest';

import { linkOfDrag, moveByDays, moveOfDrop, withPrerequisite } from './gantt-edits';
import { dayEnd, dayStart, GanttOrigin, TimelineMilestoneRow, TimelineTaskRow } from './gantt-model';

function task(id: string, extra: Partial<TimelineTaskRow> = {}): GanttOrigin {
  const row = {
    id,
    title: `Task ${id}`,
    status: 'TODO',
    startDate: '2026-03-02',
    dueDate: '2026-03-06',
    overdue: false,
    phaseId: 'ph1',
    milestoneId: null,
    version: 4,
    durationDays: 5,
    slackDays: 0,
    critical: false,
    ...extra,
  } as TimelineTaskRow;
  return { kind: 'task', row };
}

const milestone: GanttOrigin = {
  kind: 'milestone',
  row: { id: 'm1', phaseId: 'ph1', name: 'Sign-off', dueDate: '2026-03-20', status: 'PLANNED', overdue: false, version: 2, ownerRoleKey: null } as TimelineMilestoneRow,
};

describe('what a dropped bar means', () => {
  it('a bar moved three days to the right moves both dates', () => {
    const move = moveOfDrop(task('a'), dayStart('2026-03-05'), dayEnd('2026-03-09'));
    expect(move).toMatchObject({ kind: 'task', dates: { startDate: '2026-03-05', dueDate: '2026-03-09' } });
    expect(move?.row.version).toBe(4);
  });

  it('a bar stretched at its end keeps its start and gets a later due date', () => {
    expect(moveOfDrop(task('a'), dayStart('2026-03-02'), dayEnd('2026-03-11'))).toMatchObject({ dates: { startDate: '2026-03-02', dueDate: '2026-03-11' } });
  });

  it('a bar dropped where it was changes nothing', () => {
    expect(moveOfDrop(task('a'), dayStart('2026-03-02'), dayEnd('2026-03-06'))).toBeNull();
  });

  it('a task without a start date moved as a whole still has none: only its due date moves', () => {
    // Drawn over its last three days, 4 to 6 March.
    const move = moveOfDrop(task('a', { startDate: null }), dayStart('2026-03-09'), dayEnd('2026-03-11'));
    expect(move).toMatchObject({ dates: { dueDate: '2026-03-11' } });
    expect(move?.kind === 'task' && 'startDate' in move.dates).toBe(false);
  });

  it('a task without a start date stretched at its start gets one', () => {
    expect(moveOfDrop(task('a', { startDate: null }), dayStart('2026-03-01'), dayEnd('2026-03-06'))).toMatchObject({ dates: { startDate: '2026-03-01', dueDate: '2026-03-06' } });
  });

  it('a milestone takes the day its diamond was dropped on', () => {
    expect(moveOfDrop(milestone, dayStart('2026-03-24'), dayEnd('2026-03-24'))).toMatchObject({ kind: 'milestone', dueDate: '2026-03-24' });
    expect(moveOfDrop(milestone, dayStart('2026-03-20'), dayEnd('2026-03-20'))).toBeNull();
  });
});

describe('moving a focused bar with the keyboard', () => {
  it('Alt+→ moves a task a day later, both dates', () => {
    expect(moveByDays(task('a'), 1)).toMatchObject({ dates: { startDate: '2026-03-03', dueDate: '2026-03-07' } });
  });

  it('Alt+← moves a milestone a day earlier, across a month end', () => {
    const first = { ...milestone, row: { ...milestone.row, dueDate: '2026-04-01' } } as GanttOrigin;
    expect(moveByDays(first, -1)).toMatchObject({ kind: 'milestone', dueDate: '2026-03-31' });
  });
});

describe('a link drawn between two bars', () => {
  it('makes the target wait for the source', () => {
    expect(linkOfDrag(task('a'), task('b'), [])).toEqual({ ok: true, dependantId: 'b', prerequisiteId: 'a' });
  });

  it('refuses a link to itself, to a milestone, or one that exists already, saying why', () => {
    expect(linkOfDrag(task('a'), task('a'), [])).toEqual({ ok: false, message: 'A task cannot wait for itself.' });
    expect(linkOfDrag(task('a'), milestone, [])).toMatchObject({ ok: false, message: expect.stringContaining('task bar') });
    expect(linkOfDrag(task('a'), task('b'), [{ taskId: 'b', dependsOnId: 'a' }])).toEqual({ ok: false, message: '“Task b” already waits for “Task a”.' });
  });

  it('adds to or takes from the dependant’s whole list', () => {
    expect(withPrerequisite(['x'], 'a', true)).toEqual(['x', 'a']);
    expect(withPrerequisite(['x', 'a'], 'a', true)).toEqual(['x', 'a']);
    expect(withPrerequisite(['x', 'a'], 'a', false)).toEqual(['x']);
  });
});
