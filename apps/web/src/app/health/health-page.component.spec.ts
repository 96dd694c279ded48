import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

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
          { __typename: 'HealthReason', area: 'SCHEDULE', status: 'AMBER', message: '1 milestone overdue.' },
          { __typename: 'HealthReason', area: 'TRAINING', status: 'RED', message: 'Wave 1 is live with no training planned in its first 90 days.' },
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
    expect([...page.querySelectorAll<HTMLElement>('[data-testid="health-reason"]')].map((r) => r.dataset['status'])).toEqual(['RED', 'AMBER']);
    expect(page.querySelector('[data-testid="health-training"]')?.textContent).toContain('0 of 3–4 sessions — none planned');
    expect(page.querySelector('[data-testid="health-generated"]')?.textContent).toContain('2026');
  });

  it('prints the status report', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);

    (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('[data-testid="print-report"]')?.click();

    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});
