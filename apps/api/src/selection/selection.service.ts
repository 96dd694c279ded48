import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { rankVendors, selectionSensitivity, untracedRequirements } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { versionedUpdate } from '../common/database/versioned-update';
import { badUserInput, conflict, notFound } from '../common/errors/app-error';
import { ProjectAccessService } from '../projects/project-access.service';
import { RequirementModel, RequirementRow, toRequirement } from '../requirements/models/requirement.model';
import { CreateCriterionInput, CreateVendorInput, RecordSelectionDecisionInput, SetScoreInput, UpdateCriterionInput } from './dto/selection.inputs';
import {
  SelectionCriterionModel,
  SelectionDecisionModel,
  SelectionSensitivityModel,
  VendorModel,
  VendorRankEntryModel,
  VendorScoreModel,
} from './models/selection.model';

type Row = Record<string, unknown>;

interface VendorRow {
  id: string;
  project_id: string;
  name: string;
  product: string;
  notes: string;
  version: number;
}
interface CriterionRow {
  id: string;
  project_id: string;
  name: string;
  weight: string;
  version: number;
}
interface ScoreRow {
  vendor_id: string;
  criterion_id: string;
  score: string;
  comment: string;
  version: number;
}

const toVendor = (r: VendorRow): VendorModel => ({ id: r.id, projectId: r.project_id, name: r.name, product: r.product, notes: r.notes, version: r.version });
export const toCriterion = (r: CriterionRow): SelectionCriterionModel => ({ id: r.id, projectId: r.project_id, name: r.name, weight: Number(r.weight), version: r.version });
export const toScore = (r: ScoreRow): VendorScoreModel => ({ vendorId: r.vendor_id, criterionId: r.criterion_id, score: Number(r.score), comment: r.comment, version: r.version });

/** The milestone of the standard template that a recorded decision completes. */
const SELECTION_MILESTONE_KEY = 'vendor-selected';

@Injectable()
export class SelectionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  async vendors(projectId: string, userId: string): Promise<VendorModel[]> {
    await this.access.canView(projectId, userId);
    return this.loadVendors(projectId);
  }

  async criteria(projectId: string, userId: string): Promise<SelectionCriterionModel[]> {
    await this.access.canView(projectId, userId);
    return this.loadCriteria(projectId);
  }

  async ranking(projectId: string, userId: string): Promise<VendorRankEntryModel[]> {
    await this.access.canView(projectId, userId);
    const { vendors, criteria, scores } = await this.evaluation(projectId);
    const byId = new Map(vendors.map((v) => [v.id, v]));
    return rankVendors(vendors.map((v) => v.id), criteria, scores).map((s) => ({
      rank: s.rank,
      score: s.score,
      vendor: byId.get(s.vendorId)!,
      unscoredCriteria: s.unscoredCriterionIds.length,
    }));
  }

  async sensitivity(projectId: string, userId: string): Promise<SelectionSensitivityModel> {
    await this.access.canView(projectId, userId);
    const { vendors, criteria, scores } = await this.evaluation(projectId);
    const vendorById = new Map(vendors.map((v) => [v.id, v]));
    const criterionById = new Map(criteria.map((c) => [c.id, c]));
    const result = selectionSensitivity(vendors.map((v) => v.id), criteria, scores);
    const names = (ids: string[]) => ids.map((id) => vendorById.get(id)!.name).join(' and ');
    let verdict: string;
    if (vendors.length < 2 || criteria.length === 0 || scores.length === 0) verdict = 'Add at least two vendors, one criterion and some scores to compare them.';
    else if (result.leaderIds.length > 1) verdict = `${names(result.leaderIds)} are tied for the lead: the evaluation does not separate them yet.`;
    else if (result.stable) verdict = `${names(result.leaderIds)} stays ahead whichever single weight moves by 10%: the lead is robust.`;
    else {
      const first = result.flips[0];
      verdict = `The lead is fragile: ${first.changePercent > 0 ? 'raising' : 'lowering'} the weight of "${criterionById.get(first.criterionId)!.name}" by 10% puts ${names(first.leaderIds)} in front.`;
    }
    return {
      stable: result.stable,
      leaders: result.leaderIds.map((id) => vendorById.get(id)!),
      flips: result.flips.map((f) => ({ criterion: criterionById.get(f.criterionId)!, changePercent: f.changePercent, leaders: f.leaderIds.map((id) => vendorById.get(id)!) })),
      verdict,
    };
  }

  /** MUST requirements (not rejected) that no criterion traces to: the evaluation says nothing about them. */
  async unevaluatedRequirements(projectId: string, userId: string): Promise<RequirementModel[]> {
    await this.access.canView(projectId, userId);
    const musts: RequirementRow[] = await this.db.query(
      "SELECT * FROM requirements WHERE project_id = $1 AND priority = 'MUST' AND status <> 'REJECTED' ORDER BY seq",
      [projectId],
    );
    const links: { criterion_id: string; requirement_id: string }[] = await this.db.query(
      'SELECT l.criterion_id, l.requirement_id FROM criterion_requirements l JOIN selection_criteria c ON c.id = l.criterion_id WHERE c.project_id = $1',
      [projectId],
    );
    const missing = new Set(untracedRequirements(musts.map((r) => r.id), [links.map((l) => l.requirement_id)]));
    return musts.filter((r) => missing.has(r.id)).map(toRequirement);
  }

  async decision(projectId: string, userId: string): Promise<SelectionDecisionModel | null> {
    await this.access.canView(projectId, userId);
    const rows: (Row & VendorRow & { rationale: string; decided_by: string; decided_on: string; recorded_at: Date; vendor_id: string })[] = await this.db.query(
      'SELECT d.*, v.name, v.product, v.notes, v.version, v.project_id FROM selection_decisions d JOIN vendors v ON v.id = d.vendor_id WHERE d.project_id = $1',
      [projectId],
    );
    const d = rows[0];
    if (!d) return null;
    return { vendor: toVendor({ ...d, id: d.vendor_id }), rationale: d.rationale, decidedBy: d.decided_by, decidedOn: d.decided_on, recordedAt: d.recorded_at };
  }

  async createVendor(input: CreateVendorInput, userId: string): Promise<VendorModel> {
    return this.db.transaction(async (tx) => {
      await this.access.canEdit(input.projectId, userId, tx);
      const taken = await tx.query('SELECT 1 FROM vendors WHERE project_id = $1 AND lower(name) = lower($2)', [input.projectId, input.name]);
      if (taken.length) throw badUserInput([{ field: 'name', message: 'This vendor is already on the list.' }]);
      const [row]: VendorRow[] = await tx.query('INSERT INTO vendors (project_id, name, product, notes) VALUES ($1, $2, $3, $4) RETURNING *', [
        input.projectId,
        input.name,
        input.product.trim(),
        input.notes.trim(),
      ]);
      await this.audit.record(tx, { projectId: input.projectId, entityType: 'Vendor', entityId: row.id, action: 'CREATED', actorId: userId, after: { name: row.name } });
      return toVendor(row);
    });
  }

  async createCriterion(input: CreateCriterionInput, userId: string): Promise<SelectionCriterionModel> {
    return this.db.transaction(async (tx) => {
      await this.access.canEdit(input.projectId, userId, tx);
      const taken = await tx.query('SELECT 1 FROM selection_criteria WHERE project_id = $1 AND lower(name) = lower($2)', [input.projectId, input.name]);
      if (taken.length) throw badUserInput([{ field: 'name', message: 'A criterion with this name already exists.' }]);
      const [row]: CriterionRow[] = await tx.query(
        `INSERT INTO selection_criteria (project_id, name, weight, position)
         VALUES ($1, $2, $3, (SELECT coalesce(max(position), 0) + 1 FROM selection_criteria WHERE project_id = $1)) RETURNING *`,
        [input.projectId, input.name, input.weight],
      );
      await this.traceRequirements(tx, input.projectId, row.id, input.requirementIds);
      await this.audit.record(tx, { projectId: input.projectId, entityType: 'SelectionCriterion', entityId: row.id, action: 'CREATED', actorId: userId, after: { name: row.name, weight: row.weight } });
      return toCriterion(row);
    });
  }

  async updateCriterion(input: UpdateCriterionInput, userId: string): Promise<SelectionCriterionModel> {
    return this.db.transaction(async (tx) => {
      const rows: CriterionRow[] = await tx.query('SELECT * FROM selection_criteria WHERE id = $1', [input.id]);
      if (!rows[0]) throw notFound('This criterion');
      await this.access.canEdit(rows[0].project_id, userId, tx);
      const set: Row = {};
      if (input.name !== undefined) set['name'] = input.name;
      if (input.weight !== undefined) set['weight'] = input.weight;
      const { before, after } = await versionedUpdate<CriterionRow & Row>(tx, { table: 'selection_criteria', id: input.id, version: input.version, set, what: 'This criterion' });
      if (input.requirementIds !== undefined) {
        await tx.query('DELETE FROM criterion_requirements WHERE criterion_id = $1', [input.id]);
        await this.traceRequirements(tx, rows[0].project_id, input.id, input.requirementIds);
      }
      await this.audit.record(tx, { projectId: rows[0].project_id, entityType: 'SelectionCriterion', entityId: input.id, action: 'UPDATED', actorId: userId, ...changedColumns(before, after) });
      return toCriterion(after);
    });
  }

  async setScore(input: SetScoreInput, userId: string): Promise<VendorScoreModel> {
    if (!Number.isInteger(input.score * 2)) throw badUserInput([{ field: 'score', message: 'Score in steps of 0.5, from 0 to 5.' }]);
    return this.db.transaction(async (tx) => {
      const pair: { vendor_project: string; criterion_project: string | null }[] = await tx.query(
        'SELECT v.project_id AS vendor_project, (SELECT project_id FROM selection_criteria WHERE id = $2) AS criterion_project FROM vendors v WHERE v.id = $1',
        [input.vendorId, input.criterionId],
      );
      if (!pair[0]) throw notFound('This vendor');
      const projectId = pair[0].vendor_project;
      await this.access.canEdit(projectId, userId, tx);
      if (pair[0].criterion_project !== projectId) throw badUserInput([{ field: 'criterionId', message: 'This criterion belongs to another project.' }]);
      const existing: ScoreRow[] = await tx.query('SELECT * FROM vendor_scores WHERE vendor_id = $1 AND criterion_id = $2 FOR UPDATE', [input.vendorId, input.criterionId]);
      if (input.version != null && existing[0]?.version !== input.version) throw conflict('This score');
      const [row]: ScoreRow[] = await tx.query(
        `INSERT INTO vendor_scores (vendor_id, criterion_id, project_id, score, comment) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (vendor_id, criterion_id) DO UPDATE SET score = EXCLUDED.score, comment = EXCLUDED.comment,
           version = vendor_scores.version + 1, updated_at = now()
         RETURNING *`,
        [input.vendorId, input.criterionId, projectId, input.score, input.comment.trim()],
      );
      await this.audit.record(tx, {
        projectId,
        entityType: 'VendorScore',
        entityId: input.vendorId,
        action: existing[0] ? 'UPDATED' : 'CREATED',
        actorId: userId,
        before: existing[0] ? { criterion_id: input.criterionId, score: Number(existing[0].score), comment: existing[0].comment } : null,
        after: { criterion_id: input.criterionId, score: input.score, comment: input.comment.trim() },
      });
      return toScore(row);
    });
  }

  /** Records the decision and completes the template's "vendor selected" milestone with it. */
  async recordDecision(input: RecordSelectionDecisionInput, userId: string): Promise<SelectionDecisionModel> {
    return this.db.transaction(async (tx) => {
      await this.access.canEdit(input.projectId, userId, tx);
      const vendors: VendorRow[] = await tx.query('SELECT * FROM vendors WHERE id = $1 AND project_id = $2', [input.vendorId, input.projectId]);
      if (!vendors[0]) throw badUserInput([{ field: 'vendorId', message: 'Choose one of this project’s vendors.' }]);
      const previous: { vendor_id: string; rationale: string }[] = await tx.query('SELECT vendor_id, rationale FROM selection_decisions WHERE project_id = $1', [input.projectId]);
      const [row]: { recorded_at: Date }[] = await tx.query(
        `INSERT INTO selection_decisions (project_id, vendor_id, rationale, decided_by, decided_on, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (project_id) DO UPDATE SET vendor_id = EXCLUDED.vendor_id, rationale = EXCLUDED.rationale, decided_by = EXCLUDED.decided_by,
           decided_on = EXCLUDED.decided_on, recorded_by = EXCLUDED.recorded_by, recorded_at = now()
         RETURNING recorded_at`,
        [input.projectId, input.vendorId, input.rationale, input.decidedBy, input.decidedOn, userId],
      );
      await this.audit.record(tx, {
        projectId: input.projectId,
        entityType: 'SelectionDecision',
        entityId: input.vendorId,
        action: previous[0] ? 'REVISED' : 'DECIDED',
        actorId: userId,
        before: previous[0] ?? null,
        after: { vendor: vendors[0].name, rationale: input.rationale, decided_by: input.decidedBy, decided_on: input.decidedOn },
      });
      const [milestones] = (await tx.query(
        `UPDATE milestones SET status = 'DONE', completed_at = now(), version = version + 1
         WHERE project_id = $1 AND template_key = $2 AND status <> 'DONE' RETURNING id, name`,
        [input.projectId, SELECTION_MILESTONE_KEY],
      )) as [{ id: string; name: string }[], number];
      for (const m of milestones) {
        await this.audit.record(tx, { projectId: input.projectId, entityType: 'Milestone', entityId: m.id, action: 'COMPLETED', actorId: userId, before: { status: 'PLANNED' }, after: { status: 'DONE', by: 'selection decision' } });
      }
      return { vendor: toVendor(vendors[0]), rationale: input.rationale, decidedBy: input.decidedBy, decidedOn: input.decidedOn, recordedAt: row.recorded_at };
    });
  }

  private async traceRequirements(tx: EntityManager, projectId: string, criterionId: string, requirementIds: string[]): Promise<void> {
    const ids = [...new Set(requirementIds)];
    if (ids.length === 0) return;
    const found: { id: string }[] = await tx.query('SELECT id FROM requirements WHERE project_id = $1 AND id = ANY($2)', [projectId, ids]);
    if (found.length !== ids.length) throw badUserInput([{ field: 'requirementIds', message: 'Trace only requirements of this project.' }]);
    await tx.query('INSERT INTO criterion_requirements (criterion_id, requirement_id) SELECT $1, unnest($2::uuid[])', [criterionId, ids]);
  }

  private async loadVendors(projectId: string): Promise<VendorModel[]> {
    const rows: VendorRow[] = await this.db.query('SELECT * FROM vendors WHERE project_id = $1 ORDER BY created_at, name', [projectId]);
    return rows.map(toVendor);
  }

  private async loadCriteria(projectId: string): Promise<SelectionCriterionModel[]> {
    const rows: CriterionRow[] = await this.db.query('SELECT * FROM selection_criteria WHERE project_id = $1 ORDER BY position', [projectId]);
    return rows.map(toCriterion);
  }

  private async evaluation(projectId: string) {
    const [vendors, criteria, scoreRows] = await Promise.all([
      this.loadVendors(projectId),
      this.loadCriteria(projectId),
      this.db.query('SELECT * FROM vendor_scores WHERE project_id = $1', [projectId]) as Promise<ScoreRow[]>,
    ]);
    const scores = scoreRows.map((s) => ({ vendorId: s.vendor_id, criterionId: s.criterion_id, score: Number(s.score) }));
    return { vendors, criteria, scores };
  }
}
