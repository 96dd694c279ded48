import { describe, expect, it } from 'vitest';

import { carryOverProblems } from './carry-over';

const needs = { id: 'p1', position: 1, completed: false };
const redesign = { id: 'p2', position: 2, completed: false };
const open = { id: 't1', phaseId: 'p1', done: false };
const done = { id: 't2', phaseId: 'p1', done: true };
const elsewhere = { id: 't3', phaseId: 'p2', done: false };

describe('carrying tasks over to another phase', () => {
  it('lets open tasks move to the next phase', () => {
    expect(carryOverProblems(needs, redesign, ['t1'], [open])).toEqual([]);
  });

  it('refuses an earlier phase, or the same one', () => {
    expect(carryOverProblems(redesign, needs, ['t3'], [elsewhere])).toEqual([{ field: 'toPhaseId', code: 'CARRY_OVER_TO_EARLIER_PHASE', params: {} }]);
    expect(carryOverProblems(needs, needs, ['t1'], [open]).map((p) => p.field)).toEqual(['toPhaseId']);
  });

  it('refuses a later phase that is already completed', () => {
    expect(carryOverProblems(needs, { ...redesign, completed: true }, ['t1'], [open])).toEqual([
      { field: 'toPhaseId', code: 'CARRY_OVER_TO_COMPLETED_PHASE', params: {} },
    ]);
  });

  it('refuses a phase the project does not have', () => {
    expect(carryOverProblems(needs, null, ['t1'], [open])).toEqual([{ field: 'toPhaseId', code: 'NO_SUCH_PHASE', params: {} }]);
  });

  it('refuses a done task: it stays with its phase', () => {
    expect(carryOverProblems(needs, redesign, ['t1', 't2'], [open, done])).toEqual([
      { field: 'taskIds', code: 'CARRY_OVER_DONE_TASKS', params: {} },
    ]);
  });

  it('refuses a task of another phase, or one that is not found', () => {
    expect(carryOverProblems(needs, redesign, ['t3'], [elsewhere])).toEqual([{ field: 'taskIds', code: 'CARRY_OVER_OTHER_PHASE_TASKS', params: {} }]);
    expect(carryOverProblems(needs, redesign, ['t9'], []).map((p) => p.field)).toEqual(['taskIds']);
  });

  it('refuses an empty pick', () => {
    expect(carryOverProblems(needs, redesign, [], [])).toEqual([{ field: 'taskIds', code: 'CARRY_OVER_NOTHING_PICKED', params: {} }]);
  });
});
