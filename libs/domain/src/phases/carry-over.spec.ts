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
    expect(carryOverProblems(redesign, needs, ['t3'], [elsewhere])).toEqual([{ field: 'toPhaseId', message: 'Tasks can only be carried over to a later phase.' }]);
    expect(carryOverProblems(needs, needs, ['t1'], [open]).map((p) => p.field)).toEqual(['toPhaseId']);
  });

  it('refuses a later phase that is already completed', () => {
    expect(carryOverProblems(needs, { ...redesign, completed: true }, ['t1'], [open])).toEqual([
      { field: 'toPhaseId', message: 'That phase is already completed; pick one that is still open.' },
    ]);
  });

  it('refuses a phase the project does not have', () => {
    expect(carryOverProblems(needs, null, ['t1'], [open]).map((p) => p.field)).toEqual(['toPhaseId']);
  });

  it('refuses a done task: it stays with its phase', () => {
    expect(carryOverProblems(needs, redesign, ['t1', 't2'], [open, done])).toEqual([
      { field: 'taskIds', message: 'Done tasks stay with their phase; carry over only open ones.' },
    ]);
  });

  it('refuses a task of another phase, or one that is not found', () => {
    expect(carryOverProblems(needs, redesign, ['t3'], [elsewhere]).map((p) => p.field)).toEqual(['taskIds']);
    expect(carryOverProblems(needs, redesign, ['t9'], []).map((p) => p.field)).toEqual(['taskIds']);
  });

  it('refuses an empty pick', () => {
    expect(carryOverProblems(needs, redesign, [], [])).toEqual([{ field: 'taskIds', message: 'Pick at least one task to carry over.' }]);
  });
});
