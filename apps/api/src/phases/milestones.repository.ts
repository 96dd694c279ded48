import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { versionedUpdate } from '../common/database/versioned-update';
import { notFound } from '../common/errors/app-error';
import { MilestoneRow } from './models/phase.model';

export interface NewMilestone {
  projectId: string;
  phaseId: string;
  name: string;
  dueDate: string;
  ownerRoleId?: string | null;
}

/** Column → value for an update; only the columns given change. */
export type MilestoneChanges = Partial<Pick<MilestoneRow, 'name' | 'due_date' | 'phase_id' | 'status' | 'completed_at' | 'owner_role_id'>>;

/** The milestones table, and only this file (with the template's bulk insert) writes it. */
@Injectable()
export class MilestonesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** By due date, so a phase's gate and a project's timeline list them in the order they fall due. */
  byPhases(phaseIds: readonly string[], tx: EntityManager = this.db.manager): Promise<MilestoneRow[]> {
    return tx.query('SELECT * FROM milestones WHERE phase_id = ANY($1) ORDER BY due_date, name', [phaseIds]);
  }

  byProjects(projectIds: readonly string[]): Promise<MilestoneRow[]> {
    return this.db.query('SELECT * FROM milestones WHERE project_id = ANY($1) ORDER BY due_date, name', [projectIds]);
  }

  byIds(ids: readonly string[]): Promise<MilestoneRow[]> {
    return this.db.query('SELECT * FROM milestones WHERE id = ANY($1)', [ids]);
  }

  async find(tx: EntityManager, id: string): Promise<MilestoneRow> {
    const rows: MilestoneRow[] = await tx.query('SELECT * FROM milestones WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('This milestone');
    return rows[0];
  }

  async findOrNone(tx: EntityManager, id: string): Promise<MilestoneRow | undefined> {
    const rows: MilestoneRow[] = await tx.query('SELECT * FROM milestones WHERE id = $1', [id]);
    return rows[0];
  }

  /** Open milestones due on or after the day, of every program: the reminders the startup catch-up schedules. */
  openDueFrom(tx: EntityManager, day: string): Promise<MilestoneRow[]> {
    return tx.query("SELECT * FROM milestones WHERE status <> 'DONE' AND due_date >= $1", [day]);
  }

  /** Rows by id inside a transaction (a restore from the trash). */
  byIdsIn(tx: EntityManager, ids: readonly string[]): Promise<MilestoneRow[]> {
    return tx.query('SELECT * FROM milestones WHERE id = ANY($1)', [ids]);
  }

  async insert(tx: EntityManager, milestone: NewMilestone): Promise<MilestoneRow> {
    const [row]: MilestoneRow[] = await tx.query(
      'INSERT INTO milestones (project_id, phase_id, name, due_date, owner_role_id) VALUES ($1, $2, $3, $4, $5) RETURNING *',
      [milestone.projectId, milestone.phaseId, milestone.name, milestone.dueDate, milestone.ownerRoleId ?? null],
    );
    return row;
  }

  /** Many new milestones of one project in one statement. (Added for plan import.) */
  insertMany(tx: EntityManager, projectId: string, milestones: readonly Omit<NewMilestone, 'projectId' | 'ownerRoleId'>[]): Promise<MilestoneRow[]> {
    if (milestones.length === 0) return Promise.resolve([]);
    return tx.query(
      `INSERT INTO milestones (project_id, phase_id, name, due_date)
       SELECT $1, m.phase_id, m.name, m.due_date FROM unnest($2::uuid[], $3::text[], $4::date[]) AS m(phase_id, name, due_date)
       RETURNING *`,
      [projectId, milestones.map((m) => m.phaseId), milestones.map((m) => m.name), milestones.map((m) => m.dueDate)],
    );
  }

  update(tx: EntityManager, id: string, version: number, set: MilestoneChanges) {
    return versionedUpdate<MilestoneRow & Record<string, unknown>>(tx, { table: 'milestones', id, version, set, what: 'This milestone' });
  }

  /** The project's milestones that the template created under this key (a plan has one per key). */
  byTemplateKey(tx: EntityManager, projectId: string, templateKey: string): Promise<MilestoneRow[]> {
    return tx.query('SELECT * FROM milestones WHERE project_id = $1 AND template_key = $2', [projectId, templateKey]);
  }
}
