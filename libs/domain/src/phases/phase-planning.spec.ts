import { describe, expect, it } from 'vitest';

import { milestoneMoveProblem, newPhaseIndex, plannedDatesProblem, PlannedPhase } from './phase-planning';

const phase = (id: string, position: number, plannedStart: string | null, completed = false): PlannedPhase => ({ id, position, plannedStart, completed });
const plan = [phase('needs', 0, '2027-01-04'), phase('redesign', 1, '2027-03-01'), phase('selection', 2, '2027-05-03')];

describe('where a new phase goes', () => {
  it('goes between the phases its start date falls between', () => {
    expect(newPhaseIndex(plan, '2027-04-01')).toBe(2);
  });

  it('goes first when it starts before every phase', () => {
    expect(newPhaseIndex(plan, '2026-12-01')).toBe(0);
  });

  it('goes after a phase starting the same day', () => {
    expect(newPhaseIndex(plan, '2027-03-01')).toBe(2);
  });

  it('goes at the end when it starts after every phase, or has no start date', () => {
    expect(newPhaseIndex(plan, '2028-01-01')).toBe(3);
    expect(newPhaseIndex(plan, null)).toBe(3);
  });

  it('goes first in a plan with no phases', () => {
    expect(newPhaseIndex([], '2027-01-01')).toBe(0);
  });

  it('never goes ahead of a completed phase, whatever its dates', () => {
    const running = [phase('needs', 0, '2027-01-04', true), phase('redesign', 1, '2027-03-01')];
    expect(newPhaseIndex(running, '2026-12-01')).toBe(1);
  });

  it('skips phases without a planned start when looking for the first later one', () => {
    const undated = [phase('needs', 0, null), phase('redesign', 1, '2027-03-01')];
    expect(newPhaseIndex(undated, '2027-02-01')).toBe(1);
  });
});

describe('planned dates', () => {
  it('refuses an end before the start', () => {
    expect(plannedDatesProblem('2027-03-01', '2027-02-28')).toEqual({ field: 'plannedEnd', code: 'PLANNED_END_BEFORE_START', params: {} });
  });

  it('accepts a one-day phase and missing dates', () => {
    expect(plannedDatesProblem('2027-03-01', '2027-03-01')).toBeNull();
    expect(plannedDatesProblem(null, '2027-03-01')).toBeNull();
  });
});

describe('moving a milestone to another phase', () => {
  it('lets an open milestone move to an open phase', () => {
    expect(milestoneMoveProblem(false, { found: true, completed: false })).toBeNull();
  });

  it('refuses to put an open milestone into a completed phase', () => {
    expect(milestoneMoveProblem(false, { found: true, completed: true })).toEqual({ field: 'phaseId', code: 'MILESTONE_TO_COMPLETED_PHASE', params: {} });
  });

  it('lets a done milestone move into a completed phase', () => {
    expect(milestoneMoveProblem(true, { found: true, completed: true })).toBeNull();
  });

  it('refuses a phase of another project', () => {
    expect(milestoneMoveProblem(false, { found: false, completed: false })).toEqual({ field: 'phaseId', code: 'NO_SUCH_PHASE', params: {} });
  });
});
