import { describe, expect, it } from 'vitest';

import { chartFrameLabel } from './frame-label';

describe('what a screen reader hears of the timeline', () => {
  it('counts one of a kind in the singular', () => {
    expect(chartFrameLabel(1, 1, 1)).toBe('Timeline of 1 phase, 1 milestone and 1 task');
  });

  it('counts none or several in the plural', () => {
    expect(chartFrameLabel(3, 0, 12)).toBe('Timeline of 3 phases, 0 milestones and 12 tasks');
  });
});
