import { describe, expect, it } from 'vitest';

import { overAllocatedPeople } from './allocation';

describe('overAllocatedPeople', () => {
  it('exactly 100% across two projects is fully booked, not over-allocated', () => {
    expect(
      overAllocatedPeople([
        { personId: 'p', projectId: 'a', allocationPercent: 60 },
        { personId: 'p', projectId: 'b', allocationPercent: 40 },
      ]),
    ).toEqual([]);
  });

  it('reports the total for someone booked past 100% across projects, worst first', () => {
    expect(
      overAllocatedPeople([
        { personId: 'p', projectId: 'a', allocationPercent: 60 },
        { personId: 'p', projectId: 'b', allocationPercent: 50 },
        { personId: 'q', projectId: 'a', allocationPercent: 100 },
        { personId: 'q', projectId: 'a', allocationPercent: 30 },
      ]),
    ).toEqual([
      { personId: 'q', totalPercent: 130 },
      { personId: 'p', totalPercent: 110 },
    ]);
  });
});
