import { describe, expect, it } from 'vitest';

import { goLiveForecast, type CompletedWork, type ForecastRequest } from './go-live-forecast';
import { workingCalendar } from './working-days';

// Today is Wednesday 3 March 2027; the four weeks looked at are the seven days ending today
// (25 February – 3 March), then 18–24, 11–17 and 4–10 February.
const today = '2027-03-03';
const weekDays = ['2027-03-01', '2027-02-22', '2027-02-15', '2027-02-08'];
const paced = (hoursNewestFirst: number[]): CompletedWork[] => hoursNewestFirst.map((estimateHours, week) => ({ day: weekDays[week], estimateHours }));

const request = (overrides: Partial<ForecastRequest>): ForecastRequest => ({
  today,
  criticalTaskIds: ['design', 'build', 'test', 'goLive'],
  tasks: [
    { id: 'design', estimateHours: 30, done: true },
    { id: 'build', estimateHours: 50, done: false },
    { id: 'test', estimateHours: 30, done: false },
    { id: 'goLive', estimateHours: 0, done: false },
    { id: 'docs', estimateHours: 200, done: false },
  ],
  completed: paced([20, 20, 20, 20]),
  targetGoLive: '2027-04-30',
  ...overrides,
});

describe('goLiveForecast', () => {
  it('at a steady 20 hours a week, 80 critical hours take four weeks: done on 31 March, well before the target', () => {
    const forecast = goLiveForecast(request({}));
    expect(forecast).toMatchObject({
      status: 'ON_TRACK',
      remainingHours: 80,
      hoursPerWeek: 20,
      weeklyHours: [20, 20, 20, 20],
      forecastDate: '2027-03-31',
      earliest: '2027-03-31',
      latest: '2027-03-31',
      slipDays: 0,
    });
  });

  it('the drivers are the critical tasks not done, in chain order; work off the chain is not counted', () => {
    const forecast = goLiveForecast(request({}));
    expect(forecast.drivers).toEqual(['build', 'test', 'goLive']);
    expect(forecast.remainingHours).toBe(80);
  });

  it('the range runs from the fastest week’s pace to the slowest one’s', () => {
    const forecast = goLiveForecast(request({ completed: paced([10, 30, 20, 20]) }));
    expect(forecast.hoursPerWeek).toBe(20);
    expect(forecast.forecastDate).toBe('2027-03-31');
    // 80 hours at 30 a week is 13⅓ working days, so the 14th; at 10 a week eight weeks.
    expect(forecast.earliest).toBe('2027-03-23');
    expect(forecast.latest).toBe('2027-04-28');
  });

  it('a program whose pace has dropped slips past its target, by so many working days', () => {
    const forecast = goLiveForecast(request({ completed: paced([10, 30, 20, 20]), targetGoLive: '2027-03-26' }));
    expect(forecast.status).toBe('SLIPPING');
    expect(forecast.slipDays).toBe(3);
  });

  it('fits at the average pace but not at the slowest week’s: at risk', () => {
    expect(goLiveForecast(request({ completed: paced([10, 30, 20, 20]), targetGoLive: '2027-04-15' })).status).toBe('AT_RISK');
  });

  it('a week that finished nothing leaves the slow end open', () => {
    const forecast = goLiveForecast(request({ completed: paced([40, 0, 20, 20]), targetGoLive: '2027-04-30' }));
    expect(forecast.forecastDate).toBe('2027-03-31');
    expect(forecast.latest).toBeNull();
    expect(forecast.status).toBe('AT_RISK');
  });

  it('with nothing finished in the last four weeks there is no pace and no date, but the drivers are named', () => {
    const forecast = goLiveForecast(request({ completed: [{ day: '2027-02-01', estimateHours: 100 }] }));
    expect(forecast).toMatchObject({ status: 'NO_PACE', forecastDate: null, earliest: null, latest: null, hoursPerWeek: 0 });
    expect(forecast.drivers).toEqual(['build', 'test', 'goLive']);
  });

  it('work dated after today does not count toward the pace', () => {
    expect(goLiveForecast(request({ completed: [{ day: '2027-03-04', estimateHours: 100 }] })).status).toBe('NO_PACE');
  });

  it('the pace can be judged over another number of weeks', () => {
    const forecast = goLiveForecast(request({ completed: paced([40, 0, 0, 0]), weeks: 1 }));
    expect(forecast.hoursPerWeek).toBe(40);
    expect(forecast.forecastDate).toBe('2027-03-17');
  });

  it('public holidays push the date out: Easter in Germany moves 31 March to 2 April', () => {
    const forecast = goLiveForecast(request({ calendar: workingCalendar(['2027-03-26', '2027-03-29']) }));
    expect(forecast.forecastDate).toBe('2027-04-02');
  });

  it('critical tasks without an estimate are named, since the date cannot count them', () => {
    const tasks = request({}).tasks.map((t) => (t.id === 'test' ? { ...t, estimateHours: null } : t));
    const forecast = goLiveForecast(request({ tasks }));
    expect(forecast.unestimated).toEqual(['test']);
    expect(forecast.remainingHours).toBe(50);
  });

  it('with all critical work done the program can go live today', () => {
    const tasks = request({}).tasks.map((t) => ({ ...t, done: true }));
    expect(goLiveForecast(request({ tasks, completed: [] }))).toMatchObject({ status: 'ON_TRACK', forecastDate: today, drivers: [], slipDays: 0 });
  });

  it('without a target go-live nothing can slip', () => {
    expect(goLiveForecast(request({ completed: paced([1, 1, 1, 1]), targetGoLive: null })).status).toBe('ON_TRACK');
  });
});
