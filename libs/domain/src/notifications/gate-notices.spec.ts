import { describe, expect, it } from 'vitest';

import { gateTransitions } from './gate-notices';

const gate = (phaseId: string, blockers: string[], completed = false) => ({ phaseId, blockers, completed });

describe('gateTransitions', () => {
  it('a gate whose last blocker went is unblocked', () => {
    expect(gateTransitions([gate('p1', ['Milestone not done: Sign-off'])], [gate('p1', [])])).toEqual([{ phaseId: 'p1', kind: 'GATE_UNBLOCKED' }]);
  });

  it('an open gate that gets a blocker is blocked', () => {
    expect(gateTransitions([gate('p1', [])], [gate('p1', ['Task not done: Train'])])).toEqual([{ phaseId: 'p1', kind: 'GATE_BLOCKED' }]);
  });

  it('a gate blocked before and after, for other reasons, raises nothing', () => {
    expect(gateTransitions([gate('p1', ['Task not done: A'])], [gate('p1', ['Task not done: B', 'Task not done: C'])])).toEqual([]);
  });

  it('an open gate that stays open raises nothing', () => {
    expect(gateTransitions([gate('p1', [])], [gate('p1', [])])).toEqual([]);
  });

  it('a completed phase raises nothing', () => {
    expect(gateTransitions([gate('p1', [], true)], [gate('p1', ['Task not done: A'], true)])).toEqual([]);
  });

  it('each touched phase is judged on its own (a milestone moved between two phases)', () => {
    expect(gateTransitions([gate('p1', ['Milestone not done: M']), gate('p2', [])], [gate('p1', []), gate('p2', ['Milestone not done: M'])])).toEqual([
      { phaseId: 'p1', kind: 'GATE_UNBLOCKED' },
      { phaseId: 'p2', kind: 'GATE_BLOCKED' },
    ]);
  });

  it('a phase seen only after the change raises nothing', () => {
    expect(gateTransitions([], [gate('p1', ['Task not done: A'])])).toEqual([]);
  });
});
