import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { formatDay as day } from '../shared/dates/calendar-days';
import { GoLiveForecastCardComponent } from './go-live-forecast-card.component';

const forecast = (overrides: Record<string, unknown> = {}) => ({
  goLiveForecast: {
    __typename: 'GoLiveForecast',
    status: 'SLIPPING',
    forecastDate: '2027-05-10',
    earliest: '2027-04-26',
    latest: '2027-05-24',
    targetGoLiveDate: '2027-04-30',
    slipDays: 6,
    remainingHours: 80,
    hoursPerWeek: 20,
    weeks: 4,
    drivers: ['Build the integration', 'Test the integration', 'Train the key users', 'Cut over'].map((title, i) => ({ __typename: 'Task', id: `t${i + 1}`, title })),
    unestimatedTaskIds: [],
    ...overrides,
  },
});

describe('GoLiveForecastCardComponent', () => {
  let fixture: ComponentFixture<GoLiveForecastCardComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideRouter([])] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(GoLiveForecastCardComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
  });

  afterEach(() => apollo.verify());

  const card = () => fixture.nativeElement as HTMLElement;
  const all = (testId: string) => [...card().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
  const text = (testId: string) => all(testId)[0]?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

  async function answer(data: ReturnType<typeof forecast>): Promise<void> {
    const request = apollo.expectOne('OverviewGoLiveForecast');
    expect(request.operation.variables).toEqual({ projectId: 'p1' });
    request.flushData(data);
    await fixture.whenStable();
  }

  it('says it is working, then shows a slipping forecast with its range, the target and the first three driving tasks as links', async () => {
    expect(text('forecast-loading')).toBe('Working out the forecast…');
    await answer(forecast());

    expect(all('forecast-verdict')[0].dataset['tone']).toBe('slipping');
    // Words and a symbol, not a colour alone.
    expect(text('forecast-verdict')).toBe('▲Slipping 6 working days');
    expect(text('forecast-date')).toBe(day('2027-05-10'));
    expect(text('forecast-range')).toBe(`Between ${day('2027-04-26')} and ${day('2027-05-24')}`);
    expect(text('forecast-target')).toBe(`Target go-live ${day('2027-04-30')}`);
    expect(card().textContent).toContain(`At this pace the go-live lands 6 working days after the target of ${day('2027-04-30')}.`);
    const links = all('forecast-driver');
    expect(links.map((a) => a.textContent?.trim())).toEqual(['Build the integration', 'Test the integration', 'Train the key users']);
    expect(links[0].getAttribute('href')).toBe('/projects/p1/board?task=t1');
    expect(card().textContent).toContain('and 1 more on the critical path');
  });

  it('explains how the date is worked out, on a button a keyboard can reach', async () => {
    await answer(forecast());
    const how = all('forecast-explanation')[0];
    expect(how.tagName).toBe('BUTTON');
    expect(how.getAttribute('aria-label')).toBe('How the forecast is worked out');
    expect(how.getAttribute('aria-description')).toBe(
      'The estimate-hours still open on the critical path (80 hours), divided by the estimate-hours the team finished per week over the last 4 weeks (20 hours a week on average), counted in working days from today. The range runs from the fastest of those weeks to the slowest.',
    );
  });

  it('without work finished lately it says there is not enough progress to forecast, and raises no alarm', async () => {
    await answer(forecast({ status: 'NO_PACE', forecastDate: null, earliest: null, latest: null, slipDays: 0, hoursPerWeek: 0 }));

    expect(all('forecast-verdict')[0].dataset['tone']).toBe('no-pace');
    expect(text('forecast-verdict')).toBe('…Not enough progress yet');
    expect(text('forecast-empty')).toContain('Nothing on the plan was marked done in the last 4 weeks');
    expect(all('forecast-date')).toEqual([]);
    expect(all('forecast-driver')).toEqual([]);
  });

  it('on track and at risk say so, and name drivers without an estimate', async () => {
    await answer(forecast({ status: 'AT_RISK', forecastDate: '2027-04-28', latest: null, slipDays: 0, unestimatedTaskIds: ['t2'] }));

    expect(text('forecast-verdict')).toBe('!At risk');
    expect(text('forecast-range')).toBe(`From ${day('2027-04-26')}; no latest date, as a week finished nothing`);
    expect(text('forecast-unestimated')).toBe('1 driving task has no estimate, so the date leaves its work out and may be early.');
  });

  it('offers to try again when the forecast cannot be loaded', async () => {
    apollo.expectOne('OverviewGoLiveForecast').networkError(new Error('offline'));
    await fixture.whenStable();
    expect(card().textContent).toContain('We could not work out the forecast.');
    const retry = [...card().querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Try again'));
    retry?.click();
    await answer(forecast({ status: 'ON_TRACK', forecastDate: '2027-04-20', earliest: '2027-04-20', latest: '2027-04-20', slipDays: 0 }));
    expect(text('forecast-verdict')).toBe('✓On track');
    expect(all('forecast-range')).toEqual([]);
  });
});
