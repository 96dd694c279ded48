import { describe, expect, it } from 'vitest';

import { jobRetryDelayMs, milestoneReminderTimes, nextWeeklyStatusTime, sessionReminderTime, weeklyStatus } from './reminder-schedule';

describe('milestoneReminderTimes', () => {
  const now = new Date('2027-03-01T12:00:00Z');

  it('reminds three days before the due date and the morning after it, at 08:00 UTC by default', () => {
    expect(milestoneReminderTimes('2027-03-20', now)).toEqual({ due: new Date('2027-03-17T08:00:00Z'), overdue: new Date('2027-03-21T08:00:00Z') });
  });

  it('follows the program zone: 08:00 in Berlin is 07:00 UTC in winter', () => {
    expect(milestoneReminderTimes('2027-03-20', now, 'Europe/Berlin').due).toEqual(new Date('2027-03-17T07:00:00Z'));
  });

  it('a milestone added two days before its date gets no "due soon", only the overdue one', () => {
    expect(milestoneReminderTimes('2027-03-03', now)).toEqual({ due: null, overdue: new Date('2027-03-04T08:00:00Z') });
  });

  it('a milestone already past the overdue morning gets no reminder at all', () => {
    expect(milestoneReminderTimes('2027-02-20', now)).toEqual({ due: null, overdue: null });
  });
});

describe('sessionReminderTime', () => {
  const now = new Date('2027-03-01T12:00:00Z');

  it('reminds 24 hours before the session starts', () => {
    expect(sessionReminderTime(new Date('2027-03-05T09:30:00Z'), now)).toEqual(new Date('2027-03-04T09:30:00Z'));
  });

  it('a session starting in five hours gets no reminder', () => {
    expect(sessionReminderTime(new Date('2027-03-01T17:00:00Z'), now)).toBeNull();
  });
});

describe('nextWeeklyStatusTime', () => {
  it('a Wednesday waits for next Monday 08:00', () => {
    expect(nextWeeklyStatusTime(new Date('2027-03-03T10:00:00Z'))).toEqual(new Date('2027-03-08T08:00:00Z'));
  });

  it('a Monday before 08:00 is that morning, after 08:00 the week after', () => {
    expect(nextWeeklyStatusTime(new Date('2027-03-08T07:59:00Z'))).toEqual(new Date('2027-03-08T08:00:00Z'));
    expect(nextWeeklyStatusTime(new Date('2027-03-08T08:00:00Z'))).toEqual(new Date('2027-03-15T08:00:00Z'));
  });

  it('a Sunday evening in New York is Monday in UTC, but Monday 08:00 New York time is meant', () => {
    expect(nextWeeklyStatusTime(new Date('2027-03-08T02:00:00Z'), 'America/New_York')).toEqual(new Date('2027-03-08T13:00:00Z'));
  });
});

describe('weeklyStatus', () => {
  const milestones = [
    { name: 'Go-live', dueDate: '2027-03-20', done: false },
    { name: 'Design signed', dueDate: '2027-03-10', done: false },
    { name: 'Kick-off', dueDate: '2027-02-01', done: true },
    { name: 'Data cleansed', dueDate: '2027-03-01', done: false },
    { name: 'Far away', dueDate: '2027-06-01', done: false },
  ];

  it('lists the open milestones due in two weeks and counts those that are late', () => {
    const status = weeklyStatus({ milestones, today: '2027-03-08' });
    expect(status.dueSoon).toEqual([
      { name: 'Design signed', dueDate: '2027-03-10' },
      { name: 'Go-live', dueDate: '2027-03-20' },
    ]);
    expect(status.overdueCount).toBe(1);
  });

  it('a quiet week has nothing due and nothing late', () => {
    const status = weeklyStatus({ milestones: [], today: '2027-03-08' });
    expect(status.dueSoon).toEqual([]);
    expect(status.overdueCount).toBe(0);
  });
});

describe('jobRetryDelayMs', () => {
  it('waits a minute after the first failure, doubling up to an hour', () => {
    expect([1, 2, 3, 10].map(jobRetryDelayMs)).toEqual([60_000, 120_000, 240_000, 3_600_000]);
  });
});
