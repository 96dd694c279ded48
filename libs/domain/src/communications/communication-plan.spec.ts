import { describe, expect, it } from 'vitest';

import {
  communicationDaysLate,
  communicationOverdue,
  communicationShifts,
  offsetLabel,
  plannedOn,
  STANDARD_COMMUNICATION_PLAN,
  standardCommunicationPlan,
} from './communication-plan';
import { communicationReminderTimes } from './communication-reminders';

describe('the standard communications plan', () => {
  it('plans five messages at T-30, T-7, go-live day, T+7 and T+30', () => {
    expect(STANDARD_COMMUNICATION_PLAN.map((m) => offsetLabel(m.offsetDays))).toEqual(['T-30', 'T-7', 'Go-live day', 'T+7', 'T+30']);
  });

  it('dates them from a Wednesday go-live in calendar days when none falls on a weekend', () => {
    // 2027-06-16 is a Wednesday: T-30 is Monday 17 May, T+30 Friday 16 July.
    expect(standardCommunicationPlan('2027-06-16').map((m) => m.plannedOn)).toEqual(['2027-05-17', '2027-06-09', '2027-06-16', '2027-06-23', '2027-07-16']);
  });

  it('brings a message before go-live that falls on a weekend forward to the Friday before', () => {
    // 2027-06-14 is a Monday: T-30 is Saturday 15 May, so it goes out on Friday 14 May.
    expect(plannedOn('2027-06-14', -30)).toBe('2027-05-14');
    expect(plannedOn('2027-06-14', -7)).toBe('2027-06-07');
  });

  it('moves a follow-up after go-live that falls on a weekend to the Monday after', () => {
    // 2027-06-19 is a Saturday go-live: its day stays, T+7 (Saturday 26 June) waits for Monday 28 June.
    expect(plannedOn('2027-06-19', 0)).toBe('2027-06-19');
    expect(plannedOn('2027-06-19', 7)).toBe('2027-06-28');
  });
});

describe('when a wave’s go-live moves', () => {
  const messages = [
    { id: 'announce', offsetDays: -30, plannedOn: '2027-05-17', status: 'SENT' as const },
    { id: 'week-before', offsetDays: -7, plannedOn: '2027-06-09', status: 'PLANNED' as const },
    { id: 'day', offsetDays: 0, plannedOn: '2027-06-16', status: 'PLANNED' as const },
    { id: 'skipped', offsetDays: 7, plannedOn: '2027-06-23', status: 'SKIPPED' as const },
  ];

  it('moves the planned messages with it and leaves the sent and skipped ones where they happened', () => {
    expect(communicationShifts(messages, '2027-06-30')).toEqual([
      { id: 'week-before', from: '2027-06-09', to: '2027-06-23' },
      { id: 'day', from: '2027-06-16', to: '2027-06-30' },
    ]);
  });

  it('moves nothing when the new date leaves every planned day as it was', () => {
    expect(communicationShifts(messages, '2027-06-16')).toEqual([]);
  });
});

describe('overdue messages', () => {
  it('is overdue the day after its planned day while it is still planned', () => {
    expect(communicationOverdue({ plannedOn: '2027-06-09', status: 'PLANNED' }, '2027-06-09')).toBe(false);
    expect(communicationOverdue({ plannedOn: '2027-06-09', status: 'PLANNED' }, '2027-06-10')).toBe(true);
    expect(communicationDaysLate({ plannedOn: '2027-06-09', status: 'PLANNED' }, '2027-06-14')).toBe(5);
  });

  it('a sent or skipped message is never overdue', () => {
    expect(communicationOverdue({ plannedOn: '2027-06-09', status: 'SENT' }, '2027-07-01')).toBe(false);
    expect(communicationDaysLate({ plannedOn: '2027-06-09', status: 'SKIPPED' }, '2027-07-01')).toBe(0);
  });
});

describe('reminders of a message', () => {
  it('tells its owner on the morning of its day and again the morning after', () => {
    const times = communicationReminderTimes('2027-06-09', new Date('2027-06-01T12:00:00Z'));
    expect(times).toEqual({ due: new Date('2027-06-09T08:00:00Z'), overdue: new Date('2027-06-10T08:00:00Z') });
  });

  it('sends no "due today" for a day whose morning has passed, only the overdue one still to come', () => {
    expect(communicationReminderTimes('2027-06-09', new Date('2027-06-09T09:00:00Z'))).toEqual({ due: null, overdue: new Date('2027-06-10T08:00:00Z') });
  });
});
