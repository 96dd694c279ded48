import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { versionedUpdate } from '../common/database/versioned-update';
import { notFound } from '../common/errors/app-error';
import { RiskRow, RiskStatus } from './models/risk.model';

/** What a new risk is made of; the database fills in id, status, version and created_at. */
export interface NewRisk {
  projectId: string;
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  mitigation: string;
  roleId: string | null;
  ownerId: string | null;
}

/** Column → value for an update; only the columns given change. */
export type RiskChanges = Partial<Pick<RiskRow, 'title' | 'description' | 'likelihood' | 'impact' | 'mitigation' | 'role_id' | 'owner_id' | 'status'>>;

/** The risks table, and only this file writes it. */
@Injectable()
export class RisksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(projectId: string, includeClosed: boolean): Promise<RiskRow[]> {
    return this.db.query(`SELECT * FROM risks WHERE project_id = $1 AND ($2 OR status <> '${RiskStatus.CLOSED}')`, [projectId, includeClosed]);
  }

  /** Open risks of several projects at once (health summarises them). Every risk not closed is open. */
  openByProjects(projectIds: readonly string[]): Promise<RiskRow[]> {
    return this.db.query(`SELECT * FROM risks WHERE project_id = ANY($1) AND status <> '${RiskStatus.CLOSED}'`, [projectIds]);
  }

  async find(tx: EntityManager, id: string): Promise<RiskRow> {
    const rows: RiskRow[] = await tx.query('SELECT * FROM risks WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('This risk');
    return rows[0];
  }

  async insert(tx: EntityManager, risk: NewRisk): Promise<RiskRow> {
    const [row]: RiskRow[] = await tx.query(
      `INSERT INTO risks (project_id, title, description, likelihood, impact, mitigation, role_id, owner_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [risk.projectId, risk.title, risk.description, risk.likelihood, risk.impact, risk.mitigation, risk.roleId, risk.ownerId],
    );
    return row;
  }

  update(tx: EntityManager, id: string, version: number, set: RiskChanges) {
    return versionedUpdate<RiskRow & Record<string, unknown>>(tx, { table: 'risks', id, version, set, what: 'This risk' });
  }
}
