import { describe, expect, it } from 'vitest';

import { phaseGateBlockers, phaseProgress } from './phase-gate';

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
});

describe('phase progress', () => {
  it('is the share of done tasks', () => {
    expect(phaseProgress({ done: 2, total: 4 })).toBe(0.5);
  });

  it('is zero for a phase without tasks', () => {
    expect(phaseProgress({ done: 0, total: 0 })).toBe(0);
  });
});
