import { daysBetween } from '../shared/dates/calendar-days';
import { addCalendarDays, dayOfSeconds, drawnStart, GanttOrigin, TimelineMilestoneRow, TimelineTaskRow } from './gantt-model';

/**
 * What a drag, a key press or a drawn link on the Gantt asks the API to change, decided from the
 * saved row and where the bar was dropped. The page sends the answer through one save path and,
 * when the API refuses it, draws the saved rows again (the bar snaps back).
 */

export interface TaskDates {
  startDate?: string;
  dueDate: string;
}

export type PlanMove =
  | { kind: 'task'; row: TimelineTaskRow; dates: TaskDates }
  | { kind: 'milestone'; row: TimelineMilestoneRow; dueDate: string };

/**
 * The change a dropped bar means, or null when it landed where it was. A task moved as a whole
 * that had no start date keeps having none (its due date moves); a task resized at its start gets
 * one. A milestone takes the day its diamond was dropped on.
 */
export function moveOfDrop(origin: GanttOrigin, startSeconds: number, endSeconds: number): PlanMove | null {
  const start = dayOfSeconds(startSeconds);
  const end = dayOfSeconds(endSeconds);
  if (origin.kind === 'milestone') {
    return start === origin.row.dueDate ? null : { kind: 'milestone', row: origin.row, dueDate: start };
  }
  const row = origin.row;
  const wasStart = drawnStart(row);
  if (start === wasStart && end === row.dueDate) return null;
  const movedWhole = daysBetween(wasStart, start) === daysBetween(row.dueDate, end);
  if (!row.startDate && movedWhole) return { kind: 'task', row, dates: { dueDate: end } };
  return { kind: 'task', row, dates: { startDate: start, dueDate: end } };
}

/** The change of moving an item by whole calendar days (Alt+arrow keys). */
export function moveByDays(origin: GanttOrigin, days: number): PlanMove {
  if (origin.kind === 'milestone') return { kind: 'milestone', row: origin.row, dueDate: addCalendarDays(origin.row.dueDate, days) };
  const row = origin.row;
  const dueDate = addCalendarDays(row.dueDate, days);
  return { kind: 'task', row, dates: row.startDate ? { startDate: addCalendarDays(row.startDate, days), dueDate } : { dueDate } };
}

export type LinkChange = { ok: true; dependantId: string; prerequisiteId: string } | { ok: false; message: string };

/**
 * A link drawn from one bar to another: the target waits for the source (finish to start). Links
 * to oneself, to a milestone, or that exist already are refused here; loops are the API's to refuse.
 */
export function linkOfDrag(source: GanttOrigin, target: GanttOrigin | undefined, existing: readonly { taskId: string; dependsOnId: string }[]): LinkChange {
  if (!target || source.kind !== 'task' || target.kind !== 'task') return { ok: false, message: $localize`:@@timeline.link.notTasks:Draw a dependency from one task bar to another task bar.` };
  if (source.row.id === target.row.id) return { ok: false, message: $localize`:@@timeline.link.self:A task cannot wait for itself.` };
  if (existing.some((e) => e.taskId === target.row.id && e.dependsOnId === source.row.id)) {
    return { ok: false, message: $localize`:@@timeline.link.exists:“${target.row.title}:dependant:” already waits for “${source.row.title}:prerequisite:”.` };
  }
  return { ok: true, dependantId: target.row.id, prerequisiteId: source.row.id };
}

/** The dependant's full list after adding or removing one prerequisite. */
export function withPrerequisite(current: readonly string[], prerequisiteId: string, add: boolean): string[] {
  const rest = current.filter((id) => id !== prerequisiteId);
  return add ? [...rest, prerequisiteId] : rest;
}
