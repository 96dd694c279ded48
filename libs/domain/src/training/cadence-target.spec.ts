import { describe, expect, it } from 'vitest';

import { cadenceStatus } from './cadence-compliance';
import { CADENCE_MAX_SESSIONS, CADENCE_MIN_SESSIONS } from './cadence-target';

describe('cadence target', () => {
  it('the fewest sessions on track and the most on track are the bounds of ON_TRACK', () => {
    expect(cadenceStatus(CADENCE_MIN_SESSIONS - 1)).toBe('UNDER');
    expect(cadenceStatus(CADENCE_MIN_SESSIONS)).toBe('ON_TRACK');
    expect(cadenceStatus(CADENCE_MAX_SESSIONS)).toBe('ON_TRACK');
    expect(cadenceStatus(CADENCE_MAX_SESSIONS + 1)).toBe('OVER');
  });
});
