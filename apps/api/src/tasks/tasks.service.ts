import { forwardRef, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { bulkStatusRefusals, dependencyBlockers, dependencyCycle, normalizeEmail, plannedTaskDates, TaskDates, TaskDatesChange, todayIso } from '@crm/domain';

import { PhaseGates } from '../phases/phase-gates';
import { DependantShifting } from './dependant-shifting';
import { TaskNotices } from './task-notices';

import { AuditService, changedColumns } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { AuthUser } from '../common/auth/current-user';
import { noSuchRole } from '../team/role-references';
import { notInDirectory } from '../people/person-references';
import { inTransaction, serializeWrites } from '../common/database/transaction';
import { AppError, badUserInput, dependencyBlocked, ErrorCode, FieldError, notFound } from '../common/errors/app-error';
import { Connection, connectionOf, decodeCursor } from '../common/graphql/pagination';
import { PeopleRepository } from '../people/people.repository';
import { ProgramCalendars } from '../planning/program-calendars';
import { TeamRepository } from '../team/team.repository';
import { CreateTaskInput, MyTasksArgs, SetTaskStatusInput, TaskDependencyInput, TaskOrderInput, TasksArgs, UpdateTaskInput, UpdateTasksInput } from './dto/task.inputs';
import { TaskModel, TaskRow, TaskStatus, toTask } from './models/task.model';
import { decodeSortedCursor, encodeSortedCursor } from './task-order-cursor';
import { NewTask, sortKeyTypeOf, TaskChanges, TasksRepository } from './tasks.repository';

type Row = Record<string, unknown>;

/** The prerequisites a change asks for, with their lags, and the input field that named them (for errors). */
interface WantedDependencies {
  field: 'dependsOnIds' | 'dependencies';
  links: { dependsOnId: string; lagDays: number }[];
}

/**
 * The dependencies an input asks for, from either of its two forms, or undefined when it leaves
 * them as they are. Both forms at once are refused rather than one silently winning.
 */
function wantedDependencies(input: { dependsOnIds?: string[]; dependencies?: TaskDependencyInput[] }): WantedDependencies | undefined {
  if (input.dependsOnIds !== undefined && input.dependencies !== undefined) {
    throw badUserInput([{ field: 'dependencies', message: 'Send the prerequisites once: either dependsOnIds or dependencies (with lags), not both.', code: 'PREREQUISITES_SENT_TWICE' }]);
  }
  if (input.dependencies !== undefined) {
    const ids = input.dependencies.map((d) => d.dependsOnId);
    if (new Set(ids).size !== ids.length) throw badUserInput([{ field: 'dependencies', message: 'Name each prerequisite once.', code: 'PREREQUISITE_NAMED_TWICE' }]);
    return { field: 'dependencies', links: input.dependencies.map((d) => ({ dependsOnId: d.dependsOnId, lagDays: d.lagDays ?? 0 })) };
  }
  if (input.dependsOnIds !== undefined) return { field: 'dependsOnIds', links: [...new Set(input.dependsOnIds)].map((dependsOnId) => ({ dependsOnId, lagDays: 0 })) };
  return undefined;
}

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TasksRepository,
    private readonly team: TeamRepository,
    private readonly people: PeopleRepository,
    private readonly audit: AuditService,
    private readonly calendars: ProgramCalendars,
    private readonly notices: TaskNotices,
    private readonly shifting: DependantShifting,
    @Inject(forwardRef(() => PhaseGates)) private readonly gates: PhaseGates,
  ) {}

  async list(args: TasksArgs, access: ProjectAccess): Promise<Connection<TaskModel>> {
    const filter = args.filter ?? {};
    const today = todayIso();
    if (args.orderBy) return this.sortedList(args, args.orderBy, access);
    const rows = await this.tasks.page(access.projectId, filter, today, decodeCursor(args.after) ?? null, args.first + 1);
    return connectionOf(rows.map(toTask), args.first, (t) => t.seq, () => this.tasks.count(access.projectId, filter, today));
  }

  /** A page in the order asked for; its cursors carry the last task's sort key (task-order-cursor.ts). */
  private async sortedList(args: TasksArgs, order: TaskOrderInput, access: ProjectAccess): Promise<Connection<TaskModel>> {
    const filter = args.filter ?? {};
    const today = todayIso();
    const after = args.after ? decodeSortedCursor(args.after, order, sortKeyTypeOf(order.field)) : null;
    const rows = await this.tasks.sortedPage(access.projectId, filter, today, order, after, args.first + 1);
    const page = rows.slice(0, args.first);
    const edges = page.map((row) => ({
      node: toTask(row),
      cursor: encodeSortedCursor({ field: order.field, direction: order.direction, keyIsNull: row.sort_null, key: row.sort_key, seq: String(row.seq) }),
    }));
    let counted: Promise<number> | undefined;
    const count = () => this.tasks.count(access.projectId, filter, today);
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
      // Counted only when selected, as connectionOf does for creation-order pages.
      get totalCount() {
        return (counted ??= count());
      },
    };
  }

  async get(id: string): Promise<TaskModel> {
    return toTask(await this.tasks.find(this.db.manager, id));
  }

  /** Open tasks the signed-in user owns (through the person with their email), soonest due first. */
  async mine(args: MyTasksArgs, user: AuthUser): Promise<TaskModel[]> {
    const person = await this.people.byEmail(user.organisationId, normalizeEmail(user.email));
    if (!person) return [];
    return (await this.tasks.ownedBy(person.id, user.id, args.includeDone, args.first)).map(toTask);
  }

  async create(input: CreateTaskInput, access: ProjectAccess): Promise<TaskModel> {
    const wanted = wantedDependencies(input);
    return this.db.transaction(async (tx) => {
      const refs = await this.checkReferences(tx, access.projectId, input);
      const dates = await this.plannedDates(tx, access.projectId, { startDate: null, dueDate: null, durationDays: null }, input);
      await this.refuseOpenPrerequisites(tx, access.projectId, {
        title: input.title.trim(),
        currentStatus: null,
        nextStatus: input.status,
        currentDependsOnIds: [],
        nextDependsOnIds: wanted?.links.map((d) => d.dependsOnId) ?? [],
      });
      const id = await this.gates.watch(tx, [input.phaseId], access, () => this.tasks.insert(tx, {
        projectId: access.projectId,
        phaseId: input.phaseId,
        milestoneId: input.milestoneId ?? null,
        roleId: refs.roleId!,
        assigneeId: input.assigneeId ?? null,
        waveId: input.waveId ?? null,
        title: input.title.trim(),
        description: input.description.trim(),
        status: input.status,
        priority: input.priority,
        startDate: dates.startDate,
        dueDate: dates.dueDate,
        durationDays: dates.durationDays,
        estimateHours: input.estimateHours ?? null,
      }));
      // Nothing can wait for a task created a moment ago, so its first links cannot close a loop.
      if (wanted?.links.length) await this.replaceDependencies(tx, access.projectId, id, wanted, { isNew: true });
      const task = await this.tasks.find(tx, id);
      await this.notices.tasksCameTo(tx, [{ before: null, after: task }], access);
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Task', entityId: id, action: 'CREATED', actorId: access.userId, after: this.auditShape(task) });
      return toTask(task);
    });
  }

  /** Run again after a deadlock; a prerequisite deleted meanwhile is named under dependsOnIds (constraint-errors.ts). */
  async update(input: UpdateTaskInput, access: ProjectAccess): Promise<TaskModel> {
    const wanted = wantedDependencies(input);
    return inTransaction(this.db, async (tx) => {
      // Edits that each add one link of a loop would all pass a check of the plan as it was: they
      // take turns per program, so each one's check sees the links the others committed. The turn
      // is taken before the task's row is locked; taken after, one edit would hold its task while
      // waiting for the turn, and the edit holding the turn would wait for that task (a link
      // locks the task it points to), a deadlock.
      if (wanted?.links.length) await serializeWrites(tx, 'task-dependencies', access.projectId);
      // Shifting reads the task's dependants and moves them: they are locked first, with the task,
      // in id order, so two shifts through one chain take turns and nothing moves under this one.
      const chain = input.shiftDependants ? await this.tasks.withDependants(tx, input.id, { lock: true }) : [];
      const current = await this.tasks.find(tx, input.id);
      const refs = await this.checkReferences(tx, access.projectId, {
        phaseId: input.phaseId,
        milestoneId: input.milestoneId,
        roleKey: input.roleKey,
        assigneeId: input.assigneeId,
        waveId: input.waveId,
      });
      const set: TaskChanges = {};
      if (input.title !== undefined) set.title = input.title.trim();
      if (input.description !== undefined) set.description = input.description.trim();
      if (refs.roleId) set.role_id = refs.roleId;
      if (input.assigneeId !== undefined) set.assignee_id = input.assigneeId;
      if (input.waveId !== undefined) set.wave_id = input.waveId;
      if (input.phaseId !== undefined) set.phase_id = input.phaseId;
      if (input.milestoneId !== undefined) set.milestone_id = input.milestoneId;
      if (input.status !== undefined) set.status = input.status;
      if (input.priority !== undefined) set.priority = input.priority;
      if (input.estimateHours !== undefined) set.estimate_hours = input.estimateHours;
      const planned = { startDate: current.start_date, dueDate: current.due_date, durationDays: current.duration_days };
      const dates = await this.plannedDates(tx, access.projectId, planned, input);
      if (input.startDate !== undefined || dates.startDate !== planned.startDate) set.start_date = dates.startDate;
      if (input.dueDate !== undefined || dates.dueDate !== planned.dueDate) set.due_date = dates.dueDate;
      if (input.durationDays !== undefined || dates.durationDays !== planned.durationDays) set.duration_days = dates.durationDays;
      if (input.status !== undefined || wanted !== undefined) {
        const currentDependsOnIds = await this.tasks.dependencyIdsOf(tx, input.id);
        await this.refuseOpenPrerequisites(tx, access.projectId, {
          title: current.title,
          currentStatus: current.status,
          nextStatus: input.status ?? current.status,
          currentDependsOnIds,
          nextDependsOnIds: wanted?.links.map((d) => d.dependsOnId) ?? currentDependsOnIds,
        });
      }
      // Only a status or a phase can change a gate: other edits read no gate.
      const gatePhases = input.status !== undefined || input.phaseId !== undefined ? [current.phase_id, input.phaseId] : [];
      const { before } = await this.gates.watch(tx, gatePhases, access, () => this.tasks.update(tx, input.id, input.version, set));
      if (wanted !== undefined) await this.replaceDependencies(tx, access.projectId, input.id, wanted);
      const after = await this.tasks.find(tx, input.id);
      if (input.shiftDependants && (after.start_date !== current.start_date || after.due_date !== current.due_date)) {
        await this.shiftDependantsOf(tx, after, chain, access);
      }
      if (input.assigneeId !== undefined || input.roleKey !== undefined || input.waveId !== undefined) await this.notices.tasksCameTo(tx, [{ before: current, after }], access);
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'Task',
        entityId: input.id,
        action: input.status !== undefined && Object.keys(set).length === 1 ? 'STATUS_CHANGED' : 'UPDATED',
        actorId: access.userId,
        ...changedColumns(this.auditShape(before), this.auditShape(after)),
      });
      return toTask(after);
    });
  }

  setStatus(input: SetTaskStatusInput, access: ProjectAccess): Promise<TaskModel> {
    return this.update({ id: input.id, version: input.version, status: input.status }, access);
  }

  /**
   * One status, role or assignee for up to 100 tasks of the project, all or nothing: a task of
   * another project (or none) answers NOT_FOUND, a stale version CONFLICT naming the task, a task
   * that may not start or finish DEPENDENCY_BLOCKED naming it and what it waits for; nothing is
   * saved then. The same references and rules as `update`, in a fixed number of statements
   * whatever the number of tasks. A task already as asked is left as it is (same version, no
   * history entry); every other task gets one entry, as `update` writes it.
   */
  async updateMany(input: UpdateTasksInput, access: ProjectAccess): Promise<TaskModel[]> {
    const ids = input.items.map((item) => item.id);
    if (new Set(ids).size !== ids.length) throw badUserInput([{ field: 'items', message: 'Name each task once.', code: 'TASK_NAMED_TWICE' }]);
    if (input.status === undefined && input.roleKey === undefined && input.assigneeId === undefined) {
      throw badUserInput([{ field: 'input', message: 'Say what to change: a status, a role or an assignee.', code: 'NOTHING_TO_CHANGE' }]);
    }
    return inTransaction(this.db, async (tx) => {
      const locked = await this.tasks.lockOfProject(tx, access.projectId, ids);
      if (locked.length !== ids.length) throw notFound('A task');
      const byId = new Map(locked.map((row) => [row.id, row]));
      const lockedRow = (id: string): TaskRow => {
        const row = byId.get(id);
        if (!row) throw notFound('A task');
        return row;
      };
      const current = input.items.map((item) => lockedRow(item.id));
      const stale = current.filter((row, i) => row.version !== input.items[i].version);
      if (stale.length > 0) {
        const others = stale.length > 1 ? ` and ${stale.length - 1} other selected ${stale.length === 2 ? 'task' : 'tasks'}` : '';
        throw new AppError(
          ErrorCode.CONFLICT,
          `Nothing was changed: “${stale[0].title}”${others} ${stale.length > 1 ? 'were' : 'was'} changed by someone else since you loaded ${stale.length > 1 ? 'them' : 'it'}. Reload to see the latest versions, then apply your change again.`,
          { taskIds: stale.map((task) => task.id) },
          { reason: 'TASKS_CHANGED_MEANWHILE', task: stale[0].title, count: stale.length },
        );
      }
      const refs = await this.checkReferences(tx, access.projectId, { roleKey: input.roleKey, assigneeId: input.assigneeId });
      if (input.status !== undefined) {
        const links = (await this.tasks.prerequisiteLinksOf(tx, ids)).map(({ task_id, ...prerequisite }) => ({ taskId: task_id, prerequisite }));
        const [refused, ...more] = bulkStatusRefusals(current, input.status, links);
        if (refused) {
          const also = more.length > 0 ? ` (and ${more.length} other selected ${more.length === 1 ? 'task' : 'tasks'})` : '';
          throw dependencyBlocked(
            `Nothing was changed: “${refused.task.title}”${also} cannot ${input.status === TaskStatus.DONE ? 'be done' : 'start'} while it waits for tasks that are not done:`,
            refused.blockers.map(({ id, title }) => ({ id, title })),
            { reason: 'TASK_WAITS_FOR_OPEN_TASKS', task: refused.task.title, toDone: input.status === TaskStatus.DONE, others: more.length },
          );
        }
      }
      const set: TaskChanges = {};
      if (input.status !== undefined) set.status = input.status;
      if (refs.roleId) set.role_id = refs.roleId;
      if (input.assigneeId !== undefined) set.assignee_id = input.assigneeId;
      const gatePhases = input.status !== undefined ? current.map((task) => task.phase_id) : [];
      const changed = new Set(await this.gates.watch(tx, gatePhases, access, () => this.tasks.updateMany(tx, input.items, set)));
      const after = await this.tasks.ofIds(tx, access.projectId, ids);
      if (input.roleKey !== undefined || input.assigneeId !== undefined) {
        await this.notices.tasksCameTo(
          tx,
          after.filter((task) => changed.has(task.id)).map((task) => ({ before: lockedRow(task.id), after: task })),
          access,
        );
      }
      const action = Object.keys(set).length === 1 && set.status !== undefined ? 'STATUS_CHANGED' : 'UPDATED';
      await this.audit.recordMany(
        tx,
        after
          .filter((task) => changed.has(task.id))
          .map((task) => ({
            projectId: access.projectId,
            entityType: 'Task',
            entityId: task.id,
            action,
            actorId: access.userId,
            ...changedColumns(this.auditShape(lockedRow(task.id)), this.auditShape(task)),
          })),
      );
      return after.map(toTask);
    });
  }

  /**
   * The dates and duration after a change, kept consistent through the program's working days
   * (`plannedTaskDates`). The calendar is only read when a duration is involved, so edits of
   * tasks planned by dates alone cost what they did.
   */
  private async plannedDates(tx: EntityManager, projectId: string, current: TaskDates, change: TaskDatesChange): Promise<TaskDates> {
    const involvesDuration = change.durationDays != null || (current.durationDays !== null && (change.startDate !== undefined || change.dueDate !== undefined));
    const calendar = involvesDuration ? await this.calendars.of(tx, projectId) : undefined;
    const result = plannedTaskDates(current, { startDate: change.startDate, dueDate: change.dueDate, durationDays: change.durationDays }, calendar);
    if (!result.ok) throw badUserInput([{ field: result.field, message: result.message, code: result.code, params: result.params }]);
    return result.dates;
  }

  private async checkReferences(
    tx: EntityManager,
    projectId: string,
    refs: { phaseId?: string; milestoneId?: string | null; roleKey?: string; assigneeId?: string | null; waveId?: string | null },
  ): Promise<{ roleId?: string }> {
    const problems: FieldError[] = [];
    let roleId: string | undefined;
    if (refs.phaseId && !(await this.tasks.phaseInProject(tx, refs.phaseId, projectId))) {
      problems.push({ field: 'phaseId', message: 'This program has no such phase.', code: 'NO_SUCH_PHASE' });
    }
    if (refs.milestoneId && !(await this.tasks.milestoneInProject(tx, refs.milestoneId, projectId))) {
      problems.push({ field: 'milestoneId', message: 'This program has no such milestone.', code: 'NO_SUCH_MILESTONE' });
    }
    if (refs.waveId && !(await this.tasks.waveInProject(tx, refs.waveId, projectId))) {
      problems.push({ field: 'waveId', message: 'This program has no such wave.', code: 'NO_SUCH_WAVE' });
    }
    if (refs.roleKey) {
      roleId = await this.team.findRoleId(tx, projectId, refs.roleKey);
      if (!roleId) problems.push(noSuchRole('roleKey', refs.roleKey));
    }
    if (refs.assigneeId && !(await this.people.allInDirectory(tx, projectId, [refs.assigneeId]))) problems.push(notInDirectory('assigneeId'));
    if (problems.length) throw badUserInput(problems);
    return { roleId };
  }

  /**
   * DEPENDENCY_BLOCKED, before anything is written, when the change would start or finish the task
   * while something it waits for is open (`dependencyBlockers` decides). Re-opening a prerequisite
   * is not checked here on purpose: its dependants are flagged on the board instead.
   */
  private async refuseOpenPrerequisites(
    tx: EntityManager,
    projectId: string,
    change: { title: string; currentStatus: TaskStatus | null; nextStatus: TaskStatus; currentDependsOnIds: string[]; nextDependsOnIds: string[] },
  ): Promise<void> {
    if (change.nextDependsOnIds.length === 0) return;
    const prerequisites = await this.tasks.prerequisiteFacts(tx, projectId, [...new Set(change.nextDependsOnIds)]);
    const blockers = dependencyBlockers({ ...change, prerequisites });
    if (blockers.length === 0) return;
    const named = blockers.map(({ id, title }) => ({ id, title }));
    const statusChanges = change.currentStatus !== change.nextStatus;
    throw dependencyBlocked(
      statusChanges
        ? `“${change.title}” cannot ${change.nextStatus === TaskStatus.DONE ? 'be done' : 'start'} while it waits for tasks that are not done:`
        : `“${change.title}” is already ${change.nextStatus === TaskStatus.DONE ? 'done' : 'in progress'}, so it cannot wait for tasks that are not done:`,
      named,
      { reason: statusChanges ? 'TASK_WAITS_FOR_OPEN_TASKS' : 'TASK_ALREADY_UNDER_WAY', task: change.title, toDone: change.nextStatus === TaskStatus.DONE },
    );
  }

  /**
   * Moves the dependants of a task just re-dated (`DependantShifting.applyIn`) and writes one
   * history entry per task moved, as a date edit of it would.
   */
  private async shiftDependantsOf(tx: EntityManager, task: TaskRow, chain: readonly string[], access: ProjectAccess): Promise<void> {
    const shifts = await this.shifting.applyIn(tx, access.projectId, chain, { id: task.id, start: task.start_date, finish: task.due_date });
    if (shifts.length === 0) return;
    const movedRows = await this.tasks.ofIds(tx, access.projectId, shifts.map((s) => s.id));
    const shiftOf = new Map(shifts.map((s) => [s.id, s]));
    await this.audit.recordMany(
      tx,
      movedRows.map((moved) => {
        const shift = shiftOf.get(moved.id)!;
        const before = { ...moved, start_date: shift.start, due_date: shift.finish };
        return {
          projectId: access.projectId,
          entityType: 'Task',
          entityId: moved.id,
          action: 'UPDATED',
          actorId: access.userId,
          ...changedColumns(this.auditShape(before), this.auditShape(moved)),
        };
      }),
    );
  }

  private async replaceDependencies(tx: EntityManager, projectId: string, taskId: string, dependencies: WantedDependencies, { isNew = false } = {}): Promise<void> {
    const { field, links } = dependencies;
    const wanted = links.map((d) => d.dependsOnId);
    if ((await this.tasks.idsInProject(tx, projectId, wanted)).length !== wanted.length) {
      throw badUserInput([{ field, message: 'A task can only depend on tasks of the same program.', code: 'DEPENDENCY_OTHER_PROJECT' }]);
    }
    if (!isNew && wanted.length && (await this.tasks.reachesTask(tx, wanted, taskId))) {
      // Only now, with a loop known to exist, is the part of the plan it runs through read, so
      // the domain can name the same loop as before (the first new prerequisite that closes one).
      const existing = (await this.tasks.dependencyEdgesReachableFrom(tx, wanted, taskId)).map((e) => ({ taskId: e.task_id, dependsOnId: e.depends_on_id }));
      for (const dependsOnId of wanted) {
        const loop = dependencyCycle(existing, { taskId, dependsOnId });
        if (loop) {
          const titleOf = new Map((await this.tasks.titles(tx, loop)).map((t) => [t.id, t.title]));
          throw badUserInput([
            { field, message: `This would make the tasks wait for each other in a loop: ${loop.map((id) => `“${titleOf.get(id)}”`).join(' → ')}.`, code: 'DEPENDENCY_LOOP', params: { tasks: loop.map((id) => `“${titleOf.get(id)}”`).join(' → ') } },
          ]);
        }
        existing.push({ taskId, dependsOnId });
      }
    }
    await this.tasks.replaceDependencies(tx, projectId, taskId, links);
  }

  private auditShape(task: TaskRow): Row {
    const { primary_holder_id: _holder, seq: _seq, created_at: _created, updated_at: _updated, version: _version, ...rest } = task;
    return rest;
  }

  /**
   * New tasks and the links among them, inside the caller's transaction (a plan import), in a
   * fixed number of statements whatever their number: one insert each for tasks and links, the
   * gates of the phases they join watched, their owners told, one history entry per task. The
   * caller has checked them (`resolvePlan`): roles and phases of the project, consistent dates,
   * no loops. (Added for the plan-io area.)
   */
  async importIn(
    tx: EntityManager,
    tasks: readonly (Omit<NewTask, 'projectId'> & { id: string })[],
    links: readonly { taskId: string; dependsOnId: string; lagDays: number }[],
    access: ProjectAccess,
  ): Promise<void> {
    if (tasks.length === 0) return;
    const rows = tasks.map((task) => ({ ...task, projectId: access.projectId }));
    await this.gates.watch(tx, [...new Set(rows.map((t) => t.phaseId))], access, async () => {
      await this.tasks.insertMany(tx, rows);
      await this.tasks.insertDependencies(tx, access.projectId, links.map((l) => ({ task_id: l.taskId, depends_on_id: l.dependsOnId, lag_days: l.lagDays })));
    });
    await this.notices.tasksCameTo(
      tx,
      rows.map((t) => ({ before: null, after: { id: t.id, title: t.title, role_id: t.roleId, assignee_id: t.assigneeId, status: t.status } })),
      access,
    );
    await this.audit.recordMany(
      tx,
      rows.map((t) => ({
        projectId: access.projectId,
        entityType: 'Task',
        entityId: t.id,
        action: 'CREATED',
        actorId: access.userId,
        after: { title: t.title, phase_id: t.phaseId, role_id: t.roleId, start_date: t.startDate, due_date: t.dueDate, duration_days: t.durationDays },
      })),
    );
  }

  /**
   * Carries tasks over to another phase of the project, one history entry per task ("Task carried
   * over", Phase: old → new). A milestone link is dropped: it named a milestone of the phase the
   * task left. The phases area checks first that the move is allowed (`carryOverProblems`) and
   * calls this inside its transaction. (Added for the phases area.)
   */
  async movePhaseIn(tx: EntityManager, taskIds: readonly string[], toPhaseId: string, access: ProjectAccess): Promise<TaskModel[]> {
    const tasks = await this.tasks.ofIds(tx, access.projectId, taskIds);
    // Carrying the last open tasks over opens the gate they held; the later phase's may close.
    return this.gates.watch(tx, [...new Set(tasks.map((t) => t.phase_id)), toPhaseId], access, () => this.moveTasks(tx, tasks, toPhaseId, access));
  }

  private async moveTasks(tx: EntityManager, tasks: TaskRow[], toPhaseId: string, access: ProjectAccess): Promise<TaskModel[]> {
    const moved: TaskModel[] = [];
    for (const task of tasks) {
      const set: TaskChanges = { phase_id: toPhaseId };
      if (task.milestone_id) set.milestone_id = null;
      const { before, after } = await this.tasks.update(tx, task.id, task.version, set);
      const changed = changedColumns(this.auditShape(before), this.auditShape(after));
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'Task',
        entityId: task.id,
        action: 'CARRIED_OVER',
        actorId: access.userId,
        // The title names the task in the history even after it is renamed or deleted.
        before: { title: before.title, ...changed.before },
        after: { title: after.title, ...changed.after },
      });
      moved.push(toTask({ ...after, primary_holder_id: task.primary_holder_id }));
    }
    return moved;
  }
}
