import { addDays, daysLate } from '../phases/milestone-schedule';
import { localDate, zonedInstant } from '../time/zoned-time';

/** A milestone's "due soon" reminder goes out this many days before its due date. */
export const MILESTONE_DUE_DAYS_BEFORE = 3;
/** A training session's reminder goes out this long before it starts. */
export const SESSION_REMINDER_HOURS_BEFORE = 24;
/** Reminders about days (milestones, the weekly status) go out at this wall-clock time. */
export const REMINDER_TIME = '08:00';
/** The weekly status lists open milestones due within this many days. */
export const WEEKLY_DUE_SOON_DAYS = 14;
/** Programs carry no time zone of their own yet: their day-based reminders follow UTC. */
export const DEFAULT_REMINDER_ZONE = 'UTC';

const HOUR_MS = 3_600_000;

/**
 * When a milestone's reminders are due, in the program's zone: "due soon" three days before the
 * due date, "overdue" the morning after it. A moment already past is null: a reminder is never
 * sent late, after the fact it announced (a milestone added two days before its date gets no
 * "due in three days").
 */
export function milestoneReminderTimes(dueDate: string, now: Date, timeZone: string = DEFAULT_REMINDER_ZONE): { due: Date | null; overdue: Date | null } {
  const due = zonedInstant(addDays(dueDate, -MILESTONE_DUE_DAYS_BEFORE), REMINDER_TIME, timeZone);
  const overdue = zonedInstant(addDays(dueDate, 1), REMINDER_TIME, timeZone);
  return { due: due > now ? due : null, overdue: overdue > now ? overdue : null };
}

/** A session's reminder, a day before it starts; null when that moment has passed. */
export function sessionReminderTime(startsAt: Date, now: Date): Date | null {
  const at = new Date(startsAt.getTime() - SESSION_REMINDER_HOURS_BEFORE * HOUR_MS);
  return at > now ? at : null;
}

/** The next Monday morning after `now` in the zone (a Monday before 08:00 is that same morning). */
export function nextWeeklyStatusTime(now: Date, timeZone: string = DEFAULT_REMINDER_ZONE): Date {
  const today = localDate(now, timeZone);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const daysToMonday = (8 - weekday) % 7;
  const thisMonday = zonedInstant(addDays(today, daysToMonday), REMINDER_TIME, timeZone);
  return thisMonday > now ? thisMonday : zonedInstant(addDays(today, daysToMonday + 7), REMINDER_TIME, timeZone);
}

export interface WeeklyStatusInput {
  milestones: readonly { name: string; dueDate: string; done: boolean }[];
  today: string;
}

export interface WeeklyStatus {
  dueSoon: { name: string; dueDate: string }[];
  overdueCount: number;
}

/**
 * What the Monday status tells the sponsor besides the health colour and why: the open milestones
 * due soon and how many are late (worded per reader in the notification words).
 */
export function weeklyStatus(input: WeeklyStatusInput): WeeklyStatus {
  const open = input.milestones.filter((m) => !m.done);
  const overdueCount = open.filter((m) => daysLate(m.dueDate, false, input.today) > 0).length;
  const horizon = addDays(input.today, WEEKLY_DUE_SOON_DAYS);
  const dueSoon = open
    .filter((m) => m.dueDate >= input.today && m.dueDate <= horizon)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.name.localeCompare(b.name))
    .map((m) => ({ name: m.name, dueDate: m.dueDate }));
  return { dueSoon, overdueCount };
}

/** After a failed run a job waits this long before the next try: 1, 2, 4 … minutes, at most an hour. */
export function jobRetryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

/** A job that failed this many times is given up (kept, with its last error, but not tried again). */
export const JOB_MAX_ATTEMPTS = 5;

/** Who answers for a milestone without an owning role of its own: its reminders and its comments go there. */
export const MILESTONE_DEFAULT_OWNER_ROLE = 'PROJECT_MANAGER';
