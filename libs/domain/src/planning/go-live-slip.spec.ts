import { describe, expect, it } from 'vitest';

import { goLiveForecast } from './go-live-forecast';
import { goLiveSlip, goLiveSlipVerdict } from './go-live-slip';
import { workingCalendar } from './working-days';

const drivers = ['build', 'test', 'train', 'migrate', 'cutOver'];

describe('goLiveSlipVerdict', () => {
  it('a forecast on the target day itself is no slip', () => {
    expect(goLiveSlipVerdict({ forecastDate: '2027-04-30', latest: '2027-04-30' }, '2027-04-30')).toBe('NONE');
  });

  it('a forecast a day past the target is slipping', () => {
    expect(goLiveSlipVerdict({ forecastDate: '2027-05-03', latest: '2027-05-20' }, '2027-04-30')).toBe('SLIPPING');
  });

  it('only the slow end of the range past the target is at risk', () => {
    expect(goLiveSlipVerdict({ forecastDate: '2027-04-20', latest: '2027-05-20' }, '2027-04-30')).toBe('AT_RISK');
  });

  it('an open slow end (a week finished nothing) is at risk', () => {
    expect(goLiveSlipVerdict({ forecastDate: '2027-04-20', latest: null }, '2027-04-30')).toBe('AT_RISK');
  });

  it('without a forecast (no pace yet) or without a target there is nothing to warn about', () => {
    expect(goLiveSlipVerdict({ forecastDate: null, latest: null }, '2027-04-30')).toBe('NONE');
    expect(goLiveSlipVerdict({ forecastDate: '2027-06-01', latest: '2027-06-01' }, null)).toBe('NONE');
  });
});

describe('goLiveSlip', () => {
  const base = { latest: '2027-05-14', targetDate: '2027-04-30', drivers, paceWeeks: 4 };

  it('a forecast a week and a day past a Friday target slips by six working days and names the first three drivers', () => {
    // Friday 30 April to Monday 10 May 2027: 3, 4, 5, 6, 7 and 10 May.
    expect(goLiveSlip({ ...base, forecastDate: '2027-05-10' })).toEqual({
      verdict: 'SLIPPING',
      forecastDate: '2027-05-10',
      latest: '2027-05-14',
      targetDate: '2027-04-30',
      slipDays: 6,
      latestSlipDays: 10,
      drivers: ['build', 'test', 'train'],
      moreDrivers: 2,
      paceWeeks: 4,
    });
  });

  it('counts the slip over the program’s holidays', () => {
    const calendar = workingCalendar(['2027-05-06']);
    expect(goLiveSlip({ ...base, forecastDate: '2027-05-10', calendar })?.slipDays).toBe(5);
  });

  it('at risk, the forecast itself does not slip; the slow end tells by how much it could', () => {
    expect(goLiveSlip({ ...base, forecastDate: '2027-04-28' })).toMatchObject({ verdict: 'AT_RISK', slipDays: 0, latestSlipDays: 10 });
    expect(goLiveSlip({ ...base, forecastDate: '2027-04-28', latest: null })).toMatchObject({ verdict: 'AT_RISK', latestSlipDays: null });
  });

  it('a forecast within the target, or none at all, raises no warning', () => {
    expect(goLiveSlip({ ...base, forecastDate: '2027-04-20', latest: '2027-04-30' })).toBeNull();
    expect(goLiveSlip({ ...base, forecastDate: null, latest: null })).toBeNull();
  });

  it('names as many drivers as asked, all of them when there are fewer', () => {
    expect(goLiveSlip({ ...base, forecastDate: '2027-05-10', named: 1 })).toMatchObject({ drivers: ['build'], moreDrivers: 4 });
    expect(goLiveSlip({ ...base, forecastDate: '2027-05-10', drivers: ['build'] })).toMatchObject({ drivers: ['build'], moreDrivers: 0 });
  });

  it('agrees with the forecast’s own status and slip on the same numbers', () => {
    const forecast = goLiveForecast({
      today: '2027-03-03',
      criticalTaskIds: ['build', 'test'],
      tasks: [
        { id: 'build', estimateHours: 50, done: false },
        { id: 'test', estimateHours: 30, done: false },
      ],
      completed: [
        { day: '2027-03-01', estimateHours: 10 },
        { day: '2027-02-22', estimateHours: 30 },
        { day: '2027-02-15', estimateHours: 20 },
        { day: '2027-02-08', estimateHours: 20 },
      ],
      targetGoLive: '2027-03-26',
    });
    const slip = goLiveSlip({ ...forecast, targetDate: '2027-03-26', paceWeeks: 4 });
    expect(slip).toMatchObject({ verdict: forecast.status, slipDays: forecast.slipDays, drivers: ['build', 'test'] });
  });
});
