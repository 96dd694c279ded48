import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { versionedUpdate } from '../common/database/versioned-update';
import { notFound } from '../common/errors/app-error';
import { HypercareTargetRow, SupportItemRow } from './models/support-item.model';

export interface NewSupportItem {
  projectId: string;
  waveId: string;
  title: string;
  description: string;
  severity: number;
  category: string;
  reporterId: string | null;
  ownerRoleId: string | null;
  createdBy: string;
}

export type SupportItemChanges = Partial<
  Pick<SupportItemRow, 'title' | 'description' | 'severity' | 'category' | 'status' | 'reporter_id' | 'owner_role_id' | 'responded_at' | 'resolved_at'>
>;

/** What health and the exit gate need of an item: its clock and state, nothing to show. */
export type SupportItemClockRow = Pick<SupportItemRow, 'project_id' | 'wave_id' | 'severity' | 'status' | 'created_at' | 'responded_at' | 'resolved_at'>;

const OPEN = "status NOT IN ('RESOLVED', 'CLOSED')";

/** The support_items and hypercare_targets tables, and only this file writes them. */
@Injectable()
export class HypercareRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  byWave(waveId: string): Promise<SupportItemRow[]> {
    return this.db.query('SELECT * FROM support_items WHERE wave_id = $1 ORDER BY number DESC', [waveId]);
  }

  /** Every item of the wave, for the exit gate (open ones and the weekly volume). */
  clocksOfWave(waveId: string, manager: EntityManager = this.db.manager): Promise<SupportItemClockRow[]> {
    return manager.query('SELECT project_id, wave_id, severity, status, created_at, responded_at, resolved_at FROM support_items WHERE wave_id = $1', [waveId]);
  }

  /** Open items of several programs at once with their wave's name, for health: one statement whatever their number. */
  openOfProjects(projectIds: readonly string[]): Promise<(SupportItemClockRow & { wave_name: string })[]> {
    return this.db.query(
      `SELECT i.project_id, i.wave_id, w.name AS wave_name, i.severity, i.status, i.created_at, i.responded_at, i.resolved_at
         FROM support_items i JOIN rollout_waves w ON w.id = i.wave_id
        WHERE i.project_id = ANY($1) AND i.${OPEN} ORDER BY w.go_live_date, w.name`,
      [projectIds],
    );
  }

  async find(tx: EntityManager, id: string): Promise<SupportItemRow> {
    const rows: SupportItemRow[] = await tx.query('SELECT * FROM support_items WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('This support item');
    return rows[0];
  }

  /** Numbers follow on per program; the caller takes the program's turn first so two inserts never pick the same one. */
  async insert(tx: EntityManager, item: NewSupportItem): Promise<SupportItemRow> {
    const [row]: SupportItemRow[] = await tx.query(
      `INSERT INTO support_items (project_id, wave_id, number, title, description, severity, category, reporter_id, owner_role_id, created_by)
       VALUES ($1, $2, (SELECT COALESCE(MAX(number), 0) + 1 FROM support_items WHERE project_id = $1), $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      [item.projectId, item.waveId, item.title, item.description, item.severity, item.category, item.reporterId, item.ownerRoleId, item.createdBy],
    );
    return row;
  }

  update(tx: EntityManager, id: string, version: number, set: SupportItemChanges) {
    return versionedUpdate<SupportItemRow & Record<string, unknown>>(tx, { table: 'support_items', id, version, set, what: 'This support item' });
  }

  targetsOfProjects(projectIds: readonly string[], manager: EntityManager = this.db.manager): Promise<HypercareTargetRow[]> {
    return manager.query('SELECT * FROM hypercare_targets WHERE project_id = ANY($1) ORDER BY severity', [projectIds]);
  }

  async upsertTargets(tx: EntityManager, projectId: string, targets: readonly { severity: number; responseMinutes: number; resolutionMinutes: number }[]): Promise<void> {
    await tx.query(
      `INSERT INTO hypercare_targets (project_id, severity, response_minutes, resolution_minutes)
       SELECT $1, t.severity, t.response, t.resolution
         FROM unnest($2::smallint[], $3::int[], $4::int[]) AS t(severity, response, resolution)
       ON CONFLICT (project_id, severity) DO UPDATE SET response_minutes = EXCLUDED.response_minutes, resolution_minutes = EXCLUDED.resolution_minutes`,
      [projectId, targets.map((t) => t.severity), targets.map((t) => t.responseMinutes), targets.map((t) => t.resolutionMinutes)],
    );
  }
}
