import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { adoptionData } from '../adoption/testing/adoption-fixtures';
import { TrainingPageComponent } from './training-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const person = (id: string, name: string) => ({ __typename: 'Person', id, name });

function session(id: string, startsAt: string, attendance: [string, string, string][]) {
  return {
    __typename: 'TrainingSession',
    id,
    topic: `Session ${id}`,
    startsAt,
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    status: 'SCHEDULED',
    cancelReason: null as string | null,
    retraining: false,
    version: 3,
    location: 'Room 4.12',
    audience: '',
    trainer: person('t1', 'Tess Trainer'),
    materials: [],
    attendance: attendance.map(([personId, name, status]) => ({ __typename: 'AttendanceEntry', id: `${id}-${personId}`, person: person(personId, name), status })),
  };
}

function waveTraining(sessions: ReturnType<typeof session>[], status = 'UNDER') {
  return {
    trainingSessions: sessions,
    trainingCompliance: {
      __typename: 'TrainingCompliance',
      status,
      sessionsInWindow: sessions.length,
      windowStart: '2031-05-05',
      windowEnd: '2031-08-03',
      gaps: 1,
      gapDetails: [{ __typename: 'CadenceGap', from: '2031-05-20', to: '2031-08-03', days: 75 }],
    },
    retrainingList: [
      {
        __typename: 'RetrainingEntry',
        person: person('p2', 'Bo'),
        missed: 2,
        inactive: true,
        reason: 'Asked for help: How do I log a call from my phone?',
        reasonMessage: { __typename: 'Message', code: 'ASKED_FOR_HELP', params: [{ __typename: 'MessageParam', name: 'topic', value: 'How do I log a call from my phone?' }], text: 'Asked for help: How do I log a call from my phone?' },
      },
      { __typename: 'RetrainingEntry', person: person('p4', 'Cy'), missed: 0, inactive: true, reason: 'Noted by hand: never opened a deal', reasonMessage: null },
    ],
  };
}

describe('TrainingPageComponent', () => {
  let fixture: ComponentFixture<TrainingPageComponent>;
  let apollo: ApolloTestingController;

  async function settle(ms = 0): Promise<void> {
    await wait(ms);
    await fixture.whenStable();
    // Dialogs and the snackbar live outside the page's fixture.
    await TestBed.inject(ApplicationRef).whenStable();
  }

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  async function open(permission = 'EDITOR'): Promise<void> {
    fixture = TestBed.createComponent(TrainingPageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
    apollo.expectOne('TrainingFeedToken').flushData({ calendarFeedToken: 'secret-token' });
    apollo.expectOne('TrainingPage').flushData({
      project: { __typename: 'Project', id: 'p1', myPermission: permission },
      rolloutWaves: [
        { __typename: 'RolloutWave', id: 'w1', name: 'Wave 1 — Nordics', goLiveDate: '2031-05-05', status: 'LIVE', scope: ['Sales Nordics'], keyUsers: [person('p1', 'Amira')] },
      ],
      roles: [{ __typename: 'Role', id: 'r1', key: 'TRAINER', holders: [{ __typename: 'RoleAssignment', id: 'a1', person: person('t1', 'Tess Trainer') }] }],
    });
    await settle();
    apollo.expectOne((op) => op.operationName === 'TrainingWave' && op.variables['waveId'] === 'w1').flushData(
      waveTraining([
        session('s1', '2031-05-12T07:00:00Z', [
          ['p1', 'Amira', 'INVITED'],
          ['p2', 'Bo', 'INVITED'],
          ['p3', 'Chidi', 'EXCUSED'],
        ]),
        { ...session('s2', '2031-05-19T07:00:00Z', []), retraining: true },
      ]),
    );
    await settle();
    // The wave's adoption card asks for its own figures (its spec covers what it shows).
    apollo.expectOne('WaveAdoption').flushData(adoptionData('w1'));
    await settle();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection()] });
    apollo = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    apollo.verify();
    vi.useRealTimers();
  });

  /** The day after the first session (12 May 2031) and before the second (19 May). */
  function afterTheFirstSession(): void {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-13T08:00:00Z'));
  }

  it('opens the calendar on the month of the next session, at the session’s local time', async () => {
    await open();

    expect(page().querySelector('[data-testid="calendar-month"]')?.textContent).toContain('May 2031');
    const sessions = [...page().querySelectorAll<HTMLElement>('[data-testid="calendar-session"]')];
    expect(sessions.map((s) => s.dataset['sessionId'])).toEqual(['s1', 's2']);
    // 07:00 UTC is 09:00 in Berlin in summer, whatever zone the test runs in (written "9:00 AM" in
    // the tests' locale, Angular's default en-US; "09:00" in the en-GB, nl and it builds).
    expect(sessions[0].textContent).toMatch(/\b0?9:00\b/);
    expect(sessions[0].closest('[data-date]')?.getAttribute('data-date')).toBe('2031-05-12');
  });

  it('shows the wave’s compliance, its gaps, the re-training list and the calendar feed', async () => {
    await open();

    const badge = page().querySelector<HTMLElement>('[data-testid="compliance-badge"]');
    expect(badge?.dataset['status']).toBe('UNDER');
    expect(badge?.textContent?.trim()).toBe('2 of 3–4 sessions — under');
    expect(page().querySelector('[data-testid="compliance-gaps"]')?.textContent).toContain('No training 20 May → 3 Aug (75 days)');
    const entry = page().querySelector('[data-testid="retraining-entry"]');
    expect(entry?.textContent).toContain('Bo');
    expect(entry?.textContent).toContain('Missed 2 sessions');
    expect(entry?.textContent).toContain('Not using the CRM');
    // The topic of the how-to question that put Bo on the list, for the catch-up session to cover.
    expect(entry?.querySelector('[data-testid="retraining-reason"]')?.textContent).toContain('Asked for help: How do I log a call from my phone?');
    // A note a person wrote has no code: it shows as they wrote it.
    const byHand = page().querySelector('[data-testid="retraining-entry"][data-person-id="p4"]');
    expect(byHand?.querySelector('[data-testid="retraining-reason"]')?.textContent).toContain('Noted by hand: never opened a deal');
    expect(page().querySelector<HTMLInputElement>('[data-testid="feed-url"]')?.value).toMatch(/\/calendar\/waves\/w1\.ics\?token=secret-token$/);
  });

  it('shows a catch-up session apart: marked in the calendar and not counted with the wave’s sessions', async () => {
    await open();

    const calendar = [...page().querySelectorAll<HTMLElement>('[data-testid="calendar-session"]')];
    expect(calendar.map((s) => s.dataset['kind'])).toEqual(['regular', 'catch-up']);
    expect(calendar[1].querySelector('[data-testid="calendar-catch-up"]')?.textContent?.trim()).toBe('Catch-up');
    expect(page().textContent).toContain('1 session in the plan');
    expect(page().querySelector('[data-testid="catch-up-count"]')?.textContent?.trim()).toBe('+ 1 catch-up session');
  });

  it('saves the roster in one call with only what the trainer changed', async () => {
    afterTheFirstSession();
    await open();
    page().querySelector<HTMLElement>('[data-testid="calendar-session"][data-session-id="s1"]')?.click();
    await settle();

    const row = (id: string) => document.querySelector<HTMLElement>(`[data-testid="attendance-row"][data-person-id="${id}"]`) as HTMLElement;
    row('p2').querySelector<HTMLElement>('[data-testid="attendance-absent"]')?.click();
    await settle();
    document.querySelector<HTMLElement>('[data-testid="mark-all-attended"]')?.click();
    await settle();
    expect(row('p1').dataset['status']).toBe('ATTENDED');
    expect(row('p2').dataset['status']).toBe('ABSENT');
    expect(row('p3').dataset['status']).toBe('EXCUSED');

    document.querySelector<HTMLElement>('[data-testid="save-attendance"]')?.click();
    await settle();
    const save = apollo.expectOne('TrainingRecordAttendance');
    expect(save.operation.variables['input']).toEqual({
      sessionId: 's1',
      entries: [
        { personId: 'p1', status: 'ATTENDED' },
        { personId: 'p2', status: 'ABSENT' },
      ],
    });
    const recorded = session('s1', '2031-05-12T07:00:00Z', [
      ['p1', 'Amira', 'ATTENDED'],
      ['p2', 'Bo', 'ABSENT'],
      ['p3', 'Chidi', 'EXCUSED'],
    ]);
    save.flushData({ recordAttendance: recorded });
    await settle();
    // Compliance and the re-training list follow attendance, so the wave is loaded again.
    apollo.expectOne('TrainingWave').flushData(waveTraining([recorded, session('s2', '2031-05-19T07:00:00Z', [])]));
    await settle();
    expect(page().querySelector('[data-testid="training-notice"]')?.textContent).toContain('Saved attendance for 2 people');
  });

  it('offers only “Excused” for a session that has not started, and every status once it has', async () => {
    await open();
    // The newest dialog's rows come last: a closed dialog may still be leaving the page.
    const choices = () => [...([...document.querySelectorAll<HTMLElement>('[data-testid="attendance-row"]')].at(-1)?.querySelectorAll('.choices button') ?? [])].map((b) => b.textContent?.trim());
    page().querySelector<HTMLElement>('[data-testid="calendar-session"][data-session-id="s1"]')?.click();
    await settle();
    expect(choices()).toEqual(['Excused']);
    expect(document.querySelector('[data-testid="session-status"]')?.textContent?.trim()).toBe('Scheduled');
    expect(document.querySelector('[data-testid="attendance-upcoming"]')?.textContent).toContain('has not started yet');
    expect(document.querySelector('[data-testid="mark-all-attended"]')).toBeNull();
    TestBed.inject(MatDialog).closeAll();
    await settle();

    afterTheFirstSession();
    page().querySelector<HTMLElement>('[data-testid="calendar-session"][data-session-id="s1"]')?.click();
    await settle();
    expect(choices()).toEqual(['Attended', 'Excused', 'Absent']);
    expect(document.querySelector('[data-testid="mark-all-attended"]')).not.toBeNull();
  });

  it('cancels a session people were invited to with the reason asked for, and the wave lists it as cancelled with that reason', async () => {
    await open();
    page().querySelector<HTMLElement>('[data-testid="calendar-session"][data-session-id="s1"]')?.click();
    await settle();
    expect(document.querySelector('[data-testid="remove-session"]')).toBeNull();
    document.querySelector<HTMLButtonElement>('[data-testid="cancel-session"]')?.click();
    await settle();

    const reason = document.querySelector<HTMLTextAreaElement>('[data-testid="cancel-session-reason"]') as HTMLTextAreaElement;
    reason.value = '   ';
    reason.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-testid="cancel-session-submit"]')?.click();
    await settle();
    expect(document.querySelector('[data-testid="error-reason"]')?.textContent).toContain('Say why it is cancelled');
    apollo.expectNone('TrainingCancelSession');

    reason.value = 'Trainer ill, moved to next week';
    reason.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-testid="cancel-session-submit"]')?.click();
    await settle();
    const cancel = apollo.expectOne('TrainingCancelSession');
    expect(cancel.operation.variables).toEqual({ input: { id: 's1', version: 3, reason: 'Trainer ill, moved to next week' } });
    const cancelled = { ...session('s1', '2031-05-12T07:00:00Z', [['p1', 'Amira', 'INVITED']]), status: 'CANCELLED', cancelReason: 'Trainer ill, moved to next week', version: 4 };
    cancel.flushData({ cancelTrainingSession: cancelled });
    await settle(300);

    expect(document.querySelector('crm-cancel-session-dialog')).toBeNull();
    expect(document.querySelector('[data-testid="session-status"]')?.textContent?.trim()).toBe('Cancelled — Trainer ill, moved to next week');
    expect(document.querySelector('[data-testid="cancel-session"]')).toBeNull();
    apollo.expectOne('TrainingWave').flushData(waveTraining([cancelled, { ...session('s2', '2031-05-19T07:00:00Z', []), retraining: true }]));
    await settle();
    const listed = page().querySelector('[data-testid="cancelled-session"][data-session-id="s1"]');
    expect(listed?.textContent).toContain('Session s1');
    expect(listed?.querySelector('[data-testid="cancelled-session-status"]')?.textContent?.trim()).toBe('Cancelled — Trainer ill, moved to next week');
  });

  it('removes a session nobody was invited to, after the removal’s confirmation, and loads the plan again', async () => {
    await open();
    page().querySelector<HTMLElement>('[data-testid="calendar-session"][data-session-id="s2"]')?.click();
    await settle();
    expect(document.querySelector('[data-testid="cancel-session"]')).toBeNull();
    document.querySelector<HTMLButtonElement>('[data-testid="remove-session"]')?.click();
    await settle();

    const impact = apollo.expectOne('RemovalImpact');
    expect(impact.operation.variables).toEqual({ kind: 'TrainingSession', id: 's2' });
    impact.flushData({
      removalImpact: { __typename: 'RemovalImpact', id: 's2', kind: 'TrainingSession', title: 'Session s2', refusal: null, removedWithIt: [], unlinked: [], blockers: [] },
    });
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]')?.click();
    await settle(300);
    const removal = apollo.expectOne('DeleteTrainingSession');
    expect(removal.operation.variables).toEqual({ input: { id: 's2', version: 3 } });
    removal.flushData({ deleteTrainingSession: { __typename: 'TrashEntry', id: 't1', kind: 'TrainingSession', recordId: 's2', title: 'Session s2' } });
    await settle(300);

    expect(document.querySelector('crm-session-detail-dialog')).toBeNull();
    expect(apollo.expectOne('TrainingPage')).toBeTruthy();
  });

  it('takes one invitee off the roster after the removal’s confirmation', async () => {
    await open();
    page().querySelector<HTMLElement>('[data-testid="calendar-session"][data-session-id="s1"]')?.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="attendance-row"][data-person-id="p2"] [data-testid="remove-invitee"]')?.click();
    await settle();

    const impact = apollo.expectOne('RemovalImpact');
    expect(impact.operation.variables).toEqual({ kind: 'AttendanceEntry', id: 's1-p2' });
    impact.flushData({
      removalImpact: { __typename: 'RemovalImpact', id: 's1-p2', kind: 'AttendanceEntry', title: 'Bo · Session s1', refusal: null, removedWithIt: [], unlinked: [], blockers: [] },
    });
    await settle();
    expect(document.querySelector('crm-confirm-dialog')?.textContent).toContain('Remove “Bo · Session s1”?');
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]')?.click();
    await settle(300);
    const removal = apollo.expectOne('DeleteAttendanceEntry');
    expect(removal.operation.variables).toEqual({ input: { id: 's1-p2', version: 1 } });
    removal.flushData({ deleteAttendanceEntry: { __typename: 'TrashEntry', id: 't1', kind: 'AttendanceEntry', recordId: 's1-p2', title: 'Bo · Session s1' } });
    await settle();
    expect(apollo.expectOne('TrainingPage')).toBeTruthy();
  });

  it('lets a viewer read the plan but offers no changes', async () => {
    await open('VIEWER');

    expect(page().querySelector('[data-testid="schedule-session"]')).toBeNull();
    expect(page().querySelector('[data-testid="schedule-retraining"]')).toBeNull();
    page().querySelector<HTMLElement>('[data-testid="calendar-session"][data-session-id="s1"]')?.click();
    await settle();
    expect(document.querySelector('[data-testid="attendance-roster"]')?.textContent).toContain('Excused');
    expect(document.querySelector('[data-testid="save-attendance"]')).toBeNull();
    expect(document.querySelector('[data-testid="cancel-session"]')).toBeNull();
    expect(document.querySelector('[data-testid="remove-session"]')).toBeNull();
    expect(document.querySelector('[data-testid="remove-invitee"]')).toBeNull();
  });
});
