import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { phaseGateBlockers, todayIso } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { versionedUpdate } from '../common/database/versioned-update';
import { badUserInput, gateBlocked, invalidState, notFound } from '../common/errors/app-error';
import { ProjectAccessService } from '../projects/project-access.service';
import {
  AddExitCriterionInput,
  CreateMilestoneInput,
  SetExitCriterionInput,
  UpdateMilestoneInput,
  UpdatePhaseInput,
  VersionedIdInput,
} from './dto/phase.inputs';
import { ExitCriterionModel, MilestoneModel, MilestoneRow, PhaseModel, PhaseRow, PhaseStatus, toMilestone, toPhase } from './models/phase.model';

type Row = Record<string, unknown>;

@Injectable()
export class PhasesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  async updatePhase(input: UpdatePhaseInput, userId: string): Promise<PhaseModel> {
    if (input.status === PhaseStatus.COMPLETED) {
      throw badUserInput([{ field: 'status', message: 'Use completePhase to close a phase; it checks the exit criteria.' }]);
    }
    return this.db.transaction(async (tx) => {
      const phase = await this.phaseRow(tx, input.id);
      await this.access.canEdit(phase.project_id, userId, tx);
      const start = input.plannedStart ?? phase.planned_start;
      const end = input.plannedEnd ?? phase.planned_end;
      if (start && end && end < start) throw badUserInput([{ field: 'plannedEnd', message: 'Planned end must be on or after the planned start.' }]);
      const set: Row = {};
      if (input.name !== undefined) set['name'] = input.name.trim();
      if (input.plannedStart !== undefined) set['planned_start'] = input.plannedStart;
      if (input.plannedEnd !== undefined) set['planned_end'] = input.plannedEnd;
      if (input.status !== undefined) {
        set['status'] = input.status;
        if (input.status === PhaseStatus.IN_PROGRESS && !phase.actual_start) set['actual_start'] = todayIso();
        if (phase.status === PhaseStatus.COMPLETED) set['actual_end'] = null;
      }
      const { before, after } = await versionedUpdate<PhaseRow & Row>(tx, { table: 'phases', id: input.id, version: input.version, set, what: 'This phase' });
      await this.audit.record(tx, { projectId: phase.project_id, entityType: 'Phase', entityId: phase.id, action: 'UPDATED', actorId: userId, ...changedColumns(before, after) });
      return toPhase(after);
    });
  }

  /** A phase closes only through its gate: every exit criterion met and every milestone done. */
  async completePhase(input: VersionedIdInput, userId: string): Promise<PhaseModel> {
    return this.db.transaction(async (tx) => {
      const phase = await this.phaseRow(tx, input.id);
      await this.access.canEdit(phase.project_id, userId, tx);
      if (phase.status === PhaseStatus.COMPLETED) throw invalidState('This phase is already completed.', PhaseStatus.COMPLETED);
      const criteria: { label: string; done: boolean }[] = await tx.query('SELECT label, done FROM exit_criteria WHERE phase_id = $1 ORDER BY position', [phase.id]);
      const milestones: { name: string; status: string }[] = await tx.query('SELECT name, status FROM milestones WHERE phase_id = $1 ORDER BY due_date', [phase.id]);
      const blockers = phaseGateBlockers(criteria, milestones.map((m) => ({ name: m.name, done: m.status === 'DONE' })));
      if (blockers.length > 0) throw gateBlocked(`${phase.name} cannot be completed yet:`, blockers);
      const { before, after } = await versionedUpdate<PhaseRow & Row>(tx, {
        table: 'phases',
        id: phase.id,
        version: input.version ?? phase.version,
        set: { status: PhaseStatus.COMPLETED, actual_end: todayIso(), actual_start: phase.actual_start ?? todayIso() },
        what: 'This phase',
      });
      await this.audit.record(tx, { projectId: phase.project_id, entityType: 'Phase', entityId: phase.id, action: 'COMPLETED', actorId: userId, ...changedColumns(before, after) });
      return toPhase(after);
    });
  }

  async setExitCriterion(input: SetExitCriterionInput, userId: string): Promise<ExitCriterionModel> {
    return this.db.transaction(async (tx) => {
      const found: { id: string; phase_id: string; project_id: string; label: string; done: boolean }[] = await tx.query(
        'SELECT c.*, p.project_id FROM exit_criteria c JOIN phases p ON p.id = c.phase_id WHERE c.id = $1',
        [input.id],
      );
      if (!found[0]) throw notFound('This exit criterion');
      await this.access.canEdit(found[0].project_id, userId, tx);
      await tx.query('UPDATE exit_criteria SET done = $2 WHERE id = $1', [input.id, input.done]);
      if (found[0].done !== input.done) {
        await this.audit.record(tx, {
          projectId: found[0].project_id,
          entityType: 'ExitCriterion',
          entityId: input.id,
          action: input.done ? 'CHECKED' : 'UNCHECKED',
          actorId: userId,
          before: { label: found[0].label, done: found[0].done },
          after: { label: found[0].label, done: input.done },
        });
      }
      return { id: input.id, phaseId: found[0].phase_id, label: found[0].label, done: input.done };
    });
  }

  async addExitCriterion(input: AddExitCriterionInput, userId: string): Promise<ExitCriterionModel> {
    return this.db.transaction(async (tx) => {
      const phase = await this.phaseRow(tx, input.phaseId);
      await this.access.canEdit(phase.project_id, userId, tx);
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO exit_criteria (phase_id, label, position)
         VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM exit_criteria WHERE phase_id = $1)) RETURNING id`,
        [phase.id, input.label.trim()],
      );
      await this.audit.record(tx, { projectId: phase.project_id, entityType: 'ExitCriterion', entityId: rows[0].id, action: 'CREATED', actorId: userId, after: { label: input.label.trim() } });
      return { id: rows[0].id, phaseId: phase.id, label: input.label.trim(), done: false };
    });
  }

  async createMilestone(input: CreateMilestoneInput, userId: string): Promise<MilestoneModel> {
    return this.db.transaction(async (tx) => {
      const phase = await this.phaseRow(tx, input.phaseId);
      await this.access.canEdit(phase.project_id, userId, tx);
      const rows: MilestoneRow[] = await tx.query(
        'INSERT INTO milestones (project_id, phase_id, name, due_date) VALUES ($1, $2, $3, $4) RETURNING *',
        [phase.project_id, phase.id, input.name.trim(), input.dueDate],
      );
      await this.audit.record(tx, { projectId: phase.project_id, entityType: 'Milestone', entityId: rows[0].id, action: 'CREATED', actorId: userId, after: rows[0] });
      return toMilestone(rows[0]);
    });
  }

  async updateMilestone(input: UpdateMilestoneInput, userId: string): Promise<MilestoneModel> {
    return this.db.transaction(async (tx) => {
      const milestone = await this.milestoneRow(tx, input.id);
      await this.access.canEdit(milestone.project_id, userId, tx);
      const set: Row = {};
      if (input.name !== undefined) set['name'] = input.name.trim();
      if (input.dueDate !== undefined) set['due_date'] = input.dueDate;
      const { before, after } = await versionedUpdate<MilestoneRow & Row>(tx, { table: 'milestones', id: input.id, version: input.version, set, what: 'This milestone' });
      if (input.dueDate !== undefined) {
        // A rollout wave's go-live is this milestone: the two dates move together.
        await tx.query('UPDATE rollout_waves SET go_live_date = $2, version = version + 1 WHERE milestone_id = $1 AND go_live_date <> $2', [input.id, input.dueDate]);
      }
      await this.audit.record(tx, { projectId: milestone.project_id, entityType: 'Milestone', entityId: input.id, action: 'UPDATED', actorId: userId, ...changedColumns(before, after) });
      return toMilestone(after);
    });
  }

  async completeMilestone(input: VersionedIdInput, userId: string): Promise<MilestoneModel> {
    return this.db.transaction(async (tx) => {
      const milestone = await this.milestoneRow(tx, input.id);
      await this.access.canEdit(milestone.project_id, userId, tx);
      return this.completeMilestoneIn(tx, input.id, userId, input.version);
    });
  }

  /**
   * The one way a milestone becomes DONE, whoever asks (the phase page, a wave going live, a
   * vendor decision): inside the caller's transaction, under the version the caller read when it
   * gives one, with its history entry. Completing a done milestone is INVALID_STATE.
   */
  async completeMilestoneIn(tx: EntityManager, milestoneId: string, actorId: string, version?: number | null): Promise<MilestoneModel> {
    const milestone = await this.milestoneRow(tx, milestoneId);
    if (milestone.status === 'DONE') throw invalidState('This milestone is already done.', 'DONE');
    const { before, after } = await versionedUpdate<MilestoneRow & Row>(tx, {
      table: 'milestones',
      id: milestoneId,
      version: version ?? milestone.version,
      set: { status: 'DONE', completed_at: new Date() },
      what: 'This milestone',
    });
    await this.audit.record(tx, { projectId: milestone.project_id, entityType: 'Milestone', entityId: milestoneId, action: 'COMPLETED', actorId, ...changedColumns(before, after) });
    return toMilestone(after);
  }

  private async phaseRow(tx: EntityManager, id: string): Promise<PhaseRow> {
    const rows: PhaseRow[] = await tx.query('SELECT * FROM phases WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('This phase');
    return rows[0];
  }

  private async milestoneRow(tx: EntityManager, id: string): Promise<MilestoneRow> {
    const rows: MilestoneRow[] = await tx.query('SELECT * FROM milestones WHERE id = $1', [id]);
    if (!rows[0]) throw notFound('This milestone');
    return rows[0];
  }
}
