import type { IsoDate } from '../projects/project-schedule';
import type { NetworkLink } from './critical-path';
import { addWorkingDays, durationInWorkingDays, finishDate, workingDaysBetween, WEEKDAYS_ONLY, type WorkingCalendar } from './working-days';

/**
 * A task's dates as the plan holds them. A task begins at the start of its start day and ends at
 * the end of its finish day; a milestone (zero days) is a point at the end of its day.
 */
export interface DatedTask {
  id: string;
  start: IsoDate | null;
  finish: IsoDate | null;
  /** Its length in working days when the plan records one; otherwise the dates tell it. */
  durationDays?: number | null;
}

export interface DependantShift {
  id: string;
  start: IsoDate;
  finish: IsoDate | null;
  newStart: IsoDate;
  newFinish: IsoDate | null;
  /** How far it moves, in working days. */
  shiftDays: number;
  /** The prerequisites that push it there (one or more, when several meet on the same day). */
  pushedBy: string[];
}

/**
 * The earliest day a dependant may take, finish-to-start: work begins on the first working day
 * after its prerequisite finishes (plus the lag), while a milestone may fall on the finish day
 * itself, since it marks the end of that day.
 */
export function earliestAfter(prerequisiteFinish: IsoDate, lagDays: number, dependantIsMilestone: boolean, calendar: WorkingCalendar = WEEKDAYS_ONLY): IsoDate {
  return addWorkingDays(prerequisiteFinish, lagDays + (dependantIsMilestone ? 0 : 1), calendar);
}

function durationOf(task: DatedTask, calendar: WorkingCalendar): number | null {
  if (task.durationDays != null) return task.durationDays;
  if (task.start && task.finish) return durationInWorkingDays(task.start, task.finish, calendar);
  return null;
}

/** Where a task's work really ends: its finish, else its start for a task dated by its start only. */
function endOf(task: { start: IsoDate | null; finish: IsoDate | null }): IsoDate | null {
  return task.finish ?? task.start;
}

/**
 * What moving one task does to the tasks that wait for it: every dependant that would then begin
 * before its prerequisite's finish plus lag is proposed a later start on the first day allowed,
 * keeping its length in working days, and the dependants of those follow in turn. Dependants
 * that still fit are left where they are (slack absorbs the move), and nothing is ever pulled
 * earlier. A dependant without a start date has nothing to shift and passes nothing on.
 *
 * The proposals come by their new start, a task before the dependants it pushes. The plan is
 * expected to be free of loops (the API refuses them when links are made); one that is not throws
 * rather than pushing its tasks later forever.
 */
export function dependantShifts(
  tasks: readonly DatedTask[],
  links: readonly NetworkLink[],
  moved: { id: string; start: IsoDate | null; finish: IsoDate | null },
  calendar: WorkingCalendar = WEEKDAYS_ONLY,
): DependantShift[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const planned = new Map<string, { start: IsoDate | null; finish: IsoDate | null }>(tasks.map((t) => [t.id, { start: t.start, finish: t.finish }]));
  planned.set(moved.id, { start: moved.start, finish: moved.finish });
  const waitingOn = new Map<string, NetworkLink[]>();
  const dependantsOf = new Map<string, NetworkLink[]>();
  for (const link of links) {
    if (!byId.has(link.taskId) || !planned.has(link.dependsOnId)) continue;
    waitingOn.set(link.taskId, [...(waitingOn.get(link.taskId) ?? []), link]);
    dependantsOf.set(link.dependsOnId, [...(dependantsOf.get(link.dependsOnId) ?? []), link]);
  }

  const shifts = new Map<string, DependantShift>();
  const order: string[] = [];
  const pushes = new Map<string, number>();
  const queue = [moved.id];
  for (let head = 0; head < queue.length; head += 1) {
    for (const link of dependantsOf.get(queue[head]) ?? []) {
      const task = byId.get(link.taskId) as DatedTask;
      const current = planned.get(task.id) as { start: IsoDate | null; finish: IsoDate | null };
      if (task.id === moved.id || !current.start) continue;
      const duration = durationOf(task, calendar);
      const milestone = duration === 0;
      // Every prerequisite counts, not only the one that moved: the dependant must clear them all.
      let allowed: IsoDate | null = null;
      let pushedBy: string[] = [];
      for (const incoming of waitingOn.get(task.id) ?? []) {
        const end = endOf(planned.get(incoming.dependsOnId) as { start: IsoDate | null; finish: IsoDate | null });
        if (!end) continue;
        const day = earliestAfter(end, incoming.lagDays ?? 0, milestone, calendar);
        if (allowed === null || day > allowed) [allowed, pushedBy] = [day, [incoming.dependsOnId]];
        else if (day === allowed) pushedBy.push(incoming.dependsOnId);
      }
      if (allowed === null || allowed <= current.start) continue;
      const newStart = allowed;
      const newFinish = current.finish === null ? null : duration === null ? current.finish : finishDate(newStart, duration, calendar);
      planned.set(task.id, { start: newStart, finish: newFinish });
      pushes.set(task.id, (pushes.get(task.id) ?? 0) + 1);
      if ((pushes.get(task.id) as number) > tasks.length) throw new Error(`The plan's links loop through ${task.id}.`);
      const original = shifts.get(task.id);
      shifts.set(task.id, {
        id: task.id,
        start: task.start as IsoDate,
        finish: task.finish,
        newStart,
        newFinish,
        shiftDays: workingDaysBetween(task.start as IsoDate, newStart, calendar),
        pushedBy,
      });
      if (!original) order.push(task.id);
      queue.push(task.id);
    }
  }
  return order
    .map((id, position) => ({ shift: shifts.get(id) as DependantShift, position }))
    .sort((a, b) => a.shift.newStart.localeCompare(b.shift.newStart) || a.position - b.position)
    .map(({ shift }) => shift);
}
