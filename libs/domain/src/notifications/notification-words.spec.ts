import { describe, expect, it } from 'vitest';

import { LANGUAGES } from '../i18n/languages';
import { NOTIFICATION_KINDS } from './notification-kind';
import { hasNotificationFacts, notificationWords, wordNotification } from './notification-words';
import { MILESTONE_DUE_DAYS_BEFORE } from './reminder-schedule';

const role = { projectName: 'Acme CRM', roleKey: 'TRAINER', roleName: 'Trainer', primary: false } as const;

describe('notification words in English, the source', () => {
  it('one task is named, several are counted, a role’s tasks name the role', () => {
    expect(wordNotification('en', 'TASK_ASSIGNED', { projectName: 'Acme CRM', count: 1, taskId: 't', taskTitle: 'Import accounts' }).title).toBe('“Import accounts” came to you in Acme CRM');
    expect(wordNotification('en', 'TASK_ASSIGNED', { projectName: 'Acme CRM', count: 3 }).title).toBe('3 tasks came to you in Acme CRM');
    expect(wordNotification('en', 'TASK_ASSIGNED', { projectName: 'Acme CRM', count: 12, roleKey: 'TRAINER', roleName: 'Trainer' }).title).toBe('12 tasks of Trainer came to you in Acme CRM');
    expect(wordNotification('en', 'TASK_ASSIGNED', { projectName: 'Acme CRM', count: 1, roleKey: 'TRAINER', roleName: 'Trainer' }).title).toBe('1 task of Trainer came to you in Acme CRM');
  });

  it('role notices name the role and the program', () => {
    expect(wordNotification('en', 'ROLE_GIVEN', { ...role, change: 'GIVEN' }).title).toBe('You are now Trainer in Acme CRM');
    expect(wordNotification('en', 'ROLE_TAKEN', { ...role, change: 'NO_LONGER_PRIMARY' }).title).toBe('You are no longer the primary Trainer in Acme CRM');
  });

  it('gates say blocked or open, with what blocks them', () => {
    const blocked = wordNotification('en', 'GATE_BLOCKED', {
      phaseId: 'p',
      phaseName: 'Needs analysis',
      projectName: 'Acme CRM',
      blockers: 1,
      blockerList: [{ code: 'MILESTONE_NOT_DONE', params: { milestone: 'Scope signed' } }],
    });
    expect(blocked.title).toBe('The gate of Needs analysis is blocked in Acme CRM');
    expect(blocked.body).toContain('Scope signed');
    expect(wordNotification('en', 'GATE_UNBLOCKED', { phaseId: 'p', phaseName: 'Needs analysis', projectName: 'Acme CRM', blockers: 0 }).title).toBe('The gate of Needs analysis is open in Acme CRM');
  });

  it('a KPI, a missed session and a milestone read as before', () => {
    expect(wordNotification('en', 'KPI_OFF_TRACK', { kpiId: 'k', kpiName: 'User adoption', projectName: 'Acme CRM', latest: 40, target: 80, unit: '%', status: 'OFF_TRACK' })).toEqual({
      title: 'User adoption is off track in Acme CRM',
      body: 'Latest value: 40 %; target: 80 %.',
    });
    expect(wordNotification('en', 'RETRAINING', { sessionId: 's', topic: 'Leads basics', waveId: 'w', projectName: 'Acme CRM' }).title).toBe('You missed “Leads basics” and are on the re-training list in Acme CRM');
    expect(wordNotification('en', 'MILESTONE_DUE', { milestoneName: 'Go-live', dueDate: '2027-06-16', programName: 'Acme CRM' }).body).toBe('The milestone Go-live of Acme CRM is due on 2027-06-16.');
  });

  it('the weekly status names the colour with its reasons, what is due soon and how much is late', () => {
    const status = wordNotification('en', 'WEEKLY_STATUS', {
      programName: 'Sales CRM',
      health: 'AMBER',
      overdueCount: 1,
      dueSoonCount: 1,
      week: '2027-03-08',
      dueSoon: [{ name: 'Design signed', dueDate: '2027-03-10' }],
    });
    expect(status.title).toBe('Weekly status of Sales CRM: at risk');
    expect(status.body).toContain('Health: AMBER (at risk).');
    expect(status.body).toContain('Due in the next 14 days:\n- Design signed, 2027-03-10');
    expect(status.body).toContain('1 milestone is overdue.');
  });

  it('a comment notice keeps the comment as its body: the wording leaves the body out', () => {
    expect(wordNotification('en', 'MENTION', { commentId: 'c', subjectTitle: 'Import accounts', authorName: 'Ann' })).toEqual({ title: 'Ann mentioned you on “Import accounts”' });
  });
});

describe('notification words in Dutch', () => {
  it('tells a milestone due soon with its day written out', () => {
    expect(wordNotification('nl', 'MILESTONE_DUE', { milestoneName: 'Go-live', dueDate: '2027-06-16', programName: 'Acme CRM' })).toEqual({
      title: 'Go-live moet over 3 dagen klaar zijn',
      body: 'De mijlpaal Go-live van Acme CRM moet op 16 juni 2027 klaar zijn.',
    });
  });

  it('says “je” to the reader and uses the glossary’s fasepoort', () => {
    expect(wordNotification('nl', 'TASK_ASSIGNED', { projectName: 'Acme CRM', count: 3 }).title).toBe('3 taken zijn aan je toegewezen in Acme CRM');
    expect(wordNotification('nl', 'GATE_UNBLOCKED', { phaseId: 'p', phaseName: 'Behoefteanalyse', projectName: 'Acme CRM', blockers: 0 }).title).toBe('De fasepoort van Behoefteanalyse is weer open in Acme CRM');
  });

  it('writes a KPI’s numbers with a decimal comma', () => {
    expect(wordNotification('nl', 'KPI_OFF_TRACK', { kpiId: 'k', kpiName: 'Adoptie', projectName: 'P', latest: 42.5, target: 80, unit: '%', status: 'OFF_TRACK' }).body).toBe('Laatste waarde: 42,5 %; doel: 80 %.');
  });

  it('words the blockers of a gate from the message catalogue', () => {
    const body = wordNotification('nl', 'GATE_BLOCKED', { phaseId: 'p', phaseName: 'Ontwerp', projectName: 'P', blockers: 1, blockerList: [{ code: 'MILESTONE_NOT_DONE', params: { milestone: 'Scope' } }] }).body;
    expect(body).toMatch(/^Dit houdt de fasepoort nu tegen: /);
    expect(body).not.toContain('Milestone');
  });
});

describe('notification words in Italian', () => {
  it('tells tomorrow’s training with where and who', () => {
    const session = wordNotification('it', 'SESSION_TOMORROW', {
      topic: 'Lead',
      waveName: 'Ondata 1',
      startsAt: '2027-06-16T07:00:00.000Z',
      timeZone: 'Europe/Rome',
      localStart: '2027-06-16 09:00',
      durationMinutes: 90,
      location: 'Sala A',
      trainer: 'Giulia',
    });
    expect(session.title).toBe('Formazione domani: Lead');
    expect(session.body).toBe('Ondata 1: Lead\nInizia 2027-06-16 09:00 (Europe/Rome), 90 minuti.\nDove: Sala A\nFormatore: Giulia');
  });

  it('an overdue milestone names its day in Italian', () => {
    expect(wordNotification('it', 'MILESTONE_OVERDUE', { milestoneName: 'Go-live', dueDate: '2027-06-16', programName: 'P' }).body).toBe(
      'La milestone Go-live di P scadeva il 16 giugno 2027 e non è ancora completata.',
    );
  });
});

describe('every language', () => {
  it('counts every kind of a gathered mail in every language', () => {
    for (const language of LANGUAGES) {
      for (const kind of NOTIFICATION_KINDS) expect(notificationWords(language).counted[kind](3)).toContain('3');
    }
    expect(notificationWords('nl').counted.MILESTONE_OVERDUE(2)).toBe('2 mijlpalen zijn te laat');
    expect(notificationWords('it').counted.MILESTONE_OVERDUE(2)).toBe('2 milestone sono in ritardo');
  });

  it('notices stored before their facts were kept are recognised, so a client can show the stored title', () => {
    expect(hasNotificationFacts('MILESTONE_DUE', { milestoneName: 'Go-live', dueDate: '2027-06-16', programName: 'P' })).toBe(true);
    expect(hasNotificationFacts('ROLE_GIVEN', { projectName: 'P' })).toBe(false);
    expect(hasNotificationFacts('MENTION', null)).toBe(false);
  });

  it('an old weekly status without its due-soon list and reasons keeps its stored English, rather than a body saying nothing is due', () => {
    const old = { programName: 'Acme CRM', health: 'AMBER', overdueCount: 0, dueSoonCount: 2, week: '2027-W24' };
    expect(hasNotificationFacts('WEEKLY_STATUS', old)).toBe(false);
    expect(hasNotificationFacts('WEEKLY_STATUS', { ...old, reasons: [], dueSoon: [{ name: 'Go-live', dueDate: '2027-06-16' }] })).toBe(true);
  });

  it('an old training reminder without its local start time keeps its stored English, rather than a body without the hour', () => {
    const old = { topic: 'Lead', waveName: 'Wave 1', startsAt: '2027-06-16T07:00:00Z', timeZone: 'Europe/Rome' };
    expect(hasNotificationFacts('SESSION_TOMORROW', old)).toBe(false);
    expect(hasNotificationFacts('SESSION_TOMORROW', { ...old, localStart: '2027-06-16 09:00' })).toBe(true);
  });

  it('a KPI never measured yet is worded from its facts: no latest value is a fact, not a missing one', () => {
    expect(hasNotificationFacts('KPI_OFF_TRACK', { kpiId: 'k', kpiName: 'Adoption', projectName: 'P', latest: null, target: 80, unit: '%', status: 'OFF_TRACK' })).toBe(true);
  });

  it('a milestone due soon names the days before its due day that the reminder is sent, in every language', () => {
    const due = { milestoneName: 'Go-live', dueDate: '2027-06-16', programName: 'P' };
    expect(wordNotification('en', 'MILESTONE_DUE', due).title).toBe(`Go-live is due in ${MILESTONE_DUE_DAYS_BEFORE} days`);
    expect(wordNotification('nl', 'MILESTONE_DUE', due).title).toBe(`Go-live moet over ${MILESTONE_DUE_DAYS_BEFORE} dagen klaar zijn`);
    expect(wordNotification('it', 'MILESTONE_DUE', due).title).toBe(`Go-live scade tra ${MILESTONE_DUE_DAYS_BEFORE} giorni`);
  });
});
