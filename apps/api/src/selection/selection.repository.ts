import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { versionedUpdate } from '../common/database/versioned-update';
import { RequirementRow } from '../requirements/models/requirement.model';
import { CriterionRow, DecisionRow, ScoreRow, VendorRow } from './models/selection.model';

export interface NewVendor {
  projectId: string;
  name: string;
  product: string;
  notes: string;
}

export interface NewCriterion {
  projectId: string;
  name: string;
  weight: number;
}

export interface ScoreValue {
  vendorId: string;
  criterionId: string;
  projectId: string;
  score: number;
  comment: string;
}

export interface Decision {
  projectId: string;
  vendorId: string;
  rationale: string;
  decidedBy: string;
  decidedOn: string;
  recordedBy: string;
}

export type CriterionChanges = { name?: string; weight?: number };

/**
 * The vendor evaluation's tables: vendors, selection_criteria with their traced requirements
 * (criterion_requirements), vendor_scores and selection_decisions. Only this file writes them.
 */
@Injectable()
export class SelectionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  vendors(projectId: string): Promise<VendorRow[]> {
    return this.db.query('SELECT * FROM vendors WHERE project_id = $1 ORDER BY created_at, name', [projectId]);
  }

  /** The criteria of several projects at once, each project's in the order they were added. */
  criteriaOf(projectIds: readonly string[]): Promise<CriterionRow[]> {
    return this.db.query('SELECT * FROM selection_criteria WHERE project_id = ANY($1) ORDER BY position', [projectIds]);
  }

  scoresOfProject(projectId: string): Promise<ScoreRow[]> {
    return this.db.query('SELECT * FROM vendor_scores WHERE project_id = $1', [projectId]);
  }

  scoresOfVendors(vendorIds: readonly string[]): Promise<ScoreRow[]> {
    return this.db.query('SELECT * FROM vendor_scores WHERE vendor_id = ANY($1)', [vendorIds]);
  }

  /** The ids of every requirement some criterion of the project traces to. */
  async tracedRequirementIds(projectId: string): Promise<string[]> {
    const rows: { requirement_id: string }[] = await this.db.query(
      'SELECT l.requirement_id FROM criterion_requirements l JOIN selection_criteria c ON c.id = l.criterion_id WHERE c.project_id = $1',
      [projectId],
    );
    return rows.map((r) => r.requirement_id);
  }

  /** The traced requirements of several criteria in one statement, in capture order. */
  requirementsOf(criterionIds: readonly string[]): Promise<(RequirementRow & { criterion_id: string })[]> {
    return this.db.query(
      `SELECT r.*, l.criterion_id FROM criterion_requirements l JOIN requirements r ON r.id = l.requirement_id
       WHERE l.criterion_id = ANY($1) ORDER BY r.seq`,
      [criterionIds],
    );
  }

  /** The project's decision with the chosen vendor, or undefined before one is recorded. */
  async decision(projectId: string): Promise<(DecisionRow & { vendor: VendorRow }) | undefined> {
    const rows: (DecisionRow & VendorRow)[] = await this.db.query(
      `SELECT d.project_id, d.vendor_id, d.rationale, d.decided_by, d.decided_on, d.recorded_at, v.name, v.product, v.notes, v.version
       FROM selection_decisions d JOIN vendors v ON v.id = d.vendor_id WHERE d.project_id = $1`,
      [projectId],
    );
    const d = rows[0];
    if (!d) return undefined;
    return {
      project_id: d.project_id,
      vendor_id: d.vendor_id,
      rationale: d.rationale,
      decided_by: d.decided_by,
      decided_on: d.decided_on,
      recorded_at: d.recorded_at,
      vendor: { id: d.vendor_id, project_id: d.project_id, name: d.name, product: d.product, notes: d.notes, version: d.version },
    };
  }

  async vendorInProject(tx: EntityManager, projectId: string, vendorId: string): Promise<VendorRow | undefined> {
    const rows: VendorRow[] = await tx.query('SELECT * FROM vendors WHERE id = $1 AND project_id = $2', [vendorId, projectId]);
    return rows[0];
  }

  async vendorNameTaken(tx: EntityManager, projectId: string, name: string): Promise<boolean> {
    return (await tx.query('SELECT 1 FROM vendors WHERE project_id = $1 AND lower(name) = lower($2)', [projectId, name])).length > 0;
  }

  async insertVendor(tx: EntityManager, vendor: NewVendor): Promise<VendorRow> {
    const [row]: VendorRow[] = await tx.query('INSERT INTO vendors (project_id, name, product, notes) VALUES ($1, $2, $3, $4) RETURNING *', [
      vendor.projectId,
      vendor.name,
      vendor.product,
      vendor.notes,
    ]);
    return row;
  }

  async criterionNameTaken(tx: EntityManager, projectId: string, name: string): Promise<boolean> {
    return (await tx.query('SELECT 1 FROM selection_criteria WHERE project_id = $1 AND lower(name) = lower($2)', [projectId, name])).length > 0;
  }

  /** A new criterion goes last. */
  async insertCriterion(tx: EntityManager, criterion: NewCriterion): Promise<CriterionRow> {
    const [row]: CriterionRow[] = await tx.query(
      `INSERT INTO selection_criteria (project_id, name, weight, position)
       VALUES ($1, $2, $3, (SELECT coalesce(max(position), 0) + 1 FROM selection_criteria WHERE project_id = $1)) RETURNING *`,
      [criterion.projectId, criterion.name, criterion.weight],
    );
    return row;
  }

  async criterionProject(tx: EntityManager, criterionId: string): Promise<string | undefined> {
    const rows: { project_id: string }[] = await tx.query('SELECT project_id FROM selection_criteria WHERE id = $1', [criterionId]);
    return rows[0]?.project_id;
  }

  updateCriterion(tx: EntityManager, id: string, version: number, set: CriterionChanges) {
    return versionedUpdate<CriterionRow & Record<string, unknown>>(tx, { table: 'selection_criteria', id, version, set, what: 'This criterion' });
  }

  /** Sets the requirements a criterion traces to, replacing the earlier ones when asked. */
  async traceRequirements(tx: EntityManager, criterionId: string, requirementIds: string[], replacing: boolean): Promise<void> {
    if (replacing) await tx.query('DELETE FROM criterion_requirements WHERE criterion_id = $1', [criterionId]);
    if (requirementIds.length === 0) return;
    await tx.query('INSERT INTO criterion_requirements (criterion_id, requirement_id) SELECT $1, unnest($2::uuid[])', [criterionId, requirementIds]);
  }

  /** The score a vendor has on a criterion, locked until the transaction ends. */
  async lockScore(tx: EntityManager, vendorId: string, criterionId: string): Promise<ScoreRow | undefined> {
    const rows: ScoreRow[] = await tx.query('SELECT * FROM vendor_scores WHERE vendor_id = $1 AND criterion_id = $2 FOR UPDATE', [vendorId, criterionId]);
    return rows[0];
  }

  /** Inserts the score, or replaces the one there is (a new version). */
  async upsertScore(tx: EntityManager, score: ScoreValue): Promise<ScoreRow> {
    const [row]: ScoreRow[] = await tx.query(
      `INSERT INTO vendor_scores (vendor_id, criterion_id, project_id, score, comment) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (vendor_id, criterion_id) DO UPDATE SET score = EXCLUDED.score, comment = EXCLUDED.comment,
         version = vendor_scores.version + 1, updated_at = now()
       RETURNING *`,
      [score.vendorId, score.criterionId, score.projectId, score.score, score.comment],
    );
    return row;
  }

  /** The decision as it stands before a new one replaces it, locked until the transaction ends. */
  async lockDecision(tx: EntityManager, projectId: string): Promise<{ vendor_id: string; rationale: string } | undefined> {
    const rows: { vendor_id: string; rationale: string }[] = await tx.query('SELECT vendor_id, rationale FROM selection_decisions WHERE project_id = $1 FOR UPDATE', [projectId]);
    return rows[0];
  }

  /** A project has one decision: recording another revises it. */
  async upsertDecision(tx: EntityManager, decision: Decision): Promise<{ recorded_at: Date }> {
    const [row]: { recorded_at: Date }[] = await tx.query(
      `INSERT INTO selection_decisions (project_id, vendor_id, rationale, decided_by, decided_on, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (project_id) DO UPDATE SET vendor_id = EXCLUDED.vendor_id, rationale = EXCLUDED.rationale, decided_by = EXCLUDED.decided_by,
         decided_on = EXCLUDED.decided_on, recorded_by = EXCLUDED.recorded_by, recorded_at = now()
       RETURNING recorded_at`,
      [decision.projectId, decision.vendorId, decision.rationale, decision.decidedBy, decision.decidedOn, decision.recordedBy],
    );
    return row;
  }
}

