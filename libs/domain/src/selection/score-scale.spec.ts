import { describe, expect, it } from 'vitest';

import { isOnScoreScale } from './score-scale';

describe('score scale', () => {
  it('accepts whole and half points from 0 to 5', () => {
    expect([0, 0.5, 3, 4.5, 5].every(isOnScoreScale)).toBe(true);
  });

  it('refuses a quarter point, a negative score and anything above 5', () => {
    expect([0.25, -0.5, 5.5, Number.NaN].some(isOnScoreScale)).toBe(false);
  });
});
