import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { ProjectPermission } from '../common/access/project-access';
import { versionedUpdate } from '../common/database/versioned-update';
import { notFound } from '../common/errors/app-error';
import { ProjectRow } from './models/project.model';

export interface NewProject {
  name: string;
  crmProduct: string;
  startDate: string;
  targetGoLiveDate: string;
  createdBy: string;
}

/** Column → value for an update; only the columns given change. */
export type ProjectChanges = Partial<Pick<ProjectRow, 'name' | 'crm_product' | 'start_date' | 'target_go_live_date' | 'status' | 'team_model' | 'archived_at'>>;

export interface MemberRow {
  id: string;
  email: string;
  name: string;
  permission: ProjectPermission;
}

/** The projects and project_members tables, and only this file writes them (invitations: project-invitations.repository.ts). */
/** How long an owner can restore a removed program. */
export const REMOVED_PROJECT_DAYS = 30;

@Injectable()
export class ProjectsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(tx: EntityManager, project: NewProject): Promise<ProjectRow> {
    const [row]: ProjectRow[] = await tx.query(
      `INSERT INTO projects (name, crm_product, start_date, target_go_live_date, created_by, organisation_id)
       VALUES ($1, $2, $3, $4, $5, (SELECT organisation_id FROM users WHERE id = $5)) RETURNING *`,
      [project.name, project.crmProduct, project.startDate, project.targetGoLiveDate, project.createdBy],
    );
    return row;
  }

  async find(id: string, tx: EntityManager = this.db.manager): Promise<ProjectRow> {
    const rows: ProjectRow[] = await tx.query('SELECT * FROM projects WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('Project');
    return rows[0];
  }

  /** The program while it is in use (neither archived nor removed): reminders are sent only then. */
  async activeOrNone(tx: EntityManager, id: string): Promise<ProjectRow | undefined> {
    const rows: ProjectRow[] = await tx.query('SELECT * FROM projects WHERE id = $1 AND archived_at IS NULL AND removed_at IS NULL', [id]);
    return rows[0];
  }

  /** Every program not removed for good, for the startup catch-up of weekly status jobs. */
  allForReminders(tx: EntityManager): Promise<{ id: string; organisation_id: string }[]> {
    return tx.query('SELECT id, organisation_id FROM projects');
  }

  byIds(ids: readonly string[]): Promise<ProjectRow[]> {
    return this.db.query('SELECT * FROM projects WHERE id = ANY($1)', [ids]);
  }

  /** The projects the user is a member of, newest first; archived ones only when asked for, removed ones never. */
  listFor(userId: string, includeArchived = false): Promise<ProjectRow[]> {
    return this.db.query(
      `SELECT p.* FROM projects p JOIN project_members m ON m.project_id = p.id AND m.user_id = $1
       WHERE p.removed_at IS NULL AND ($2 OR p.archived_at IS NULL) ORDER BY p.created_at DESC`,
      [userId, includeArchived],
    );
  }

  /** Programs the user owns that were removed and can still be restored, last removed first. */
  removedOwnedBy(userId: string): Promise<ProjectRow[]> {
    return this.db.query(
      `SELECT p.* FROM projects p JOIN project_members m ON m.project_id = p.id AND m.user_id = $1 AND m.permission = 'OWNER'
       WHERE p.removed_at > now() - make_interval(days => ${REMOVED_PROJECT_DAYS}) ORDER BY p.removed_at DESC`,
      [userId],
    );
  }

  /** Removal, or its undoing: `removed_at` and `archived_at` change together (see the removed-projects migration). */
  async setRemoved(tx: EntityManager, id: string, removedBy: string | null, at: Date | null): Promise<void> {
    await tx.query(
      at
        ? 'UPDATE projects SET removed_at = $2, removed_by = $3, archived_at = coalesce(archived_at, $2) WHERE id = $1'
        : 'UPDATE projects SET archived_at = CASE WHEN archived_at = removed_at THEN NULL ELSE archived_at END, removed_at = NULL, removed_by = NULL WHERE id = $1',
      at ? [id, at, removedBy] : [id],
    );
  }

  /** Programs removed longer ago than they can be restored go for good, with everything in them. */
  async purgeRemoved(tx: EntityManager): Promise<void> {
    await tx.query(`DELETE FROM projects WHERE removed_at <= now() - make_interval(days => ${REMOVED_PROJECT_DAYS})`);
  }

  /** Every update also moves updated_at, which the version alone does not say. */
  update(tx: EntityManager, id: string, version: number, set: ProjectChanges) {
    return versionedUpdate<ProjectRow>(tx, { table: 'projects', id, version, set: { ...set, updated_at: new Date() }, what: 'This project' });
  }

  async permissionOf(tx: EntityManager, projectId: string, userId: string): Promise<ProjectPermission | null> {
    const rows: { permission: ProjectPermission }[] = await tx.query(
      'SELECT permission FROM project_members WHERE project_id = $1 AND user_id = $2',
      [projectId, userId],
    );
    return rows[0]?.permission ?? null;
  }

  /** The user's permission in each of the projects, null where they are not a member. */
  permissionsOf(userId: string, projectIds: readonly string[]): Promise<{ project_id: string; permission: ProjectPermission }[]> {
    return this.db.query('SELECT project_id, permission FROM project_members WHERE user_id = $1 AND project_id = ANY($2)', [userId, projectIds]);
  }

  /** Adding someone who is already a member changes their permission. */
  async setMember(tx: EntityManager, projectId: string, userId: string, permission: ProjectPermission): Promise<void> {
    await tx.query(
      `INSERT INTO project_members (project_id, user_id, permission) VALUES ($1, $2, $3)
       ON CONFLICT (project_id, user_id) DO UPDATE SET permission = EXCLUDED.permission`,
      [projectId, userId, permission],
    );
  }

  /** One member of the project, read inside the caller's transaction; undefined when they are none. */
  async member(tx: EntityManager, projectId: string, userId: string): Promise<MemberRow | undefined> {
    const rows: MemberRow[] = await tx.query(
      `SELECT u.id, u.email, u.name, m.permission FROM project_members m JOIN users u ON u.id = m.user_id
       WHERE m.project_id = $1 AND m.user_id = $2`,
      [projectId, userId],
    );
    return rows[0];
  }

  async ownerCount(tx: EntityManager, projectId: string): Promise<number> {
    const [row]: { owners: number }[] = await tx.query(
      "SELECT count(*)::int AS owners FROM project_members WHERE project_id = $1 AND permission = 'OWNER'",
      [projectId],
    );
    return row.owners;
  }

  async removeMember(tx: EntityManager, projectId: string, userId: string): Promise<void> {
    await tx.query('DELETE FROM project_members WHERE project_id = $1 AND user_id = $2', [projectId, userId]);
  }

  /** Owners first, then editors and viewers, each by name. */
  members(projectId: string, tx: EntityManager = this.db.manager): Promise<MemberRow[]> {
    return tx.query(
      `SELECT u.id, u.email, u.name, m.permission FROM project_members m JOIN users u ON u.id = m.user_id
       WHERE m.project_id = $1 ORDER BY array_position(ARRAY['OWNER', 'EDITOR', 'VIEWER'], m.permission), u.name`,
      [projectId],
    );
  }
}
