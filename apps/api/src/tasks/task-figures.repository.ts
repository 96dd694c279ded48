import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { TaskPriority, TaskStatus } from './models/task.model';
import { isOpenSql, noWaveHolder } from './task-open-sql';

/** Per project: the figures health and the overview read; every project asked for gets a row. */
export interface OwnershipSummary {
  projectId: string;
  total: number;
  done: number;
  needsOwner: number;
  needsOwnerCritical: number;
}

/**
 * The SQL copy of `needsOwner` for counting: open tasks without an assignee of the roles nobody
 * holds as primary program-wide, whose wave (if any) has no primary holder of the role either. Written over the roles rather than over the task_ownership view so a count
 * reads a handful of roles and, through tasks_open_role_idx, only the tasks nobody owns; the view
 * pairs every task of the program with its role's holder first. test/api/task-ownership-contract
 * checks it against the domain rule next to the view.
 */
const NEEDS_OWNER = `
  SELECT t.project_id,
         count(*)::int AS needs_owner,
         count(*) FILTER (WHERE t.priority = '${TaskPriority.CRITICAL}')::int AS needs_owner_critical
  FROM roles r
  JOIN tasks t ON t.role_id = r.id AND t.project_id = r.project_id AND t.assignee_id IS NULL AND ${isOpenSql('t')}
  WHERE r.project_id = ANY($1)
    AND NOT EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.role_id = r.id AND ra.wave_id IS NULL AND ra.is_primary)
    AND ${noWaveHolder('t')}
  GROUP BY t.project_id`;

/**
 * Counts of tasks for the overview and health: each figure one grouped statement whatever the
 * number of phases, roles or tasks, answered from indexes (migration 1764700000100) rather than
 * from the task rows. Reads the tasks table only; the tasks area's repository writes it.
 */
@Injectable()
export class TaskFiguresRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Task counts by ownership for several projects in one statement. */
  async ownershipSummary(projectIds: readonly string[]): Promise<OwnershipSummary[]> {
    const rows: { project_id: string; total: number; done: number; needs_owner: number; needs_owner_critical: number }[] = await this.db.query(
      `WITH totals AS (
         SELECT project_id, count(*)::int AS total, count(*) FILTER (WHERE status = '${TaskStatus.DONE}')::int AS done
         FROM tasks WHERE project_id = ANY($1) GROUP BY project_id
       ), unowned AS (${NEEDS_OWNER})
       SELECT totals.project_id, totals.total, totals.done, unowned.needs_owner, unowned.needs_owner_critical
       FROM totals LEFT JOIN unowned ON unowned.project_id = totals.project_id`,
      [projectIds],
    );
    const byProject = new Map(rows.map((r) => [r.project_id, r]));
    return projectIds.map((projectId) => {
      const r = byProject.get(projectId);
      return { projectId, total: r?.total ?? 0, done: r?.done ?? 0, needsOwner: r?.needs_owner ?? 0, needsOwnerCritical: r?.needs_owner_critical ?? 0 };
    });
  }

  /** Open tasks that need an owner, per project: the overview's count, without the totals health also wants. */
  async needsOwner(projectIds: readonly string[]): Promise<number[]> {
    const rows: { project_id: string; needs_owner: number }[] = await this.db.query(NEEDS_OWNER, [projectIds]);
    const byProject = new Map(rows.map((r) => [r.project_id, r.needs_owner]));
    return projectIds.map((projectId) => byProject.get(projectId) ?? 0);
  }

  /** Done and total tasks of several phases at once, for their progress bars; phases without tasks have no row. */
  countsByPhase(phaseIds: readonly string[]): Promise<{ phase_id: string; done: number; total: number }[]> {
    return this.db.query(
      `SELECT phase_id, count(*) FILTER (WHERE status = '${TaskStatus.DONE}')::int AS done, count(*)::int AS total
       FROM tasks WHERE phase_id = ANY($1) GROUP BY phase_id`,
      [phaseIds],
    );
  }

  /**
   * The titles of several phases' open tasks, board order, for the gate's blocker list: two
   * columns instead of the whole task and its owner, since a phase of a 200,000-task program can
   * hold 100,000 open tasks and the list names each of them.
   */
  /** The first `perPhase` open task titles of each phase, board order: what its gate names. */
  openTitlesOfPhases(phaseIds: readonly string[], perPhase: number): Promise<{ phase_id: string; title: string }[]> {
    return this.db.query(
      `SELECT p.id AS phase_id, t.title
       FROM unnest($1::uuid[]) AS p(id)
       CROSS JOIN LATERAL (SELECT title, seq FROM tasks WHERE phase_id = p.id AND ${isOpenSql('tasks')} ORDER BY seq LIMIT $2) t
       ORDER BY p.id, t.seq`,
      [phaseIds, perPhase],
    );
  }

  /** Open tasks per role and rollout wave of a program, one grouped statement (the team page's role × wave matrix). */
  openTasksByRoleAndWave(projectId: string): Promise<{ role_id: string; wave_id: string; open_task_count: number }[]> {
    return this.db.query(
      `SELECT role_id, wave_id, count(*)::int AS open_task_count FROM tasks
       WHERE project_id = $1 AND wave_id IS NOT NULL AND ${isOpenSql('tasks')}
       GROUP BY role_id, wave_id`,
      [projectId],
    );
  }

  /** Roles that still have open work, of several projects at once: one index probe per role of the projects. */
  rolesWithOpenTasks(projectIds: readonly string[]): Promise<{ project_id: string; role_id: string }[]> {
    return this.db.query(
      `SELECT r.project_id, r.id AS role_id FROM roles r
       WHERE r.project_id = ANY($1)
         AND EXISTS (SELECT 1 FROM tasks t WHERE t.role_id = r.id AND t.project_id = r.project_id AND ${isOpenSql('t')})`,
      [projectIds],
    );
  }
}
