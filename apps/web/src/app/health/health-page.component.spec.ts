import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { formatDay as day } from '../shared/dates/calendar-days';
import { HealthPageComponent } from './health-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('HealthPageComponent', () => {
  let fixture: ComponentFixture<HealthPageComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideRouter([])] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(HealthPageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
    apollo.expectOne('HealthPage').flushData({
      project: {
        __typename: 'Project',
        id: 'p1',
        name: 'Northwind CRM',
        crmProduct: 'Dynamics 365',
        startDate: '2026-01-05',
        targetGoLiveDate: '2026-09-30',
        phases: [
          { __typename: 'Phase', id: 'ph1', name: 'Needs analysis', status: 'COMPLETED', progress: { __typename: 'PhaseProgress', ratio: 1, doneTasks: 2, totalTasks: 2 } },
        ],
        nextMilestone: { __typename: 'Milestone', id: 'm1', name: 'Vendor selected', dueDate: '2026-04-30', overdue: false },
      },
      projectHealth: {
        __typename: 'ProjectHealth',
        status: 'RED',
        reasons: [],
        reasonDetails: [
          {
            __typename: 'HealthReason',
            area: 'SCHEDULE',
            status: 'AMBER',
            message: '1 milestone overdue.',
            code: null,
            goLiveSlip: null,
            reason: { __typename: 'Message', code: 'SOMETHING_THIS_CLIENT_DOES_NOT_KNOW', params: [], text: '1 milestone overdue.' },
          },
          {
            __typename: 'HealthReason',
            area: 'TRAINING',
            status: 'RED',
            message: 'Wave 1 is live with no training planned in its first 90 days.',
            code: null,
            goLiveSlip: null,
            reason: {
              __typename: 'Message',
              code: 'WAVE_TRAINING_NOT_PLANNED',
              params: [{ __typename: 'MessageParam', name: 'wave', value: 'Wave 1' }],
              text: 'Wave 1 is live with no training planned in its first 90 days.',
            },
          },
          {
            __typename: 'HealthReason',
            area: 'SCHEDULE',
            status: 'AMBER',
            message: 'At the pace of the last 4 weeks the go-live lands on 2026-09-25, within the target of 2026-09-30, but …',
            code: 'GO_LIVE_FORECAST_SLIP',
            reason: { __typename: 'Message', code: 'GO_LIVE_FORECAST_SLIP', params: [], text: 'At the pace of the last 4 weeks …' },
            goLiveSlip: {
              __typename: 'GoLiveSlip',
              verdict: 'AT_RISK',
              forecastDate: '2026-09-25',
              latest: '2026-10-09',
              targetDate: '2026-09-30',
              slipDays: 0,
              latestSlipDays: 7,
              drivers: [
                { __typename: 'HealthTask', id: 't1', title: 'Migrate the accounts' },
                { __typename: 'HealthTask', id: 't2', title: 'Train the key users' },
              ],
              moreDrivers: 2,
              paceWeeks: 4,
            },
          },
        ],
        generatedAt: '2026-03-10T09:00:00Z',
        overdueMilestones: 1,
        percentDone: 40,
        unownedOpenTasks: 0,
        unfilledRoles: [],
        overAllocatedPeople: 0,
        training: [
          { __typename: 'WaveTrainingHealth', waveId: 'w1', waveName: 'Wave 1', cadence: 'NOT_PLANNED', sessionsInWindow: 0, gaps: 1, retrainingCount: 0 },
        ],
        kpis: [{ __typename: 'NamedStatus', name: 'User adoption', status: 'AT_RISK' }],
        topRisks: [{ __typename: 'ScoredRisk', title: 'Lack of training', score: 16 }],
      },
    });
    await wait();
    await fixture.whenStable();
  });

  afterEach(() => apollo.verify());

  it('leads with the status in a word and lists the red reasons first', () => {
    const page = fixture.nativeElement as HTMLElement;
    const status = page.querySelector<HTMLElement>('[data-testid="health-status"]');

    expect(status?.dataset['status']).toBe('RED');
    expect(status?.textContent).toContain('At risk');
    expect([...page.querySelectorAll<HTMLElement>('[data-testid="health-reason"]')].map((r) => r.dataset['status'])).toEqual(['RED', 'AMBER', 'AMBER']);
    expect(page.querySelector('[data-testid="health-training"]')?.textContent).toContain('0 of 3–4 sessions — none planned');
    expect(page.querySelector('[data-testid="health-generated"]')?.textContent).toContain('2026');
  });

  it('words the go-live warning with its driving tasks as links that open them', () => {
    const page = fixture.nativeElement as HTMLElement;
    const drivers = [...page.querySelectorAll<HTMLAnchorElement>('[data-testid="health-slip-driver"]')];

    expect(page.querySelector('[data-testid="health-slip"]')?.closest('li')?.textContent).toMatch(/^Amber At the pace/);
    expect(page.querySelector('[data-testid="health-slip"]')?.textContent).toBe(
      `At the pace of the last 4 weeks the go-live lands on ${day('2026-09-25')}, within the target of ${day('2026-09-30')}, but at the slowest week’s pace it would pass it by 7 working days.`,
    );
    expect(drivers.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Migrate the accounts', '/projects/p1/board?task=t1'],
      ['Train the key users', '/projects/p1/board?task=t2'],
    ]);
    expect(page.querySelector('[data-testid="health-slip-drivers"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Driven by Migrate the accounts, Train the key users and 2 more on the critical path.',
    );
  });

  it('prints the status report', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);

    (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('[data-testid="print-report"]')?.click();

    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});
