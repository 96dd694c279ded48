import { describe, expect, it } from 'vitest';

import { countBars } from './requirement-counts';

describe('requirement counts as bars', () => {
  const counts = {
    total: 6,
    byDepartment: [
      { department: 'IT' as const, count: 2 },
      { department: 'SALES' as const, count: 4 },
    ],
    byPriority: [{ priority: 'MUST' as const, count: 6 }],
  };

  it('shows every department in order, a department nobody asked from as 0', () => {
    const { departments } = countBars(counts);

    expect(departments.map((bar) => [bar.key, bar.count])).toEqual([
      ['SALES', 4],
      ['MARKETING', 0],
      ['FINANCE', 0],
      ['SERVICE', 0],
      ['IT', 2],
      ['MANAGEMENT', 0],
      ['CUSTOMER', 0],
    ]);
  });

  it('sizes bars against the largest of their group', () => {
    const { departments, priorities } = countBars(counts);

    expect(departments.find((bar) => bar.key === 'SALES')?.percentOfLargest).toBe(100);
    expect(departments.find((bar) => bar.key === 'IT')?.percentOfLargest).toBe(50);
    expect(priorities.map((bar) => bar.percentOfLargest)).toEqual([100, 0, 0, 0]);
    expect(priorities[0].label).toBe('Must have');
  });

  it('an empty project has empty bars, not a division by zero', () => {
    const { departments } = countBars({ total: 0, byDepartment: [], byPriority: [] });

    expect(departments.every((bar) => bar.count === 0 && bar.percentOfLargest === 0)).toBe(true);
  });
});
