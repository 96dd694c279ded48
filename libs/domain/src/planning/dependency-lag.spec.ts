import { describe, expect, it } from 'vitest';

import { dependencyLagLabel, dependencyLagProblem, MAX_DEPENDENCY_LAG_DAYS } from './dependency-lag';

describe('dependency lag', () => {
  it('accepts a wait or an overlap of up to a year of working days', () => {
    expect(dependencyLagProblem(0)).toBeNull();
    expect(dependencyLagProblem(MAX_DEPENDENCY_LAG_DAYS)).toBeNull();
    expect(dependencyLagProblem(-MAX_DEPENDENCY_LAG_DAYS)).toBeNull();
  });

  it('refuses more than a year either way, and parts of days', () => {
    expect(dependencyLagProblem(366)).toEqual({ code: 'LAG_OUT_OF_RANGE', params: { max: 365 } });
    expect(dependencyLagProblem(-366)).toEqual({ code: 'LAG_OUT_OF_RANGE', params: { max: 365 } });
    expect(dependencyLagProblem(1.5)).toEqual({ code: 'LAG_NOT_WHOLE_DAYS', params: {} });
  });

  it('shows a wait with a plus, an overlap with a minus, and nothing without lag', () => {
    expect(dependencyLagLabel(2)).toBe('+2 d');
    expect(dependencyLagLabel(-1)).toBe('-1 d');
    expect(dependencyLagLabel(0)).toBeNull();
  });
});
