import { describe, expect, it } from 'vitest';

import { plannedTaskDates, startForDue, type TaskDates } from './task-dates';
import { workingCalendar } from './working-days';

const none: TaskDates = { startDate: null, dueDate: null, durationDays: null };
// Monday 1 March 2027 to Friday 5 March: five working days.
const week: TaskDates = { startDate: '2027-03-01', dueDate: '2027-03-05', durationDays: 5 };
const dates = (result: ReturnType<typeof plannedTaskDates>) => (result.ok ? result.dates : result);

describe('plannedTaskDates', () => {
  it('a new task with a start and a duration gets its due date', () => {
    expect(dates(plannedTaskDates(none, { startDate: '2027-03-01', durationDays: 5 }))).toEqual(week);
  });

  it('a new task with a due date and a duration gets its start', () => {
    expect(dates(plannedTaskDates(none, { dueDate: '2027-03-05', durationDays: 5 }))).toEqual(week);
  });

  it('a task with dates and no duration keeps its dates and records none', () => {
    expect(dates(plannedTaskDates(none, { startDate: '2027-03-01', dueDate: '2027-03-05' }))).toEqual({ ...week, durationDays: null });
  });

  it('all three that agree are taken; all three that disagree are refused, naming the duration', () => {
    expect(dates(plannedTaskDates(none, week))).toEqual(week);
    expect(plannedTaskDates(none, { ...week, durationDays: 4 })).toEqual({
      ok: false,
      field: 'durationDays',
      message: 'From 2027-03-01 to 2027-03-05 is 5 working days, not 4. Send two of the three, and the third follows.',
      code: 'TASK_DATES_DISAGREE',
      params: { startDate: '2027-03-01', dueDate: '2027-03-05', days: 5, durationDays: 4 },
    });
  });

  it('moving the start moves the whole task and keeps its length, across the weekend', () => {
    expect(dates(plannedTaskDates(week, { startDate: '2027-03-03' }))).toEqual({ startDate: '2027-03-03', dueDate: '2027-03-09', durationDays: 5 });
  });

  it('moving the start past the old due date moves the whole task instead of refusing it (a bar dragged right)', () => {
    expect(dates(plannedTaskDates(week, { startDate: '2027-03-15' }))).toEqual({ startDate: '2027-03-15', dueDate: '2027-03-19', durationDays: 5 });
  });

  it('moving the due date of a task with a start resizes it', () => {
    expect(dates(plannedTaskDates(week, { dueDate: '2027-03-10' }))).toEqual({ startDate: '2027-03-01', dueDate: '2027-03-10', durationDays: 8 });
  });

  it('a new duration moves the due date; without a start, the start', () => {
    expect(dates(plannedTaskDates(week, { durationDays: 2 }))).toEqual({ startDate: '2027-03-01', dueDate: '2027-03-02', durationDays: 2 });
    const dueOnly = { startDate: null, dueDate: '2027-03-05', durationDays: 1 };
    expect(dates(plannedTaskDates(dueOnly, { durationDays: 3 }))).toEqual({ startDate: '2027-03-03', dueDate: '2027-03-05', durationDays: 3 });
  });

  it('moving the due date of a task without a start moves the task', () => {
    const dueOnly = { startDate: null, dueDate: '2027-03-05', durationDays: 3 };
    expect(dates(plannedTaskDates(dueOnly, { dueDate: '2027-03-09' }))).toEqual({ startDate: '2027-03-05', dueDate: '2027-03-09', durationDays: 3 });
  });

  it('the program’s holidays count: five days from the Wednesday before Easter end on the Thursday after', () => {
    const easter = workingCalendar(['2027-03-26', '2027-03-29']);
    expect(dates(plannedTaskDates(none, { startDate: '2027-03-24', durationDays: 5 }, easter))).toEqual({ startDate: '2027-03-24', dueDate: '2027-04-01', durationDays: 5 });
  });

  it('a zero-day task sits on one day, and moving it keeps it there', () => {
    expect(dates(plannedTaskDates(none, { startDate: '2027-03-04', durationDays: 0 }))).toEqual({ startDate: '2027-03-04', dueDate: '2027-03-04', durationDays: 0 });
    const marker = { startDate: '2027-03-04', dueDate: '2027-03-04', durationDays: 0 };
    expect(dates(plannedTaskDates(marker, { startDate: '2027-03-08', dueDate: '2027-03-08' }))).toEqual({ startDate: '2027-03-08', dueDate: '2027-03-08', durationDays: 0 });
  });

  it('clearing the duration keeps the dates; clearing the start keeps the due date', () => {
    expect(dates(plannedTaskDates(week, { durationDays: null }))).toEqual({ ...week, durationDays: null });
    expect(dates(plannedTaskDates(week, { startDate: null }))).toEqual({ startDate: null, dueDate: '2027-03-05', durationDays: 5 });
  });

  it('refuses a due date before the start, and a duration out of range', () => {
    expect(plannedTaskDates(week, { dueDate: '2027-02-26' })).toMatchObject({ ok: false, field: 'dueDate' });
    expect(plannedTaskDates(none, { durationDays: 1301 })).toMatchObject({ ok: false, field: 'durationDays' });
    expect(plannedTaskDates(none, { durationDays: 1.5 })).toMatchObject({ ok: false, field: 'durationDays' });
  });

  it('edits that touch no date leave the plan as it is', () => {
    expect(dates(plannedTaskDates(week, {}))).toEqual(week);
  });
});

describe('startForDue', () => {
  it('a task due on a Sunday really ends on the Friday before', () => {
    expect(startForDue('2027-03-07', 2)).toBe('2027-03-04');
  });
});
