import { describe, expect, it } from 'vitest';

import { goLiveOutsidePhaseReason } from '../rollout/wave-go-live';
import { programHealth } from './program-health';

describe('program health and a wave going live outside the rollout phase', () => {
  const calm = { overdueMilestones: [], unownedOpenTasks: 0, unownedCriticalTasks: 0, unfilledRoles: [], overAllocatedPeople: [], liveWaves: [], kpis: [], openRisks: [] };

  it('a wave going live after the rollout phase ends turns the schedule amber, with the warning as its reason', () => {
    const warning = goLiveOutsidePhaseReason('Wave Italy', '2027-07-15', { plannedStart: '2027-01-01', plannedEnd: '2027-07-01' });
    expect(programHealth({ ...calm, wavesGoingLiveOutsidePhase: [{ name: 'Wave Italy', warning }] })).toEqual({
      status: 'AMBER',
      reasons: [
        {
          area: 'SCHEDULE',
          status: 'AMBER',
          message: 'Wave Italy goes live on 2027-07-15, after the rollout phase ends (2027-07-01).',
          reason: { code: 'WAVE_GO_LIVE_OUTSIDE_PHASE', params: { wave: 'Wave Italy', goLiveDate: '2027-07-15', side: 'AFTER', phaseDate: '2027-07-01' } },
        },
      ],
    });
  });

  it('no wave outside the phase adds no reason', () => {
    expect(programHealth({ ...calm, wavesGoingLiveOutsidePhase: [] }).status).toBe('GREEN');
  });
});
