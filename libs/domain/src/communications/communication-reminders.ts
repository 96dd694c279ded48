import { addDays } from '../phases/milestone-schedule';
import { DEFAULT_REMINDER_ZONE, REMINDER_TIME } from '../notifications/reminder-schedule';
import type { IsoDate } from '../projects/project-schedule';
import { zonedInstant } from '../time/zoned-time';

/**
 * When the owner of a message hears of it: on its planned day at the morning reminder time ("due
 * today"), and the morning after if it is still planned ("overdue"). A moment already past is
 * null, so a message planned for yesterday never gets a "due today".
 */
export function communicationReminderTimes(plannedOn: IsoDate, now: Date, timeZone: string = DEFAULT_REMINDER_ZONE): { due: Date | null; overdue: Date | null } {
  const due = zonedInstant(plannedOn, REMINDER_TIME, timeZone);
  const overdue = zonedInstant(addDays(plannedOn, 1), REMINDER_TIME, timeZone);
  return { due: due > now ? due : null, overdue: overdue > now ? overdue : null };
}
