import { forwardRef, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import {
  canReopenPhase,
  carryOverProblems,
  GATE_TASKS_NAMED,
  milestoneMoveProblem,
  newPhaseIndex,
  phaseGateBlockerMessages,
  englishText,
  plannedDatesProblem,
  todayIso,
} from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { inTransaction, serializeWrites } from '../common/database/transaction';
import { badUserInput, gateBlocked, invalidState, ruleProblem } from '../common/errors/app-error';
import { JobsService } from '../jobs/jobs.service';
import { milestoneReminderJobs } from '../reminders/reminder-jobs';
import { RolloutService } from '../rollout/rollout.service';
import { TasksRepository } from '../tasks/tasks.repository';
import { TasksService } from '../tasks/tasks.service';
import { TaskStatus } from '../tasks/models/task.model';
import { noSuchRole } from '../team/role-references';
import { TeamRepository } from '../team/team.repository';
import {
  AddExitCriterionInput,
  CarryOverTasksInput,
  CreateMilestoneInput,
  CreatePhaseInput,
  ReopenPhaseInput,
  SetExitCriterionInput,
  UpdateExitCriterionInput,
  UpdateMilestoneInput,
  UpdatePhaseInput,
  VersionedIdInput,
} from './dto/phase.inputs';
import { ExitCriteriaRepository } from './exit-criteria.repository';
import { ExitCriteriaService } from './exit-criteria.service';
import { gateCriteria, judgeExitCriteria } from './exit-criterion-verdicts';
import { ExitCriterionKind } from './models/exit-criterion-gate.model';
import { MilestoneChanges, MilestonesRepository } from './milestones.repository';
import {
  ExitCriterionModel,
  ExitCriterionRow,
  MilestoneModel,
  MilestoneStatus,
  PhaseKind,
  PhaseModel,
  PhaseRow,
  PhaseStatus,
  toExitCriterion,
  toMilestone,
  toPhase,
} from './models/phase.model';
import { PhaseGates } from './phase-gates';
import { PhaseChanges, PhasesRepository } from './phases.repository';

@Injectable()
export class PhasesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly phases: PhasesRepository,
    private readonly milestones: MilestonesRepository,
    private readonly criteria: ExitCriteriaRepository,
    private readonly audit: AuditService,
    @Inject(forwardRef(() => RolloutService)) private readonly rollout: RolloutService,
    private readonly tasks: TasksRepository,
    @Inject(forwardRef(() => TasksService)) private readonly taskChanges: TasksService,
    private readonly gates: PhaseGates,
    private readonly exitCriteria: ExitCriteriaService,
    private readonly team: TeamRepository,
    private readonly jobs: JobsService,
  ) {}

  /**
   * A phase added to the plan by hand (CUSTOM unless another kind is given). It takes the place its
   * planned start gives it in the working order (`newPhaseIndex`), the later phases moving one
   * place on; writers of one project's phases take turns, and the position is also unique.
   */
  async createPhase(input: CreatePhaseInput, access: ProjectAccess): Promise<PhaseModel> {
    const datesProblem = plannedDatesProblem(input.plannedStart, input.plannedEnd);
    if (datesProblem) throw badUserInput([ruleProblem(datesProblem)]);
    return inTransaction(
      this.db,
      async (tx) => {
        await serializeWrites(tx, 'phases', access.projectId);
        const phases = await this.phases.byProjects([access.projectId], tx);
        const index = newPhaseIndex(
          phases.map((p) => ({ id: p.id, position: p.position, plannedStart: p.planned_start, completed: p.status === PhaseStatus.COMPLETED })),
          input.plannedStart,
        );
        const position = index < phases.length ? phases[index].position : phases.length === 0 ? 0 : phases[phases.length - 1].position + 1;
        const row = await this.phases.insertAt(tx, position, {
          projectId: access.projectId,
          kind: input.kind ?? PhaseKind.CUSTOM,
          name: input.name.trim(),
          plannedStart: input.plannedStart,
          plannedEnd: input.plannedEnd,
        });
        await this.audit.record(tx, {
          projectId: access.projectId,
          entityType: 'Phase',
          entityId: row.id,
          action: 'CREATED',
          actorId: access.userId,
          after: { name: row.name, kind: row.kind, position: row.position, planned_start: row.planned_start, planned_end: row.planned_end },
        });
        return toPhase(row);
      },
      { retryOnConstraints: ['phases_project_position_key'] },
    );
  }

  async updatePhase(input: UpdatePhaseInput, access: ProjectAccess): Promise<PhaseModel> {
    if (input.status === PhaseStatus.COMPLETED) {
      throw badUserInput([{ field: 'status', message: 'Use completePhase to close a phase; it checks the exit criteria.', code: 'USE_COMPLETE_PHASE' }]);
    }
    return inTransaction(this.db, async (tx) => {
      const phase = await this.phases.find(tx, input.id);
      const datesProblem = plannedDatesProblem(input.plannedStart ?? phase.planned_start, input.plannedEnd ?? phase.planned_end);
      if (datesProblem) throw badUserInput([ruleProblem(datesProblem)]);
      const set: PhaseChanges = {};
      if (input.name !== undefined) set.name = input.name.trim();
      if (input.plannedStart !== undefined) set.planned_start = input.plannedStart;
      if (input.plannedEnd !== undefined) set.planned_end = input.plannedEnd;
      if (input.status !== undefined) {
        set.status = input.status;
        if (input.status === PhaseStatus.IN_PROGRESS && !phase.actual_start) set.actual_start = todayIso();
        if (phase.status === PhaseStatus.COMPLETED) set.actual_end = null;
      }
      if (input.ownerRoleKey !== undefined) set.owner_role_id = await this.ownerRoleId(tx, access.projectId, input.ownerRoleKey);
      const { before, after } = await this.phases.update(tx, input.id, input.version, set);
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Phase', entityId: phase.id, action: 'UPDATED', actorId: access.userId, ...changedColumns(before, after) });
      return toPhase(after);
    });
  }

  /**
   * The role chosen to answer for a gate or a milestone's reminders, as its id; none given, null or
   * an empty key hands it back to the project manager.
   */
  private async ownerRoleId(tx: EntityManager, projectId: string, roleKey: string | null | undefined): Promise<string | null> {
    if (!roleKey?.trim()) return null;
    const roleId = await this.team.findRoleId(tx, projectId, roleKey);
    if (!roleId) throw badUserInput([noSuchRole('ownerRoleKey', roleKey)]);
    return roleId;
  }

  /**
   * A phase closes only through its gate: every exit criterion met, every milestone done and every
   * task done or carried over to a later phase (`carryOverTasks`).
   */
  async completePhase(input: VersionedIdInput, access: ProjectAccess): Promise<PhaseModel> {
    return this.db.transaction(async (tx) => {
      const phase = await this.phases.find(tx, input.id);
      if (phase.status === PhaseStatus.COMPLETED) throw invalidState('This phase is already completed.', PhaseStatus.COMPLETED, {}, { reason: 'PHASE_COMPLETED' });
      const criteria = await this.criteria.byPhases([phase.id], tx);
      const judged = await judgeExitCriteria(tx, criteria);
      const milestones = await this.milestones.byPhases([phase.id], tx);
      const openTasks = await this.tasks.openOfPhases([phase.id], GATE_TASKS_NAMED, tx);
      const openCount = await this.tasks.openCountOfPhase(tx, phase.id);
      const blockers = phaseGateBlockerMessages(
        gateCriteria(criteria, judged),
        milestones.map((m) => ({ name: m.name, done: m.status === MilestoneStatus.DONE })),
        openTasks.map((t) => ({ title: t.title, done: false })),
        openCount,
      );
      if (blockers.length > 0) {
        throw gateBlocked(
          `${phase.name} cannot be completed yet:`,
          blockers.map((b) => englishText(b.code, b.params)),
          { params: { reason: 'PHASE_GATE_BLOCKED', phase: phase.name }, blockerMessages: blockers },
        );
      }
      const { before, after } = await this.phases.update(tx, phase.id, input.version ?? phase.version, {
        status: PhaseStatus.COMPLETED,
        actual_end: todayIso(),
        actual_start: phase.actual_start ?? todayIso(),
      });
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Phase', entityId: phase.id, action: 'COMPLETED', actorId: access.userId, ...changedColumns(before, after) });
      return toPhase(after);
    });
  }

  /**
   * Moves open tasks of a phase to a later, not completed phase of the same project in one step, so
   * the phase can close without calling them done. Each task's move is in the history. Returns the
   * phase the tasks left, with its gate as it now stands.
   */
  async carryOverTasks(input: CarryOverTasksInput, access: ProjectAccess): Promise<PhaseModel> {
    return this.db.transaction(async (tx) => {
      const phases = await this.phases.byProjects([access.projectId], tx);
      // The access guard has found the phase in this project; reading it here keeps it in the transaction.
      const from = phases.find((p) => p.id === input.phaseId) ?? (await this.phases.find(tx, input.phaseId));
      const target = phases.find((p) => p.id === input.toPhaseId) ?? null;
      const taskIds = [...new Set(input.taskIds)];
      const tasks = await this.tasks.ofIds(tx, access.projectId, taskIds);
      const asRule = (p: PhaseRow) => ({ id: p.id, position: p.position, completed: p.status === PhaseStatus.COMPLETED });
      const problems = carryOverProblems(
        asRule(from),
        target && asRule(target),
        taskIds,
        tasks.map((t) => ({ id: t.id, phaseId: t.phase_id, done: t.status === TaskStatus.DONE })),
      );
      if (problems.length > 0) throw badUserInput(problems.map((p) => ruleProblem(p)));
      await this.taskChanges.movePhaseIn(tx, taskIds, input.toPhaseId, access);
      return toPhase(from);
    });
  }

  /**
   * Opens a completed phase again (the project owner only, checked by the resolver's guard): back
   * IN_PROGRESS, its actual end cleared, the reason kept in the history.
   */
  async reopenPhase(input: ReopenPhaseInput, access: ProjectAccess): Promise<PhaseModel> {
    return this.db.transaction(async (tx) => {
      const phase = await this.phases.find(tx, input.id);
      if (!canReopenPhase(phase.status)) throw invalidState('Only a completed phase can be reopened; this one is still open.', phase.status, {}, { reason: 'PHASE_NOT_COMPLETED' });
      const { before, after } = await this.phases.update(tx, phase.id, input.version, { status: PhaseStatus.IN_PROGRESS, actual_end: null });
      const changed = changedColumns(before, after);
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'Phase',
        entityId: phase.id,
        action: 'REOPENED',
        actorId: access.userId,
        before: { name: phase.name, ...changed.before },
        after: { name: phase.name, ...changed.after, reason: input.reason.trim() },
      });
      return toPhase(after);
    });
  }

  /** The row is locked before "before" is read, and the audit entry is written under that lock, so history replays to the stored value. */
  async setExitCriterion(input: SetExitCriterionInput, access: ProjectAccess): Promise<ExitCriterionModel> {
    return inTransaction(this.db, async (tx) => {
      const criterion = await this.criteria.find(tx, input.id);
      if (criterion.kind === ExitCriterionKind.RULE) {
        throw badUserInput([{ field: 'done', message: 'This criterion checks itself against the program’s data: it cannot be ticked by hand.', code: 'CRITERION_CHECKS_ITSELF' }]);
      }
      if (criterion.done === input.done) return toExitCriterion(criterion);
      const after = await this.gates.watch(tx, [criterion.phase_id], access, () => this.criteria.setDone(tx, input.id, input.done));
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'ExitCriterion',
        entityId: input.id,
        action: input.done ? 'CHECKED' : 'UNCHECKED',
        actorId: access.userId,
        before: { label: criterion.label, done: criterion.done },
        after: { label: criterion.label, done: input.done },
      });
      return toExitCriterion(after);
    });
  }

  /**
   * Rewords a criterion, or changes the rule it is judged by or the role that signs it; its tick
   * stays. A sign-off given under another rule or by another role no longer counts and is dropped.
   * A stale version is CONFLICT.
   */
  async updateExitCriterion(input: UpdateExitCriterionInput, access: ProjectAccess): Promise<ExitCriterionModel> {
    return inTransaction(this.db, async (tx) => {
      const current = await this.criteria.find(tx, input.id);
      const rule = input.rule === undefined ? undefined : await this.exitCriteria.ruleOf(tx, access.projectId, input.rule);
      const signOffRoleId = input.signOffRoleKey === undefined ? undefined : await this.exitCriteria.signOffRoleId(tx, access.projectId, input.signOffRoleKey);
      const { before, after } = await this.gates.watch(tx, [current.phase_id], access, async () => {
        const result = await this.criteria.update(tx, input.id, input.version, { label: input.label.trim(), rule, signOffRoleId });
        const ruleChanged = JSON.stringify(result.before.rule) !== JSON.stringify(result.after.rule);
        if (ruleChanged || result.before.sign_off_role_id !== result.after.sign_off_role_id) await this.exitCriteria.dropSignOff(tx, input.id);
        return result;
      });
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'ExitCriterion',
        entityId: input.id,
        action: 'UPDATED',
        actorId: access.userId,
        ...criterionChanges(before, after),
      });
      return toExitCriterion(after);
    });
  }

  /** The next position is max() + 1, so writers of one phase take turns; the position is also unique (a constraint, retried). */
  async addExitCriterion(input: AddExitCriterionInput, access: ProjectAccess): Promise<ExitCriterionModel> {
    return inTransaction(
      this.db,
      async (tx) => {
        await serializeWrites(tx, 'exit_criteria', input.phaseId);
        const rule = await this.exitCriteria.ruleOf(tx, access.projectId, input.rule);
        const signOffRoleId = await this.exitCriteria.signOffRoleId(tx, access.projectId, input.signOffRoleKey);
        const row = await this.gates.watch(tx, [input.phaseId], access, () => this.criteria.insert(tx, input.phaseId, input.label.trim(), rule, signOffRoleId));
        await this.audit.record(tx, {
          projectId: access.projectId,
          entityType: 'ExitCriterion',
          entityId: row.id,
          action: 'CREATED',
          actorId: access.userId,
          after: { label: row.label, rule: row.rule, signOffRoleId: row.sign_off_role_id },
        });
        return toExitCriterion(row);
      },
      { retryOnConstraints: ['exit_criteria_phase_position_key'] },
    );
  }

  async createMilestone(input: CreateMilestoneInput, access: ProjectAccess): Promise<MilestoneModel> {
    return this.db.transaction(async (tx) => {
      const ownerRoleId = await this.ownerRoleId(tx, access.projectId, input.ownerRoleKey);
      const row = await this.gates.watch(tx, [input.phaseId], access, () =>
        this.milestones.insert(tx, { projectId: access.projectId, phaseId: input.phaseId, name: input.name.trim(), dueDate: input.dueDate, ownerRoleId }),
      );
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Milestone', entityId: row.id, action: 'CREATED', actorId: access.userId, after: row });
      await this.jobs.apply(tx, milestoneReminderJobs(row));
      return toMilestone(row);
    });
  }

  /** Renames, re-dates or moves a milestone to another phase of its project (`milestoneMoveProblem`). */
  async updateMilestone(input: UpdateMilestoneInput, access: ProjectAccess): Promise<MilestoneModel> {
    return inTransaction(this.db, async (tx) => {
      const set: MilestoneChanges = {};
      const movedBetween: string[] = [];
      if (input.name !== undefined) set.name = input.name.trim();
      if (input.dueDate !== undefined) set.due_date = input.dueDate;
      if (input.ownerRoleKey !== undefined) set.owner_role_id = await this.ownerRoleId(tx, access.projectId, input.ownerRoleKey);
      if (input.phaseId != null) {
        const milestone = await this.milestones.find(tx, input.id);
        if (input.phaseId !== milestone.phase_id) {
          const target = (await this.phases.byProjects([access.projectId], tx)).find((p) => p.id === input.phaseId);
          const problem = milestoneMoveProblem(milestone.status === MilestoneStatus.DONE, { found: !!target, completed: target?.status === PhaseStatus.COMPLETED });
          if (problem) throw badUserInput([ruleProblem(problem)]);
          set.phase_id = input.phaseId;
          movedBetween.push(milestone.phase_id, input.phaseId);
        }
      }
      // Only a move between phases can change a gate here; renaming or re-dating cannot.
      const { before, after } = await this.gates.watch(tx, movedBetween, access, () => this.milestones.update(tx, input.id, input.version, set));
      // A rollout wave's go-live is this milestone: the two dates move together.
      if (input.dueDate !== undefined) await this.rollout.followMilestoneDate(tx, input.id, input.dueDate, access.userId);
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Milestone', entityId: input.id, action: 'UPDATED', actorId: access.userId, ...changedColumns(before, after) });
      // Moves the reminders with the due date (scheduling a key again moves its job).
      if (before.due_date !== after.due_date) await this.jobs.apply(tx, milestoneReminderJobs(after));
      return toMilestone(after);
    });
  }

  async completeMilestone(input: VersionedIdInput, access: ProjectAccess): Promise<MilestoneModel> {
    return this.db.transaction((tx) => this.completeMilestoneIn(tx, input.id, access.userId, input.version));
  }

  /**
   * The one way a milestone becomes DONE, whoever asks (the phase page, a wave going live, a
   * vendor decision): inside the caller's transaction, under the version the caller read when it
   * gives one, with its history entry. Completing a done milestone is INVALID_STATE.
   */
  async completeMilestoneIn(tx: EntityManager, milestoneId: string, actorId: string, version?: number | null): Promise<MilestoneModel> {
    const milestone = await this.milestones.find(tx, milestoneId);
    if (milestone.status === MilestoneStatus.DONE) throw invalidState('This milestone is already done.', MilestoneStatus.DONE, {}, { reason: 'MILESTONE_ALREADY_DONE' });
    const { before, after } = await this.gates.watch(tx, [milestone.phase_id], { projectId: milestone.project_id, userId: actorId }, () =>
      this.milestones.update(tx, milestoneId, version ?? milestone.version, { status: MilestoneStatus.DONE, completed_at: new Date() }),
    );
    await this.audit.record(tx, { projectId: milestone.project_id, entityType: 'Milestone', entityId: milestoneId, action: 'COMPLETED', actorId, ...changedColumns(before, after) });
    await this.jobs.apply(tx, milestoneReminderJobs(after));
    return toMilestone(after);
  }

  /**
   * New phases after the program's last one, from an imported plan, inside the caller's
   * transaction: one statement for the phases, one for their history. (Added for the plan-io area.)
   */
  async importPhasesIn(tx: EntityManager, phases: readonly { name: string; startDate: string; endDate: string }[], access: ProjectAccess): Promise<PhaseModel[]> {
    if (phases.length === 0) return [];
    await serializeWrites(tx, 'phases', access.projectId);
    const rows = await this.phases.appendMany(
      tx,
      access.projectId,
      phases.map((p) => ({ kind: PhaseKind.CUSTOM, name: p.name, plannedStart: p.startDate, plannedEnd: p.endDate })),
    );
    await this.audit.recordMany(
      tx,
      rows.map((row) => ({
        projectId: access.projectId,
        entityType: 'Phase',
        entityId: row.id,
        action: 'CREATED',
        actorId: access.userId,
        after: { name: row.name, kind: row.kind, position: row.position, planned_start: row.planned_start, planned_end: row.planned_end },
      })),
    );
    return rows.map(toPhase);
  }

  /**
   * New milestones from an imported plan, inside the caller's transaction, with their history
   * and reminders, in a fixed number of statements. (Added for the plan-io area.)
   */
  async importMilestonesIn(tx: EntityManager, milestones: readonly { phaseId: string; name: string; dueDate: string }[], access: ProjectAccess): Promise<void> {
    if (milestones.length === 0) return;
    const rows = await this.gates.watch(tx, [...new Set(milestones.map((m) => m.phaseId))], access, () => this.milestones.insertMany(tx, access.projectId, milestones));
    await this.audit.recordMany(
      tx,
      rows.map((row) => ({ projectId: access.projectId, entityType: 'Milestone', entityId: row.id, action: 'CREATED', actorId: access.userId, after: row })),
    );
    await this.jobs.scheduleMany(tx, rows.flatMap((row) => milestoneReminderJobs(row).schedule));
  }

  /**
   * A wave's go-live milestone, in the rollout phase the caller found (the project's first), with
   * its history entry. (Added for the rollout area.)
   */
  async createRolloutMilestoneIn(tx: EntityManager, projectId: string, phaseId: string, name: string, dueDate: string, actorId: string): Promise<MilestoneModel> {
    const row = await this.gates.watch(tx, [phaseId], { projectId, userId: actorId }, () => this.milestones.insert(tx, { projectId, phaseId, name, dueDate }));
    await this.audit.record(tx, { projectId, entityType: 'Milestone', entityId: row.id, action: 'CREATED', actorId, after: row });
    await this.jobs.apply(tx, milestoneReminderJobs(row));
    return toMilestone(row);
  }

  /**
   * Moves a milestone to a date another area decided (a wave's go-live), with its history entry.
   * `rename` renames it only while it is still called `rename.from`, so a name someone chose
   * stays. Does not call back into rollout: the caller already holds the new date.
   * (Added for the rollout area.)
   */
  async moveMilestoneIn(tx: EntityManager, milestoneId: string, dueDate: string, actorId: string, rename?: { from: string; to: string }): Promise<void> {
    const milestone = await this.milestones.find(tx, milestoneId);
    const set: MilestoneChanges = {};
    if (milestone.due_date !== dueDate) set.due_date = dueDate;
    if (rename && milestone.name === rename.from) set.name = rename.to;
    if (Object.keys(set).length === 0) return;
    const { before, after } = await this.milestones.update(tx, milestoneId, milestone.version, set);
    await this.audit.record(tx, { projectId: milestone.project_id, entityType: 'Milestone', entityId: milestoneId, action: 'UPDATED', actorId, ...changedColumns(before, after) });
    if (before.due_date !== after.due_date) await this.jobs.apply(tx, milestoneReminderJobs(after));
  }

}

/** What an edit of a criterion changed, for its history: the wording, the rule, the signing role. */
function criterionChanges(before: ExitCriterionRow, after: ExitCriterionRow): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const fields = { label: (r: ExitCriterionRow) => r.label, rule: (r: ExitCriterionRow) => r.rule, signOffRoleId: (r: ExitCriterionRow) => r.sign_off_role_id };
  const changed = Object.entries(fields).filter(([, read]) => JSON.stringify(read(before)) !== JSON.stringify(read(after)));
  return { before: Object.fromEntries(changed.map(([k, read]) => [k, read(before)])), after: Object.fromEntries(changed.map(([k, read]) => [k, read(after)])) };
}
