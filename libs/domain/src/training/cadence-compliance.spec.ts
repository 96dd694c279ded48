import { describe, expect, it } from 'vitest';

import { localDate } from '../time/zoned-time';
import { cadenceCompliance } from './cadence-compliance';

const at = (date: string, time = '10:00:00Z') => ({ startsAt: `${date}T${time}`, timeZone: 'UTC' });

describe('cadenceCompliance', () => {
  const goLive = '2027-03-01';

  it('no session after go-live is NOT_PLANNED, and the whole window is one gap', () => {
    expect(cadenceCompliance(goLive, [])).toEqual({
      status: 'NOT_PLANNED',
      sessionsInWindow: 0,
      windowStart: '2027-03-01',
      windowEnd: '2027-05-30',
      gaps: [{ from: '2027-03-01', to: '2027-05-30', days: 90 }],
    });
  });

  it('two sessions in the window is UNDER', () => {
    expect(cadenceCompliance(goLive, [at('2027-03-05'), at('2027-04-01')]).status).toBe('UNDER');
  });

  it('three sessions in the window is ON_TRACK', () => {
    expect(cadenceCompliance(goLive, [at('2027-03-05'), at('2027-04-01'), at('2027-05-01')]).status).toBe('ON_TRACK');
  });

  it('four is still ON_TRACK and five is OVER', () => {
    const four = ['2027-03-05', '2027-03-25', '2027-04-15', '2027-05-10'].map((d) => at(d));
    expect(cadenceCompliance(goLive, four).status).toBe('ON_TRACK');
    expect(cadenceCompliance(goLive, [...four, at('2027-05-20')]).status).toBe('OVER');
  });

  it('a session on day 90 counts and one on day 91 does not', () => {
    expect(cadenceCompliance(goLive, [at('2027-05-30')]).sessionsInWindow).toBe(1);
    expect(cadenceCompliance(goLive, [at('2027-05-31')]).sessionsInWindow).toBe(0);
  });

  it('sessions before go-live do not count', () => {
    expect(cadenceCompliance(goLive, [at('2027-02-28')]).sessionsInWindow).toBe(0);
  });

  it('judges a session by the calendar day where it takes place', () => {
    // 23:30 on 30 May in New York is already 31 May in UTC: still day 90 for that wave.
    const evening = { startsAt: '2027-05-31T03:30:00Z', timeZone: 'America/New_York' };
    expect(localDate(evening.startsAt, evening.timeZone)).toBe('2027-05-30');
    expect(cadenceCompliance(goLive, [evening]).sessionsInWindow).toBe(1);
    // 00:30 on 1 March in Berlin is still 28 February in UTC: it counts from go-live day.
    expect(cadenceCompliance(goLive, [{ startsAt: '2027-02-28T23:30:00Z', timeZone: 'Europe/Berlin' }]).sessionsInWindow).toBe(1);
  });

  it('reports every stretch longer than 30 days without a session', () => {
    const result = cadenceCompliance(goLive, [at('2027-03-10'), at('2027-04-09'), at('2027-05-15')]);
    // 10 Mar → 9 Apr is exactly 30 days: not a gap. 9 Apr → 15 May is 36 days.
    expect(result.gaps).toEqual([{ from: '2027-04-09', to: '2027-05-15', days: 36 }]);
  });
});

describe('cadenceCompliance: gaps and catch-up sessions', () => {
  const goLive = '2027-03-01';
  // Day 30, 60 and 90 after go-live: every stretch is exactly 30 days.
  const everyThirtyDays = [at('2027-03-31'), at('2027-04-30'), at('2027-05-30')];

  it('three sessions with no stretch over 30 days is ON_TRACK', () => {
    const result = cadenceCompliance(goLive, everyThirtyDays);
    expect(result.gaps).toEqual([]);
    expect(result.status).toBe('ON_TRACK');
  });

  it('three sessions with a 31-day stretch is GAP', () => {
    // Go-live → first session is 31 days.
    const result = cadenceCompliance(goLive, [at('2027-04-01'), at('2027-04-30'), at('2027-05-30')]);
    expect(result.gaps).toEqual([{ from: '2027-03-01', to: '2027-04-01', days: 31 }]);
    expect(result.status).toBe('GAP');
  });

  it('three sessions and a 45-day stretch is GAP, not a green ON_TRACK', () => {
    const result = cadenceCompliance(goLive, [at('2027-03-10'), at('2027-03-20'), at('2027-05-04')]);
    expect(result.gaps).toEqual([{ from: '2027-03-20', to: '2027-05-04', days: 45 }]);
    expect(result.status).toBe('GAP');
  });

  it('the stretch from the last session to day 90 counts: ending on day 59 leaves a 31-day gap', () => {
    const result = cadenceCompliance(goLive, [at('2027-03-20'), at('2027-04-10'), at('2027-04-29')]);
    expect(result.gaps).toEqual([{ from: '2027-04-29', to: '2027-05-30', days: 31 }]);
    expect(result.status).toBe('GAP');
  });

  it('a session on go-live day (day 0) counts and starts the first stretch', () => {
    const result = cadenceCompliance(goLive, [at('2027-03-01'), at('2027-03-31'), at('2027-04-30'), at('2027-05-30')]);
    expect(result.sessionsInWindow).toBe(4);
    expect(result.status).toBe('ON_TRACK');
  });

  it('two sessions are UNDER even with gaps, and UNDER even without any', () => {
    expect(cadenceCompliance(goLive, [at('2027-03-05'), at('2027-03-10')]).status).toBe('UNDER');
    // Day 30 and 60: three stretches of exactly 30 days, still too few sessions.
    const spread = cadenceCompliance(goLive, [at('2027-03-31'), at('2027-04-30')]);
    expect(spread.gaps).toEqual([]);
    expect(spread.status).toBe('UNDER');
  });

  it('five sessions with a gap is GAP; five without one is OVER', () => {
    const clumped = ['2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06'].map((d) => at(d));
    expect(cadenceCompliance(goLive, clumped).status).toBe('GAP');
    expect(cadenceCompliance(goLive, [...everyThirtyDays, at('2027-03-15'), at('2027-04-15')]).status).toBe('OVER');
  });

  it('a catch-up session is not counted and does not close a gap', () => {
    const regular = [at('2027-03-10'), at('2027-03-20'), at('2027-05-04')];
    const catchUp = { ...at('2027-04-12'), catchUp: true };
    const result = cadenceCompliance(goLive, [...regular, catchUp]);
    expect(result.sessionsInWindow).toBe(3);
    expect(result.status).toBe('GAP');
  });

  it('a catch-up session does not turn two sessions into three', () => {
    const result = cadenceCompliance(goLive, [at('2027-03-31'), at('2027-04-30'), { ...at('2027-05-30'), catchUp: true }]);
    expect(result.sessionsInWindow).toBe(2);
    expect(result.status).toBe('UNDER');
  });
});
