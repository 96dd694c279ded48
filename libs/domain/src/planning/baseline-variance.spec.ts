import { describe, expect, it } from 'vitest';

import { baselineVariance, type PlanItem } from './baseline-variance';
import { workingCalendar } from './working-days';

// The plan the steering committee approved (Mondays: 1, 8, 15, 22 and 29 March 2027).
const approved: PlanItem[] = [
  { id: 'design', kind: 'TASK', start: '2027-03-01', finish: '2027-03-05' },
  { id: 'build', kind: 'TASK', start: '2027-03-08', finish: '2027-03-19' },
  { id: 'uat', kind: 'TASK', start: '2027-03-22', finish: '2027-03-26' },
  { id: 'goLive', kind: 'MILESTONE', start: '2027-03-26', finish: '2027-03-26' },
  { id: 'cutover', kind: 'TASK', start: '2027-03-24', finish: '2027-03-25' },
];

describe('baselineVariance', () => {
  it('an unchanged plan is on its baseline everywhere', () => {
    const rows = baselineVariance(approved, approved);
    expect(rows.every((r) => r.status === 'ON_BASELINE' && r.startDays === 0 && r.finishDays === 0 && r.durationDays === 0)).toBe(true);
    expect(rows.map((r) => r.id)).toEqual(['design', 'build', 'uat', 'cutover', 'goLive']);
  });

  it('a build two days longer slips its finish by two working days and its duration by two', () => {
    const today = approved.map((i) => (i.id === 'build' ? { ...i, finish: '2027-03-23' } : i));
    const [build] = baselineVariance(approved, today);
    expect(build).toMatchObject({ id: 'build', status: 'SLIPPED', startDays: 0, finishDays: 2, durationDays: 2, baselineFinish: '2027-03-19', currentFinish: '2027-03-23' });
  });

  it('slipped items come first, the worst slip at the top, then the rest by date', () => {
    const today = approved.map((i) => {
      if (i.id === 'uat') return { ...i, start: '2027-03-24', finish: '2027-03-30' };
      if (i.id === 'goLive') return { ...i, start: '2027-04-02', finish: '2027-04-02' };
      if (i.id === 'design') return { ...i, finish: '2027-03-04' };
      return i;
    });
    const rows = baselineVariance(approved, today);
    expect(rows.map((r) => [r.id, r.status, r.finishDays])).toEqual([
      ['goLive', 'SLIPPED', 5],
      ['uat', 'SLIPPED', 2],
      ['design', 'AHEAD', -1],
      ['build', 'ON_BASELINE', 0],
      ['cutover', 'ON_BASELINE', 0],
    ]);
    expect(rows.find((r) => r.id === 'goLive')?.durationDays).toBe(0);
  });

  it('variance is counted in working days: over the Easter weekend in Germany one day late is one day', () => {
    const easter = workingCalendar(['2027-03-26', '2027-03-29']);
    const baseline: PlanItem[] = [{ id: 'm', kind: 'MILESTONE', start: '2027-03-25', finish: '2027-03-25' }];
    const today: PlanItem[] = [{ id: 'm', kind: 'MILESTONE', start: '2027-03-30', finish: '2027-03-30' }];
    expect(baselineVariance(baseline, today, easter)[0].finishDays).toBe(1);
    expect(baselineVariance(baseline, today)[0].finishDays).toBe(3);
  });

  it('a recorded duration counts over what the dates say', () => {
    const baseline: PlanItem[] = [{ id: 't', kind: 'TASK', start: '2027-03-01', finish: '2027-03-05', durationDays: 3 }];
    const today: PlanItem[] = [{ id: 't', kind: 'TASK', start: '2027-03-01', finish: '2027-03-05' }];
    expect(baselineVariance(baseline, today)[0].durationDays).toBe(2);
  });

  it('tasks added since the baseline and tasks removed from the plan are named as such', () => {
    const today: PlanItem[] = [...approved.filter((i) => i.id !== 'cutover'), { id: 'hypercare', kind: 'TASK', start: '2027-03-29', finish: '2027-04-09' }];
    const rows = baselineVariance(approved, today);
    expect(rows.find((r) => r.id === 'hypercare')).toMatchObject({ status: 'ADDED', baselineStart: null, startDays: null, durationDays: null });
    expect(rows.find((r) => r.id === 'cutover')).toMatchObject({ status: 'REMOVED', currentStart: null, baselineStart: '2027-03-24' });
  });

  it('an item dated on one side only has nothing to compare and goes last', () => {
    const baseline: PlanItem[] = [
      { id: 'undated', kind: 'TASK', start: null, finish: null },
      { id: 'dated', kind: 'TASK', start: '2027-03-01', finish: '2027-03-02' },
    ];
    const today: PlanItem[] = [
      { id: 'undated', kind: 'TASK', start: null, finish: null },
      { id: 'dated', kind: 'TASK', start: '2027-03-01', finish: '2027-03-02' },
    ];
    const rows = baselineVariance(baseline, today);
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ['dated', 'ON_BASELINE'],
      ['undated', 'UNDATED'],
    ]);
  });

  it('a task with a start only is compared by its start', () => {
    const rows = baselineVariance([{ id: 't', kind: 'TASK', start: '2027-03-01', finish: null }], [{ id: 't', kind: 'TASK', start: '2027-03-03', finish: null }]);
    expect(rows[0]).toMatchObject({ status: 'SLIPPED', startDays: 2, finishDays: null, durationDays: null });
  });
});
