import { describe, expect, it } from 'vitest';

import { waveCoverage } from './wave-coverage';

describe('waveCoverage', () => {
  it('a wave with its own trainer is covered by them, whoever the program trainer is', () => {
    expect(waveCoverage({ inWave: true, waveHolderId: 'nina', programHolderId: 'tom', openTasks: 3 })).toEqual({ source: 'WAVE', personId: 'nina', gap: false, unownedTasks: 0 });
  });

  it('a wave without its own trainer falls back to the program trainer: no gap', () => {
    expect(waveCoverage({ inWave: true, waveHolderId: null, programHolderId: 'tom', openTasks: 3 })).toEqual({ source: 'PROGRAM', personId: 'tom', gap: false, unownedTasks: 0 });
  });

  it('nobody in the wave and nobody program-wide is a gap, counting the wave’s open tasks of the role', () => {
    expect(waveCoverage({ inWave: true, waveHolderId: null, programHolderId: null, openTasks: 2 })).toEqual({ source: 'NOBODY', personId: null, gap: true, unownedTasks: 2 });
  });

  it('a gap without open tasks in the wave is still a gap, with nothing unowned yet', () => {
    expect(waveCoverage({ inWave: true, programHolderId: null })).toEqual({ source: 'NOBODY', personId: null, gap: true, unownedTasks: 0 });
  });

  it('the program-wide column is the program holder, or a gap', () => {
    expect(waveCoverage({ inWave: false, programHolderId: 'tom' })).toEqual({ source: 'PROGRAM', personId: 'tom', gap: false, unownedTasks: 0 });
    expect(waveCoverage({ inWave: false, programHolderId: null, openTasks: 4 })).toMatchObject({ source: 'NOBODY', gap: true, unownedTasks: 4 });
  });
});
