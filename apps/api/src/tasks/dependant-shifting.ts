import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { dependantShifts, plannedTaskDates, type DependantShift, type IsoDate, type WorkingCalendar } from '@crm/domain';

import { AppError, badUserInput, ErrorCode } from '../common/errors/app-error';
import { ProgramCalendars } from '../planning/program-calendars';
import { DependantShiftsInput } from './dto/task.inputs';
import { DependantShiftModel } from './models/dependant-shift.model';
import { ShiftTaskRow, TasksRepository } from './tasks.repository';

/** One proposal of the rule, with the task's title and the version it moves from. */
export interface PlannedShift extends DependantShift {
  title: string;
  version: number;
}

/**
 * What moving a task does to the tasks that wait for it (`dependantShifts` of libs/domain over
 * the program's working days), previewed for a drag or applied inside the task's own change.
 * Whatever the number of dependants it reads in a fixed number of statements: the tasks
 * downstream of the moved one, the links into them, their dates and their prerequisites' dates,
 * and the program's calendar.
 */
@Injectable()
export class DependantShifting {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TasksRepository,
    private readonly calendars: ProgramCalendars,
  ) {}

  /** The dependants that would move if the task took these dates (the dates read as `updateTask` reads them). */
  async preview(input: DependantShiftsInput, projectId: string): Promise<DependantShiftModel[]> {
    const manager = this.db.manager;
    const ids = await this.tasks.withDependants(manager, input.taskId, { lock: false });
    const calendar = await this.calendars.of(manager, projectId);
    const rows = await this.tasks.shiftTasksWithPrerequisites(manager, ids);
    const task = rows.find((row) => row.id === input.taskId) as ShiftTaskRow;
    const dates = plannedTaskDates(
      { startDate: task.start_date, dueDate: task.due_date, durationDays: task.duration_days },
      { startDate: input.startDate, dueDate: input.dueDate },
      calendar,
    );
    if (!dates.ok) throw badUserInput([{ field: dates.field, message: dates.message, code: dates.code, params: dates.params }]);
    const shifts = await this.planned(manager, calendar, ids, rows, { id: task.id, start: dates.dates.startDate, finish: dates.dates.dueDate });
    return shifts.map(toDependantShift);
  }

  /**
   * Moves every dependant of a task that has just been re-dated, inside the task's transaction:
   * `lockedIds` are the task and its dependants as `withDependants` locked them before the task
   * was changed, so nothing read here can move before the commit. One UPDATE moves them all, each
   * at the version read (version + 1); a dependant that moved on anyway refuses the whole change
   * with CONFLICT. Returns the moves made, in the rule's order.
   */
  async applyIn(tx: EntityManager, projectId: string, lockedIds: readonly string[], moved: { id: string; start: IsoDate | null; finish: IsoDate | null }): Promise<PlannedShift[]> {
    if (lockedIds.length < 2) return [];
    const rows = await this.tasks.shiftTasksWithPrerequisites(tx, lockedIds);
    const shifts = await this.planned(tx, await this.calendars.of(tx, projectId), lockedIds, rows, moved);
    if (shifts.length === 0) return [];
    const changed = await this.tasks.moveMany(
      tx,
      shifts.map((s) => ({ id: s.id, version: s.version, startDate: s.newStart, dueDate: s.newFinish })),
    );
    if (changed.length !== shifts.length) {
      const stale = shifts.find((s) => !changed.includes(s.id)) as PlannedShift;
      throw new AppError(
        ErrorCode.CONFLICT,
        `Nothing was changed: “${stale.title}”, which waits for this task, was changed by someone else meanwhile. Reload to see the latest plan, then move the task again.`,
        { taskIds: shifts.filter((s) => !changed.includes(s.id)).map((s) => s.id) },
        { reason: 'DEPENDANT_CHANGED_MEANWHILE', task: stale.title },
      );
    }
    return shifts;
  }

  private async planned(
    manager: EntityManager,
    calendar: WorkingCalendar,
    ids: readonly string[],
    rows: readonly ShiftTaskRow[],
    moved: { id: string; start: IsoDate | null; finish: IsoDate | null },
  ): Promise<PlannedShift[]> {
    if (ids.length < 2) return [];
    const links = await this.tasks.linksInto(manager, ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const shifts = dependantShifts(
      rows.map((row) => ({ id: row.id, start: row.start_date, finish: row.due_date, durationDays: row.duration_days })),
      links.map((link) => ({ taskId: link.task_id, dependsOnId: link.depends_on_id, lagDays: link.lag_days })),
      moved,
      calendar,
    );
    return shifts.map((shift) => {
      const row = byId.get(shift.id) as ShiftTaskRow;
      return { ...shift, title: row.title, version: row.version };
    });
  }
}

function toDependantShift(shift: PlannedShift): DependantShiftModel {
  return {
    taskId: shift.id,
    title: shift.title,
    startDate: shift.start,
    dueDate: shift.finish,
    newStartDate: shift.newStart,
    newDueDate: shift.newFinish,
    shiftDays: shift.shiftDays,
  };
}
