import { describe, expect, it } from 'vitest';

import { dependencyCycle } from './dependency-cycle';

describe('dependencyCycle', () => {
  const chain = [
    { taskId: 'c', dependsOnId: 'b' },
    { taskId: 'b', dependsOnId: 'a' },
  ];

  it('allows a dependency that keeps the plan acyclic', () => {
    expect(dependencyCycle(chain, { taskId: 'd', dependsOnId: 'c' })).toBeNull();
  });

  it('names the whole loop when the first task would wait for the last', () => {
    expect(dependencyCycle(chain, { taskId: 'a', dependsOnId: 'c' })).toEqual(['a', 'c', 'b', 'a']);
  });

  it('refuses a task that waits for itself', () => {
    expect(dependencyCycle([], { taskId: 'a', dependsOnId: 'a' })).toEqual(['a', 'a']);
  });

  it('allows diamonds, which are not loops', () => {
    const diamond = [
      { taskId: 'b', dependsOnId: 'a' },
      { taskId: 'c', dependsOnId: 'a' },
      { taskId: 'd', dependsOnId: 'b' },
    ];
    expect(dependencyCycle(diamond, { taskId: 'd', dependsOnId: 'c' })).toBeNull();
  });
});
