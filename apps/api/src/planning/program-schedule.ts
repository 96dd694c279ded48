import {
  criticalPath,
  durationInWorkingDays,
  type CriticalPath,
  type IsoDate,
  type NetworkTask,
  type ScheduledTask,
  workingDayOnOrAfter,
  workingDaysBetween,
  type WorkingCalendar,
} from '@crm/domain';

import { invalidState } from '../common/errors/app-error';
import { ProgramDatesRow, ScheduleLinkRow, ScheduleTaskRow } from './planning.repository';

export interface ProgramSchedule {
  program: ProgramDatesRow;
  calendar: WorkingCalendar;
  /** Working day 0 of the schedule. */
  firstDay: IsoDate;
  path: CriticalPath;
  slackById: Map<string, ScheduledTask>;
  tasks: ScheduleTaskRow[];
}

/**
 * A task's length for the schedule: its recorded duration, else what its dates span; a task with
 * one date fills that day, and an undated one takes no time, so it never lengthens the program.
 */
export function scheduledDuration(task: Pick<ScheduleTaskRow, 'duration_days' | 'start_date' | 'due_date'>, calendar: WorkingCalendar): number {
  if (task.duration_days !== null) return task.duration_days;
  if (task.start_date && task.due_date) return durationInWorkingDays(task.start_date, task.due_date, calendar) ?? 0;
  return task.start_date || task.due_date ? 1 : 0;
}

/**
 * The program's schedule by the critical path method. Day 0 is the program's start (or its
 * earliest dated task, if one starts before it); a task with a start date begins no earlier than
 * that day, as it was planned, and otherwise as soon as its prerequisites finish. A task with a
 * due date only is placed so that it ends on it.
 */
export function programSchedule(
  program: ProgramDatesRow,
  tasks: ScheduleTaskRow[],
  links: readonly ScheduleLinkRow[],
  calendar: WorkingCalendar,
): ProgramSchedule {
  const earliestDate = tasks.reduce<IsoDate>((first, t) => [t.start_date, t.due_date].reduce<IsoDate>((f, d) => (d && d < f ? d : f), first), program.start_date);
  const firstDay = workingDayOnOrAfter(earliestDate, calendar);
  const dayOf = (date: IsoDate) => Math.max(0, workingDaysBetween(firstDay, workingDayOnOrAfter(date, calendar), calendar));
  const network: NetworkTask[] = tasks.map((task) => {
    const durationDays = scheduledDuration(task, calendar);
    const planned = task.start_date ? dayOf(task.start_date) : task.due_date ? Math.max(0, dayOf(task.due_date) - Math.max(durationDays - 1, 0)) : undefined;
    return planned === undefined ? { id: task.id, durationDays } : { id: task.id, durationDays, notBeforeDay: planned };
  });
  const result = criticalPath(
    network,
    links.map((l) => ({ taskId: l.task_id, dependsOnId: l.depends_on_id, lagDays: l.lag_days })),
  );
  // The API refuses every link that would close a loop, so one here means the data was changed by hand.
  if (!result.ok) throw invalidState('The plan cannot be scheduled: some tasks wait for each other in a loop.', 'DEPENDENCY_LOOP', { taskIds: result.cycle }, { reason: 'PLAN_HAS_LOOP' });
  return { program, calendar, firstDay, path: result, slackById: new Map(result.tasks.map((t) => [t.id, t])), tasks };
}
