import { englishText } from '../messages/format-message';
import type { MessageParams } from '../messages/message';
import type { IsoDate } from '../projects/project-schedule';
import { addWorkingDays, durationInWorkingDays, finishDate, isWorkingDay, previousWorkingDay, WEEKDAYS_ONLY, type WorkingCalendar } from './working-days';

/** About five years of working days: longer is a typo, or a program rather than a task. */
export const MAX_TASK_DURATION_DAYS = 1300;

export interface TaskDates {
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
  /** Working days, start and due day counted; 0 for a task that marks a day rather than fills one. */
  durationDays: number | null;
}

/** What an edit sends: a field left out stays, null clears it. */
export type TaskDatesChange = { [K in keyof TaskDates]?: TaskDates[K] };

export type PlannedTaskDates =
  | { ok: true; dates: TaskDates }
  | { ok: false; field: 'dueDate' | 'durationDays'; message: string; code: 'TASK_DURATION_OUT_OF_RANGE' | 'TASK_DUE_BEFORE_START' | 'TASK_DATES_DISAGREE'; params: MessageParams };

/** A refusal of the dates, worded in English from the message catalogue. */
function refusal(field: 'dueDate' | 'durationDays', code: 'TASK_DURATION_OUT_OF_RANGE' | 'TASK_DUE_BEFORE_START' | 'TASK_DATES_DISAGREE', params: MessageParams = {}): PlannedTaskDates {
  return { ok: false, field, message: englishText(code, params), code, params };
}

/** The first day of a task of `days` working days that is due on `due`. */
export function startForDue(due: IsoDate, days: number, calendar: WorkingCalendar = WEEKDAYS_ONLY): IsoDate {
  if (days === 0) return due;
  return addWorkingDays(isWorkingDay(due, calendar) ? due : previousWorkingDay(due, calendar), -(days - 1), calendar);
}

/**
 * A task's dates after an edit, kept consistent with its duration the way a planner drags bars:
 * moving the start (or the due date of a task without a start) moves the whole task and keeps its
 * length; moving the due date of a task that has a start resizes it; a new duration moves the due
 * date (or, without a start, the start). Sending all three that disagree is refused, naming the
 * duration, rather than one of them being silently overruled. A task without a duration keeps
 * the dates it is given.
 */
export function plannedTaskDates(current: TaskDates, change: TaskDatesChange, calendar: WorkingCalendar = WEEKDAYS_ONLY): PlannedTaskDates {
  const startDate = change.startDate !== undefined ? change.startDate : current.startDate;
  let dueDate = change.dueDate !== undefined ? change.dueDate : current.dueDate;
  let durationDays = change.durationDays !== undefined ? change.durationDays : current.durationDays;
  if (durationDays !== null && (!Number.isInteger(durationDays) || durationDays < 0 || durationDays > MAX_TASK_DURATION_DAYS)) {
    return refusal('durationDays', 'TASK_DURATION_OUT_OF_RANGE', { max: MAX_TASK_DURATION_DAYS });
  }
  const dueBeforeStart = () => refusal('dueDate', 'TASK_DUE_BEFORE_START');
  const dueIsBeforeStart = () => !!startDate && !!dueDate && dueDate < startDate;
  if (durationDays === null) return dueIsBeforeStart() ? dueBeforeStart() : { ok: true, dates: { startDate, dueDate, durationDays } };

  const startSent = change.startDate != null;
  const dueSent = change.dueDate != null;
  const durationSent = change.durationDays != null;
  const lengthOf = (start: IsoDate, due: IsoDate, recorded: number) =>
    recorded === 0 && start === due ? 0 : (durationInWorkingDays(start, due, calendar) as number);

  // A due date is checked against the start only where it is not about to follow from the start:
  // moving the start of a task with a duration past its old due date moves the whole task.
  if (durationSent && startSent && dueSent) {
    if (dueIsBeforeStart()) return dueBeforeStart();
    const days = lengthOf(startDate as IsoDate, dueDate as IsoDate, durationDays);
    if (days !== durationDays) {
      return refusal('durationDays', 'TASK_DATES_DISAGREE', { startDate, dueDate, days, durationDays });
    }
  } else if (!durationSent && dueSent && startDate) {
    if (dueIsBeforeStart()) return dueBeforeStart();
    durationDays = lengthOf(startDate, dueDate as IsoDate, current.durationDays ?? durationDays);
  } else if (startDate && (startSent || durationSent)) {
    dueDate = finishDate(startDate, durationDays, calendar);
  } else if (!startDate && dueDate && (dueSent || durationSent)) {
    return { ok: true, dates: { startDate: startForDue(dueDate, durationDays, calendar), dueDate, durationDays } };
  } else if (dueIsBeforeStart()) {
    return dueBeforeStart();
  }
  return { ok: true, dates: { startDate, dueDate, durationDays } };
}
