import { describe, expect, it } from 'vitest';

import { canReopenPhase, GATE_TASKS_NAMED, phaseGateBlockers, phaseProgress } from './phase-gate';

describe('phase gate', () => {
  it('is open when every criterion is met and every milestone is done', () => {
    expect(phaseGateBlockers([{ label: 'Sign-off', done: true }], [{ name: 'Requirements agreed', done: true }])).toEqual([]);
  });

  it('names each open criterion and each unfinished milestone', () => {
    expect(
      phaseGateBlockers(
        [
          { label: 'Sign-off', done: false },
          { label: 'Gaps listed', done: true },
        ],
        [{ name: 'Requirements agreed', done: false }],
      ),
    ).toEqual(['Exit criterion not met: Sign-off', 'Milestone not done: Requirements agreed']);
  });

  it('stays blocked by a task that is not done, naming it, even with every criterion and milestone done', () => {
    expect(
      phaseGateBlockers(
        [{ label: 'Sign-off', done: true }],
        [{ name: 'Requirements agreed', done: true }],
        [
          { title: 'Interview sales', done: true },
          { title: 'Write the gap list', done: false },
        ],
      ),
    ).toEqual(['Task not done: Write the gap list']);
  });

  it('names the first open tasks in board order and counts the rest', () => {
    const tasks = Array.from({ length: GATE_TASKS_NAMED + 3 }, (_, i) => ({ title: `Task ${i + 1}`, done: i === 0 }));
    const blockers = phaseGateBlockers([], [], tasks);
    expect(blockers).toHaveLength(GATE_TASKS_NAMED + 1);
    expect(blockers[0]).toBe('Task not done: Task 2');
    expect(blockers.at(-1)).toBe('2 more tasks not done');
  });

  it('counts open tasks it was not given by name', () => {
    expect(phaseGateBlockers([], [], [{ title: 'Map the leads', done: false }], 50_001)).toEqual(['Task not done: Map the leads', '50000 more tasks not done']);
    expect(phaseGateBlockers([], [], [{ title: 'Map the leads', done: false }], 2)).toEqual(['Task not done: Map the leads', '1 more task not done']);
  });

  it('is open once every task is done (carried-over tasks are no longer the phase\'s)', () => {
    expect(phaseGateBlockers([], [], [{ title: 'Interview sales', done: true }])).toEqual([]);
  });
});

describe('reopening a phase', () => {
  it('is possible for a completed phase only', () => {
    expect(canReopenPhase('COMPLETED')).toBe(true);
    expect(canReopenPhase('IN_PROGRESS')).toBe(false);
    expect(canReopenPhase('NOT_STARTED')).toBe(false);
  });
});

describe('phase progress', () => {
  it('is the share of done tasks', () => {
    expect(phaseProgress({ done: 2, total: 4 })).toBe(0.5);
  });

  it('is zero for a phase without tasks', () => {
    expect(phaseProgress({ done: 0, total: 0 })).toBe(0);
  });
});
