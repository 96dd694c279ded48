import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { englishText, rankVendors, requirementCoverage, selectionSensitivity, selectionVerdict, untracedRequirements } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { inTransaction, serializeWrites } from '../common/database/transaction';
import { badUserInput, conflict } from '../common/errors/app-error';
import { toMessageModel } from '../common/graphql/message.model';
import { MilestoneStatus } from '../phases/models/phase.model';
import { MilestonesRepository } from '../phases/milestones.repository';
import { PhasesService } from '../phases/phases.service';
import { MoscowPriority, RequirementModel, RequirementStatus, toRequirement } from '../requirements/models/requirement.model';
import { RequirementsRepository } from '../requirements/requirements.repository';
import { CreateCriterionInput, CreateVendorInput, RecordSelectionDecisionInput, SetScoreInput, UpdateCriterionInput } from './dto/selection.inputs';
import {
  RequirementCoverageStatus,
  SelectionCoverageModel,
  SelectionCriterionModel,
  SelectionDecisionModel,
  SelectionSensitivityModel,
  toCriterion,
  toScore,
  toVendor,
  VendorModel,
  VendorRankEntryModel,
  VendorScoreModel,
} from './models/selection.model';
import { CriterionChanges, SelectionRepository } from './selection.repository';

/** The milestone of the standard template that a recorded decision completes. */
const SELECTION_MILESTONE_KEY = 'vendor-selected';

@Injectable()
export class SelectionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly selection: SelectionRepository,
    private readonly requirements: RequirementsRepository,
    private readonly milestones: MilestonesRepository,
    private readonly phases: PhasesService,
    private readonly audit: AuditService,
  ) {}

  async vendors(access: ProjectAccess): Promise<VendorModel[]> {
    return (await this.selection.vendors(access.projectId)).map(toVendor);
  }

  async criteria(access: ProjectAccess): Promise<SelectionCriterionModel[]> {
    return (await this.selection.criteriaOf([access.projectId])).map(toCriterion);
  }

  async ranking(access: ProjectAccess): Promise<VendorRankEntryModel[]> {
    const { vendors, criteria, scores } = await this.evaluation(access.projectId);
    const byId = new Map(vendors.map((v) => [v.id, v]));
    return rankVendors(vendors.map((v) => v.id), criteria, scores).map((s) => ({
      rank: s.rank,
      score: s.score,
      vendor: byId.get(s.vendorId)!,
      unscoredCriteria: s.unscoredCriterionIds.length,
    }));
  }

  async sensitivity(access: ProjectAccess): Promise<SelectionSensitivityModel> {
    const { vendors, criteria, scores } = await this.evaluation(access.projectId);
    const vendorById = new Map(vendors.map((v) => [v.id, v]));
    const criterionById = new Map(criteria.map((c) => [c.id, c]));
    const result = selectionSensitivity(vendors.map((v) => v.id), criteria, scores);
    const verdict = selectionVerdict({
      comparable: vendors.length >= 2 && criteria.length > 0 && scores.length > 0,
      sensitivity: result,
      vendorName: (id) => vendorById.get(id)!.name,
      criterionName: (id) => criterionById.get(id)!.name,
    });
    return {
      stable: result.stable,
      leaders: result.leaderIds.map((id) => vendorById.get(id)!),
      flips: result.flips.map((f) => ({ criterion: criterionById.get(f.criterionId)!, changePercent: f.changePercent, leaders: f.leaderIds.map((id) => vendorById.get(id)!) })),
      verdict: englishText(verdict.code, verdict.params),
      verdictMessage: toMessageModel(verdict),
    };
  }

  /** MUST requirements (not rejected) that no criterion traces to: the evaluation says nothing about them. */
  async unevaluatedRequirements(access: ProjectAccess): Promise<RequirementModel[]> {
    const [musts, traced] = await Promise.all([this.requirements.openMusts(access.projectId), this.selection.tracedRequirementIds(access.projectId)]);
    const missing = new Set(untracedRequirements(musts.map((r) => r.id), [traced]));
    return musts.filter((r) => missing.has(r.id)).map(toRequirement);
  }

  /** Counts what the evaluation has to cover, so "every MUST requirement is traced" is only said when there is one. */
  async coverage(access: ProjectAccess): Promise<SelectionCoverageModel> {
    const inPlay = Object.values(RequirementStatus).filter((s) => s !== RequirementStatus.REJECTED);
    const [counts, untraced] = await Promise.all([
      this.requirements.countsByDepartmentAndPriority(access.projectId, { statuses: inPlay }),
      this.unevaluatedRequirements(access),
    ]);
    const tally = {
      requirementCount: counts.reduce((sum, c) => sum + c.n, 0),
      mustRequirementCount: counts.filter((c) => c.priority === MoscowPriority.MUST).reduce((sum, c) => sum + c.n, 0),
      untracedMustCount: untraced.length,
    };
    return { status: requirementCoverage(tally) as RequirementCoverageStatus, ...tally };
  }

  async decision(access: ProjectAccess): Promise<SelectionDecisionModel | null> {
    const d = await this.selection.decision(access.projectId);
    if (!d) return null;
    return { vendor: toVendor(d.vendor), rationale: d.rationale, decidedBy: d.decided_by, decidedOn: d.decided_on, recordedAt: d.recorded_at };
  }

  async createVendor(input: CreateVendorInput, access: ProjectAccess): Promise<VendorModel> {
    return inTransaction(this.db, async (tx) => {
      if (await this.selection.vendorNameTaken(tx, access.projectId, input.name)) throw badUserInput([{ field: 'name', message: 'This vendor is already on the list.', code: 'VENDOR_NAME_TAKEN' }]);
      const row = await this.selection.insertVendor(tx, { projectId: access.projectId, name: input.name, product: input.product.trim(), notes: input.notes.trim() });
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Vendor', entityId: row.id, action: 'CREATED', actorId: access.userId, after: { name: row.name } });
      return toVendor(row);
    });
  }

  async createCriterion(input: CreateCriterionInput, access: ProjectAccess): Promise<SelectionCriterionModel> {
    return inTransaction(this.db, async (tx) => {
      // The next position is max() + 1: parallel writers take turns (the position is unique).
      await serializeWrites(tx, 'selection_criteria', access.projectId);
      if (await this.selection.criterionNameTaken(tx, access.projectId, input.name)) throw badUserInput([{ field: 'name', message: 'A criterion with this name already exists.', code: 'CRITERION_NAME_TAKEN' }]);
      const row = await this.selection.insertCriterion(tx, { projectId: access.projectId, name: input.name, weight: input.weight });
      await this.traceRequirements(tx, access.projectId, row.id, input.requirementIds, false);
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'SelectionCriterion', entityId: row.id, action: 'CREATED', actorId: access.userId, after: { name: row.name, weight: row.weight } });
      return toCriterion(row);
    });
  }

  async updateCriterion(input: UpdateCriterionInput, access: ProjectAccess): Promise<SelectionCriterionModel> {
    return inTransaction(this.db, async (tx) => {
      const set: CriterionChanges = {};
      if (input.name !== undefined) set.name = input.name;
      if (input.weight !== undefined) set.weight = input.weight;
      const { before, after } = await this.selection.updateCriterion(tx, input.id, input.version, set);
      if (input.requirementIds !== undefined) await this.traceRequirements(tx, access.projectId, input.id, input.requirementIds, true);
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'SelectionCriterion', entityId: input.id, action: 'UPDATED', actorId: access.userId, ...changedColumns(before, after) });
      return toCriterion(after);
    });
  }

  /** Access follows the vendor; the criterion must belong to the same project. */
  async setScore(input: SetScoreInput, access: ProjectAccess): Promise<VendorScoreModel> {
    return inTransaction(this.db, async (tx) => {
      if ((await this.selection.criterionProject(tx, input.criterionId)) !== access.projectId) {
        throw badUserInput([{ field: 'criterionId', message: 'This criterion belongs to another program.', code: 'OTHER_PROJECT' }]);
      }
      const existing = await this.selection.lockScore(tx, input.vendorId, input.criterionId);
      if (input.version != null && existing?.version !== input.version) throw conflict('This score');
      const comment = input.comment.trim();
      const row = await this.selection.upsertScore(tx, { vendorId: input.vendorId, criterionId: input.criterionId, projectId: access.projectId, score: input.score, comment });
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'VendorScore',
        entityId: input.vendorId,
        action: existing ? 'UPDATED' : 'CREATED',
        actorId: access.userId,
        before: existing ? { criterion_id: input.criterionId, score: Number(existing.score), comment: existing.comment } : null,
        after: { criterion_id: input.criterionId, score: input.score, comment },
      });
      return toScore(row);
    });
  }

  /**
   * Records the decision and completes the template's "vendor selected" milestone with it. A
   * revised decision, or a milestone someone already ticked off, leaves the milestone as it is:
   * the vendor is still selected, so recording succeeds and nothing is completed twice.
   */
  async recordDecision(input: RecordSelectionDecisionInput, access: ProjectAccess): Promise<SelectionDecisionModel> {
    return inTransaction(this.db, async (tx) => {
      const vendor = await this.selection.vendorInProject(tx, access.projectId, input.vendorId);
      if (!vendor) throw badUserInput([{ field: 'vendorId', message: 'Choose one of this program’s vendors.', code: 'CHOOSE_PROJECT_VENDOR' }]);
      const previous = await this.selection.lockDecision(tx, access.projectId);
      const row = await this.selection.upsertDecision(tx, {
        projectId: access.projectId,
        vendorId: input.vendorId,
        rationale: input.rationale,
        decidedBy: input.decidedBy,
        decidedOn: input.decidedOn,
        recordedBy: access.userId,
      });
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'SelectionDecision',
        entityId: input.vendorId,
        action: previous ? 'REVISED' : 'DECIDED',
        actorId: access.userId,
        before: previous ?? null,
        after: { vendor: vendor.name, rationale: input.rationale, decided_by: input.decidedBy, decided_on: input.decidedOn },
      });
      for (const milestone of await this.milestones.byTemplateKey(tx, access.projectId, SELECTION_MILESTONE_KEY)) {
        if (milestone.status !== MilestoneStatus.DONE) await this.phases.completeMilestoneIn(tx, milestone.id, access.userId);
      }
      return { vendor: toVendor(vendor), rationale: input.rationale, decidedBy: input.decidedBy, decidedOn: input.decidedOn, recordedAt: row.recorded_at };
    });
  }

  private async traceRequirements(tx: EntityManager, projectId: string, criterionId: string, requirementIds: string[], replacing: boolean): Promise<void> {
    const ids = [...new Set(requirementIds)];
    if (ids.length && (await this.requirements.countInProject(tx, projectId, ids)) !== ids.length) {
      throw badUserInput([{ field: 'requirementIds', message: 'Trace only requirements of this program.', code: 'REQUIREMENTS_OTHER_PROJECT' }]);
    }
    await this.selection.traceRequirements(tx, criterionId, ids, replacing);
  }

  private async evaluation(projectId: string) {
    const [vendors, criteria, scoreRows] = await Promise.all([
      this.selection.vendors(projectId),
      this.selection.criteriaOf([projectId]),
      this.selection.scoresOfProject(projectId),
    ]);
    const scores = scoreRows.map((s) => ({ vendorId: s.vendor_id, criterionId: s.criterion_id, score: Number(s.score) }));
    return { vendors: vendors.map(toVendor), criteria: criteria.map(toCriterion), scores };
  }
}
