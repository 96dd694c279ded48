import { describe, expect, it } from 'vitest';

import { STANDARD_TEMPLATE } from '../template/project-template';
import { GoLiveMilestoneCandidate, goLiveMilestoneToReuse, goLiveOutsidePhase, goLiveOutsidePhaseWarning, WAVE_GO_LIVE_TEMPLATE_KEYS } from './wave-go-live';

const pilot: GoLiveMilestoneCandidate = { id: 'pilot', templateKey: 'pilot-wave-live', dueDate: '2027-05-26', done: false, usedByWave: false };
const main: GoLiveMilestoneCandidate = { id: 'main', templateKey: 'go-live', dueDate: '2027-07-01', done: false, usedByWave: false };

describe('which milestone a new wave goes live on', () => {
  it('names only milestones the standard template plants in its rollout phase', () => {
    const rollout = STANDARD_TEMPLATE.phases.find((p) => p.kind === 'PHASED_ROLLOUT')!;
    expect(rollout.milestones.map((m) => m.key)).toEqual([...WAVE_GO_LIVE_TEMPLATE_KEYS]);
  });

  it('a wave planned early takes over the pilot wave milestone', () => {
    expect(goLiveMilestoneToReuse('2027-05-03', [pilot, main])).toBe('pilot');
  });

  it('a wave planned near the program go-live takes over the go-live milestone', () => {
    expect(goLiveMilestoneToReuse('2027-06-20', [pilot, main])).toBe('main');
  });

  it('a wave exactly between the two takes the earlier one', () => {
    expect(goLiveMilestoneToReuse('2027-06-13', [pilot, { ...main, dueDate: '2027-07-01' }])).toBe('pilot');
  });

  it('a milestone another wave already goes live on is not taken twice', () => {
    expect(goLiveMilestoneToReuse('2027-05-03', [{ ...pilot, usedByWave: true }, main])).toBe('main');
  });

  it('a done milestone is not taken', () => {
    expect(goLiveMilestoneToReuse('2027-05-03', [{ ...pilot, done: true }, main])).toBe('main');
  });

  it('a milestone added by hand is never taken, so the wave gets its own', () => {
    expect(goLiveMilestoneToReuse('2027-05-03', [{ ...pilot, templateKey: null }])).toBeNull();
  });

  it('once both template milestones are used, a third wave gets its own', () => {
    expect(goLiveMilestoneToReuse('2027-05-03', [{ ...pilot, usedByWave: true }, { ...main, usedByWave: true }])).toBeNull();
  });
});

describe('a go-live outside the rollout phase', () => {
  const phase = { plannedStart: '2027-04-02', plannedEnd: '2027-07-01' };

  it('on the first and the last day of the phase is inside', () => {
    expect(goLiveOutsidePhase('2027-04-02', phase)).toBe(false);
    expect(goLiveOutsidePhase('2027-07-01', phase)).toBe(false);
  });

  it('a day before the phase starts or a day after it ends is flagged', () => {
    expect(goLiveOutsidePhase('2027-04-01', phase)).toBe(true);
    expect(goLiveOutsidePhase('2027-07-02', phase)).toBe(true);
  });

  it('a phase without planned dates, or no rollout phase, flags nothing', () => {
    expect(goLiveOutsidePhase('2030-01-01', { plannedStart: null, plannedEnd: null })).toBe(false);
    expect(goLiveOutsidePhase('2030-01-01', null)).toBe(false);
  });

  it('says on which side of the phase the go-live falls', () => {
    expect(goLiveOutsidePhaseWarning('Wave Italy', '2027-07-15', phase)).toBe('Wave Italy goes live on 2027-07-15, after the rollout phase ends (2027-07-01).');
    expect(goLiveOutsidePhaseWarning('Wave Italy', '2027-03-01', phase)).toBe('Wave Italy goes live on 2027-03-01, before the rollout phase starts (2027-04-02).');
  });
});
