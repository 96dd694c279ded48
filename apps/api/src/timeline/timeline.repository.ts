import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { MilestoneStatus, PhaseStatus } from '../phases/models/phase.model';
import { TaskStatus } from '../tasks/models/task.model';

export interface TimelineWindow {
  projectId: string;
  from: string | null;
  to: string | null;
  phaseId: string | null;
}

export interface TimelinePhaseSqlRow {
  id: string;
  name: string;
  position: number;
  status: PhaseStatus;
  planned_start: string | null;
  planned_end: string | null;
  version: number;
}

export interface TimelineMilestoneSqlRow {
  id: string;
  phase_id: string;
  name: string;
  due_date: string;
  status: MilestoneStatus;
  version: number;
  owner_role_key: string | null;
}

export interface TimelineTaskSqlRow {
  id: string;
  title: string;
  status: TaskStatus;
  start_date: string | null;
  due_date: string;
  phase_id: string;
  milestone_id: string | null;
  duration_days: number | null;
  version: number;
}

/**
 * The timeline's reads: a handful of narrow columns from phases, milestones, tasks and
 * task_dependencies, one statement per kind whatever the size of the program, so drawing it costs
 * the same number of round trips at 20 tasks as at 200,000. Read-only; the owning areas write these
 * tables.
 */
@Injectable()
export class TimelineRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  phases(projectId: string): Promise<TimelinePhaseSqlRow[]> {
    return this.db.query(
      `SELECT id, name, position, status, planned_start, planned_end, version FROM phases WHERE project_id = $1 ORDER BY position`,
      [projectId],
    );
  }

  milestones(window: TimelineWindow): Promise<TimelineMilestoneSqlRow[]> {
    const { where, params } = windowSql(window, 'due_date', 'due_date');
    return this.db.query(
      `SELECT id, phase_id, name, due_date, status, version, (SELECT r.key FROM roles r WHERE r.id = owner_role_id) AS owner_role_key
         FROM milestones WHERE ${where.join(' AND ')} ORDER BY due_date, name`,
      params,
    );
  }

  /** Dated tasks in the window, and the tasks the timeline cannot place for want of a due date. */
  async taskCounts(window: TimelineWindow): Promise<{ dated: number; undated: number }> {
    const whole = windowSql({ ...window, from: null, to: null }, 'due_date', 'due_date');
    const days = daysSql(window, 'due_date', 'COALESCE(start_date, due_date)', whole.params);
    const [row]: { dated: number; undated: number }[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE ${['due_date IS NOT NULL', ...days].join(' AND ')})::int AS dated,
              count(*) FILTER (WHERE due_date IS NULL)::int AS undated
       FROM tasks WHERE ${whole.where.join(' AND ')}`,
      whole.params,
    );
    return row;
  }

  /** The first `limit` dated tasks of the window, earliest first (ties by creation order). */
  tasks(window: TimelineWindow, limit: number): Promise<TimelineTaskSqlRow[]> {
    const { where, params } = windowSql(window, 'due_date', 'COALESCE(start_date, due_date)');
    return this.db.query(
      `SELECT id, title, status, start_date, due_date, phase_id, milestone_id, duration_days, version FROM tasks
       WHERE due_date IS NOT NULL AND ${where.join(' AND ')}
       ORDER BY COALESCE(start_date, due_date), due_date, seq LIMIT $${params.push(limit)}`,
      params,
    );
  }

  /** Edges whose two ends are both among `taskIds`: the arrows the timeline can draw. */
  dependenciesAmong(taskIds: readonly string[]): Promise<{ task_id: string; depends_on_id: string; lag_days: number }[]> {
    return this.db.query(
      `SELECT task_id, depends_on_id, lag_days FROM task_dependencies WHERE task_id = ANY($1::uuid[]) AND depends_on_id = ANY($1::uuid[])`,
      [taskIds],
    );
  }
}

/** The project, and the phase if one was picked, then the days (see `daysSql`). */
function windowSql(window: TimelineWindow, endColumn: string, startColumn: string): { where: string[]; params: unknown[] } {
  const params: unknown[] = [window.projectId];
  const where = ['project_id = $1'];
  if (window.phaseId) where.push(`phase_id = $${params.push(window.phaseId)}`);
  where.push(...daysSql(window, endColumn, startColumn, params));
  return { where, params };
}

/** A row is in the window when it ends on or after `from` and starts on or before `to`; adds to `params`. */
function daysSql(window: TimelineWindow, endColumn: string, startColumn: string, params: unknown[]): string[] {
  const where: string[] = [];
  if (window.from) where.push(`${endColumn} >= $${params.push(window.from)}::date`);
  if (window.to) where.push(`${startColumn} <= $${params.push(window.to)}::date`);
  return where;
}
