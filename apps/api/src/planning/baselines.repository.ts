import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export type PlanItemType = 'TASK' | 'MILESTONE';

export interface BaselineRow {
  id: string;
  project_id: string;
  name: string;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date;
  item_count: number;
}

/** A task or milestone as a plan dates it: a baseline's copy or today's row. */
export interface PlanItemRow {
  item_type: PlanItemType;
  item_id: string;
  title: string;
  start_date: string | null;
  finish_date: string | null;
  duration_days: number | null;
}

const BASELINE_COLUMNS = `b.id, b.project_id, b.name, b.created_by, u.name AS created_by_name, b.created_at,
  (SELECT count(*) FROM baseline_items i WHERE i.baseline_id = b.id)::int AS item_count`;

/**
 * Today's plan as items: tasks with their dates and recorded length, milestones on their due day.
 * Written once, so the snapshot and the comparison read the plan the same way.
 */
const CURRENT_PLAN = `
  SELECT 'TASK' AS item_type, t.id AS item_id, t.title, t.start_date, t.due_date AS finish_date, t.duration_days
  FROM tasks t WHERE t.project_id = $1
  UNION ALL
  SELECT 'MILESTONE', m.id, m.name, m.due_date, m.due_date, NULL::int
  FROM milestones m WHERE m.project_id = $1`;

/** Baselines and their items; the plan itself is read here too, since a snapshot copies it in one statement. */
@Injectable()
export class BaselinesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(tx: EntityManager, projectId: string, name: string, createdBy: string): Promise<string> {
    const [row]: { id: string }[] = await tx.query('INSERT INTO baselines (project_id, name, created_by) VALUES ($1, $2, $3) RETURNING id', [projectId, name, createdBy]);
    return row.id;
  }

  /** Copies the whole plan into the baseline in one statement, however many tasks it has. */
  async snapshot(tx: EntityManager, baselineId: string, projectId: string): Promise<void> {
    await tx.query(
      `INSERT INTO baseline_items (baseline_id, item_type, item_id, title, start_date, finish_date, duration_days)
       SELECT $2, p.item_type, p.item_id, p.title, p.start_date, p.finish_date, p.duration_days FROM (${CURRENT_PLAN}) p`,
      [projectId, baselineId],
    );
  }

  async nameTaken(tx: EntityManager, projectId: string, name: string): Promise<boolean> {
    const rows: unknown[] = await tx.query('SELECT 1 FROM baselines WHERE project_id = $1 AND lower(name) = lower($2)', [projectId, name]);
    return rows.length > 0;
  }

  async find(id: string, manager: EntityManager | DataSource = this.db): Promise<BaselineRow | undefined> {
    const rows: BaselineRow[] = await manager.query(`SELECT ${BASELINE_COLUMNS} FROM baselines b LEFT JOIN users u ON u.id = b.created_by WHERE b.id = $1`, [id]);
    return rows[0];
  }

  /** Newest first: the one saved for the last steering committee is the one usually compared. */
  list(projectId: string): Promise<BaselineRow[]> {
    return this.db.query(
      `SELECT ${BASELINE_COLUMNS} FROM baselines b LEFT JOIN users u ON u.id = b.created_by
       WHERE b.project_id = $1 ORDER BY b.created_at DESC, b.name`,
      [projectId],
    );
  }

  items(baselineId: string): Promise<PlanItemRow[]> {
    return this.db.query(
      'SELECT item_type, item_id, title, start_date, finish_date, duration_days FROM baseline_items WHERE baseline_id = $1',
      [baselineId],
    );
  }

  currentPlan(projectId: string): Promise<PlanItemRow[]> {
    return this.db.query(CURRENT_PLAN, [projectId]);
  }
}
