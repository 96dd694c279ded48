import { describe, expect, it } from 'vitest';

import { adoptionPercent, inactivityReason, waveAdoption } from './adoption-windows';

const goLive = '2026-11-02';
const today = '2026-12-04';
const users = [
  { personId: 'ines', businessUnit: 'Sales' },
  { personId: 'tomas', businessUnit: 'Sales' },
  { personId: 'amara', businessUnit: 'Service' },
  { personId: 'kofi', businessUnit: null },
];

describe('waveAdoption', () => {
  it('someone active yesterday counts in both windows, 20 days ago only in the 30-day one', () => {
    const result = waveAdoption(goLive, today, users, [
      { personId: 'ines', day: '2026-12-03' },
      { personId: 'tomas', day: '2026-11-14' },
    ]);
    expect(result).toMatchObject({ licensedUsers: 4, active7: 1, active30: 2, ratio: 0.5 });
  });

  it('day 7 back is in the short window and day 8 is not; day 30 back is out of the month', () => {
    const result = waveAdoption(goLive, today, users, [
      { personId: 'ines', day: '2026-11-28' },
      { personId: 'tomas', day: '2026-11-27' },
      { personId: 'amara', day: '2026-11-04' },
    ]);
    expect(result).toMatchObject({ active7: 1, active30: 2 });
  });

  it('splits the figures by business unit, people without one last', () => {
    const result = waveAdoption(goLive, today, users, [{ personId: 'amara', day: '2026-12-01' }]);
    expect(result.byBusinessUnit).toEqual([
      { businessUnit: 'Sales', licensedUsers: 2, active7: 0, active30: 0, ratio: 0 },
      { businessUnit: 'Service', licensedUsers: 1, active7: 1, active30: 1, ratio: 1 },
      { businessUnit: null, licensedUsers: 1, active7: 0, active30: 0, ratio: 0 },
    ]);
  });

  it('a person in scope and added by hand is licensed once', () => {
    expect(waveAdoption(goLive, today, [...users, users[0]], []).licensedUsers).toBe(4);
  });

  it('a wave without users has no ratio', () => {
    expect(waveAdoption(goLive, today, [], []).ratio).toBeNull();
  });

  it('lists who is inactive with the reason', () => {
    const result = waveAdoption(goLive, today, users, [
      { personId: 'ines', day: '2026-12-03' },
      { personId: 'tomas', day: '2026-11-10' },
      { personId: 'amara', day: '2026-10-20' },
    ]);
    expect(result.inactive).toEqual([
      { personId: 'tomas', reason: { code: 'NO_ACTIVITY_FOR_DAYS', params: { lastActiveOn: '2026-11-10', days: 24 } } },
      { personId: 'amara', reason: { code: 'INACTIVE_SINCE_GO_LIVE', params: { goLiveDate: goLive, days: 32 } } },
      { personId: 'kofi', reason: { code: 'INACTIVE_SINCE_GO_LIVE', params: { goLiveDate: goLive, days: 32 } } },
    ]);
  });
});

describe('inactivityReason', () => {
  it('nobody is inactive in the first 14 days after go-live', () => {
    expect(inactivityReason(goLive, '2026-11-15', undefined)).toBeNull();
    expect(inactivityReason(goLive, '2026-11-16', undefined)?.code).toBe('INACTIVE_SINCE_GO_LIVE');
  });

  it('13 days without use is fine, 14 is inactive', () => {
    expect(inactivityReason(goLive, today, '2026-11-21')).toBeNull();
    expect(inactivityReason(goLive, today, '2026-11-20')).toEqual({ code: 'NO_ACTIVITY_FOR_DAYS', params: { lastActiveOn: '2026-11-20', days: 14 } });
  });

  it('use before go-live (in training) does not count', () => {
    expect(inactivityReason(goLive, today, '2026-11-01')?.code).toBe('INACTIVE_SINCE_GO_LIVE');
  });
});

describe('adoptionPercent', () => {
  it('records the ratio as a percentage with one decimal', () => {
    expect(adoptionPercent(2 / 3)).toBe(66.7);
  });
});
