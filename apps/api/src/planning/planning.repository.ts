import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { TaskStatus } from '../tasks/models/task.model';

export interface ProgramDatesRow {
  id: string;
  start_date: string;
  target_go_live_date: string;
}

export interface WaveScopeRow {
  project_id: string;
  scope: string[];
}

export interface ScheduleTaskRow {
  id: string;
  project_id: string;
  status: TaskStatus;
  start_date: string | null;
  due_date: string | null;
  duration_days: number | null;
  estimate_hours: string | null;
}

export interface ScheduleLinkRow {
  project_id: string;
  task_id: string;
  depends_on_id: string;
  /** Working days the dependant waits after the prerequisite finishes (negative: overlap). */
  lag_days: number;
}

export interface CompletionRow {
  project_id: string;
  task_id: string;
  /** The UTC day the task was last marked done. */
  day: string;
}

/**
 * The schedule's reads: narrow columns of programs, their waves' scopes (for the holiday
 * calendar), tasks, links and the history of tasks marked done, one statement per kind for any
 * number of programs, so a critical path costs the same round trips at 20 tasks as at 20,000.
 * Read-only, as the timeline's reads are; the owning areas write these tables.
 */
@Injectable()
export class PlanningRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** `manager` is the caller's transaction when it plans dates inside one. */
  programs(projectIds: readonly string[], manager: EntityManager | DataSource = this.db): Promise<ProgramDatesRow[]> {
    return manager.query('SELECT id, start_date, target_go_live_date FROM projects WHERE id = ANY($1)', [projectIds]);
  }

  waveScopes(projectIds: readonly string[], manager: EntityManager | DataSource = this.db): Promise<WaveScopeRow[]> {
    return manager.query('SELECT project_id, scope FROM rollout_waves WHERE project_id = ANY($1)', [projectIds]);
  }

  tasks(projectIds: readonly string[]): Promise<ScheduleTaskRow[]> {
    return this.db.query(
      'SELECT id, project_id, status, start_date, due_date, duration_days, estimate_hours FROM tasks WHERE project_id = ANY($1) ORDER BY seq',
      [projectIds],
    );
  }

  links(projectIds: readonly string[]): Promise<ScheduleLinkRow[]> {
    return this.db.query('SELECT project_id, task_id, depends_on_id, lag_days FROM task_dependencies WHERE project_id = ANY($1)', [projectIds]);
  }

  /**
   * When each task of the programs that is done now was last marked done, if that was on or after
   * `since`: read from the history every task change writes (creation, edit, status change, bulk
   * change all record the new status), so no completion column has to be kept in step.
   */
  completionsSince(projectIds: readonly string[], since: string): Promise<CompletionRow[]> {
    return this.db.query(
      `SELECT DISTINCT ON (a.entity_id) a.project_id, a.entity_id AS task_id, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
       FROM audit_events a JOIN tasks t ON t.id = a.entity_id AND t.status = '${TaskStatus.DONE}'
       WHERE a.project_id = ANY($1) AND a.entity_type = 'Task' AND a.after->>'status' = '${TaskStatus.DONE}' AND a.at >= $2::date
       ORDER BY a.entity_id, a.at DESC`,
      [projectIds, since],
    );
  }

  /** The titles of a few tasks a warning names, for any number of programs in one statement. */
  taskTitles(ids: readonly string[]): Promise<{ id: string; title: string }[]> {
    return this.db.query('SELECT id, title FROM tasks WHERE id = ANY($1)', [ids]);
  }
}
