import { describe, expect, it } from 'vitest';

import { dependantShifts, earliestAfter, type DatedTask } from './dependant-shift';
import { workingCalendar } from './working-days';

// March 2027: Monday the 1st, 8th, 15th, 22nd, 29th.
const plan: DatedTask[] = [
  { id: 'design', start: '2027-03-01', finish: '2027-03-05' },
  { id: 'build', start: '2027-03-08', finish: '2027-03-12' },
  { id: 'test', start: '2027-03-15', finish: '2027-03-17' },
  { id: 'goLive', start: '2027-03-17', finish: '2027-03-17', durationDays: 0 },
  { id: 'docs', start: '2027-03-22', finish: '2027-03-23' },
];
const links = [
  { taskId: 'build', dependsOnId: 'design' },
  { taskId: 'test', dependsOnId: 'build' },
  { taskId: 'goLive', dependsOnId: 'test' },
  { taskId: 'docs', dependsOnId: 'design' },
];

describe('earliestAfter', () => {
  it('work waiting for a task finishing on Friday begins on Monday; a milestone may fall on the Friday', () => {
    expect(earliestAfter('2027-03-05', 0, false)).toBe('2027-03-08');
    expect(earliestAfter('2027-03-05', 0, true)).toBe('2027-03-05');
  });

  it('a lag of two working days waits two more days, holidays skipped', () => {
    expect(earliestAfter('2027-03-05', 2, false)).toBe('2027-03-10');
    expect(earliestAfter('2027-03-24', 0, false, workingCalendar(['2027-03-25']))).toBe('2027-03-26');
  });
});

describe('dependantShifts', () => {
  it('moving a task two days later pushes its chain along by two working days, keeping lengths', () => {
    const shifts = dependantShifts(plan, links, { id: 'design', start: '2027-03-03', finish: '2027-03-09' });
    expect(shifts.map((s) => [s.id, s.newStart, s.newFinish, s.shiftDays])).toEqual([
      ['build', '2027-03-10', '2027-03-16', 2],
      ['test', '2027-03-17', '2027-03-19', 2],
      ['goLive', '2027-03-19', '2027-03-19', 2],
    ]);
    expect(shifts[0]).toMatchObject({ start: '2027-03-08', finish: '2027-03-12', pushedBy: ['design'] });
  });

  it('a dependant with enough slack stays where it is', () => {
    const shifts = dependantShifts(plan, links, { id: 'design', start: '2027-03-03', finish: '2027-03-09' });
    expect(shifts.map((s) => s.id)).not.toContain('docs');
  });

  it('moving a task earlier pulls nothing with it', () => {
    expect(dependantShifts(plan, links, { id: 'design', start: '2027-02-22', finish: '2027-02-26' })).toEqual([]);
  });

  it('a move within the slack before the dependant proposes nothing', () => {
    const spaced = plan.map((t) => (t.id === 'build' ? { ...t, start: '2027-03-10', finish: '2027-03-12', durationDays: 3 } : t));
    expect(dependantShifts(spaced, links, { id: 'design', start: '2027-03-02', finish: '2027-03-08' })).toEqual([]);
  });

  it('a lag keeps its distance after the move', () => {
    const lagged = [{ taskId: 'build', dependsOnId: 'design', lagDays: 2 }];
    const tasks = [plan[0], { ...plan[1], start: '2027-03-10', finish: '2027-03-16' }];
    const shifts = dependantShifts(tasks, lagged, { id: 'design', start: '2027-03-02', finish: '2027-03-08' });
    expect(shifts.map((s) => [s.id, s.newStart, s.newFinish])).toEqual([['build', '2027-03-11', '2027-03-17']]);
  });

  it('a public holiday in the way moves the dependant one more day', () => {
    const easter = workingCalendar(['2027-03-26', '2027-03-29']);
    const shifts = dependantShifts(plan, links, { id: 'test', start: '2027-03-22', finish: '2027-03-25' }, easter);
    expect(shifts.map((s) => [s.id, s.newStart])).toEqual([['goLive', '2027-03-25']]);
    const longer = dependantShifts(plan, [{ taskId: 'docs', dependsOnId: 'test' }], { id: 'test', start: '2027-03-22', finish: '2027-03-25' }, easter);
    expect(longer.map((s) => [s.id, s.newStart, s.newFinish])).toEqual([['docs', '2027-03-30', '2027-03-31']]);
  });

  it('a dependant waiting for two tasks clears the later of them, and names both when they tie', () => {
    const tasks: DatedTask[] = [
      { id: 'a', start: '2027-03-01', finish: '2027-03-03' },
      { id: 'b', start: '2027-03-01', finish: '2027-03-10' },
      { id: 'c', start: '2027-03-11', finish: '2027-03-12' },
    ];
    const both = [
      { taskId: 'c', dependsOnId: 'a' },
      { taskId: 'c', dependsOnId: 'b' },
    ];
    expect(dependantShifts(tasks, both, { id: 'a', start: '2027-03-01', finish: '2027-03-09' })).toEqual([]);
    const tie = dependantShifts(tasks, both, { id: 'a', start: '2027-03-08', finish: '2027-03-10' });
    expect(tie).toEqual([]);
    const later = dependantShifts(tasks, both, { id: 'a', start: '2027-03-08', finish: '2027-03-11' });
    expect(later.map((s) => [s.id, s.newStart, s.pushedBy])).toEqual([['c', '2027-03-12', ['a']]]);
    const bMoved = dependantShifts(
      tasks.map((t) => (t.id === 'a' ? { ...t, finish: '2027-03-11' } : t)),
      both,
      { id: 'b', start: '2027-03-01', finish: '2027-03-11' },
    );
    expect(bMoved.map((s) => s.pushedBy)).toEqual([['a', 'b']]);
  });

  it('a dependant without dates has nothing to shift and passes nothing on', () => {
    const tasks: DatedTask[] = [
      { id: 'a', start: '2027-03-01', finish: '2027-03-03' },
      { id: 'undated', start: null, finish: null },
      { id: 'after', start: '2027-03-05', finish: '2027-03-05' },
    ];
    const chain = [
      { taskId: 'undated', dependsOnId: 'a' },
      { taskId: 'after', dependsOnId: 'undated' },
    ];
    expect(dependantShifts(tasks, chain, { id: 'a', start: '2027-03-08', finish: '2027-03-10' })).toEqual([]);
  });

  it('a dependant with a start but no finish moves its start only', () => {
    const tasks: DatedTask[] = [plan[0], { id: 'open', start: '2027-03-08', finish: null }];
    const shifts = dependantShifts(tasks, [{ taskId: 'open', dependsOnId: 'design' }], { id: 'design', start: '2027-03-01', finish: '2027-03-08' });
    expect(shifts).toEqual([{ id: 'open', start: '2027-03-08', finish: null, newStart: '2027-03-09', newFinish: null, shiftDays: 1, pushedBy: ['design'] }]);
  });

  it('a task reached along two paths is proposed once, at the later day', () => {
    const tasks: DatedTask[] = [
      { id: 'root', start: '2027-03-01', finish: '2027-03-01' },
      { id: 'short', start: '2027-03-02', finish: '2027-03-02' },
      { id: 'long', start: '2027-03-02', finish: '2027-03-04' },
      { id: 'end', start: '2027-03-05', finish: '2027-03-05' },
    ];
    const diamond = [
      { taskId: 'short', dependsOnId: 'root' },
      { taskId: 'long', dependsOnId: 'root' },
      { taskId: 'end', dependsOnId: 'short' },
      { taskId: 'end', dependsOnId: 'long' },
    ];
    const shifts = dependantShifts(tasks, diamond, { id: 'root', start: '2027-03-03', finish: '2027-03-03' });
    expect(shifts.map((s) => [s.id, s.newStart])).toEqual([
      ['short', '2027-03-04'],
      ['long', '2027-03-04'],
      ['end', '2027-03-09'],
    ]);
  });
});
