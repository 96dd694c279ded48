import { describe, expect, it } from 'vitest';

import { isBackward, processTransitionBlocker } from './process-status';

describe('process status gate', () => {
  it('refuses automating a redesigned process that was never validated, and says why', () => {
    expect(processTransitionBlocker('REDESIGNED', 'AUTOMATED')).toEqual({ code: 'PROCESS_NOT_VALIDATED_YET', params: { status: 'REDESIGNED' } });
  });

  it('refuses jumping from documented straight to automated', () => {
    expect(processTransitionBlocker('DOCUMENTED', 'AUTOMATED')).not.toBeNull();
  });

  it('allows automating a validated process', () => {
    expect(processTransitionBlocker('VALIDATED', 'AUTOMATED')).toBeNull();
  });

  it('allows going back for rework, and knows it is a step back', () => {
    expect(processTransitionBlocker('AUTOMATED', 'REDESIGNED')).toBeNull();
    expect(isBackward('AUTOMATED', 'REDESIGNED')).toBe(true);
    expect(isBackward('DOCUMENTED', 'VALIDATED')).toBe(false);
  });
});
