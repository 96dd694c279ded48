import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { dependencyCycle, normalizeEmail, todayIso } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { allInDirectory, findRoleId, noSuchRole, notInDirectory } from '../common/database/reference-checks';
import { versionedUpdate } from '../common/database/versioned-update';
import { AppError, badUserInput, ErrorCode, FieldError, notFound } from '../common/errors/app-error';
import { Connection, connectionOf, decodeCursor } from '../common/graphql/pagination';
import { isUuid } from '../common/ids/is-uuid';
import { ProjectAccessService } from '../projects/project-access.service';
import { CreateTaskInput, DeleteTaskInput, MyTasksArgs, SetTaskStatusInput, TaskFilterInput, TasksArgs, UpdateTaskInput } from './dto/task.inputs';
import { TASK_SELECT, TaskModel, TaskRow, toTask } from './models/task.model';

type Row = Record<string, unknown>;

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(args: TasksArgs, userId: string): Promise<Connection<TaskModel>> {
    await this.access.canView(args.projectId, userId);
    const { where, params } = this.filterSql(args.projectId, args.filter ?? {});
    const after = decodeCursor(args.after);
    const pageWhere = after ? [...where, `t.seq > $${params.length + 1}`] : where;
    const pageParams = after ? [...params, after] : [...params];
    const rows: TaskRow[] = await this.db.query(
      `${TASK_SELECT} WHERE ${pageWhere.join(' AND ')} ORDER BY t.seq LIMIT $${pageParams.length + 1}`,
      [...pageParams, args.first + 1],
    );
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM tasks t LEFT JOIN role_assignments ra ON ra.role_id = t.role_id AND ra.is_primary
       WHERE ${where.join(' AND ')}`,
      params,
    );
    return connectionOf(rows.map(toTask), args.first, (t) => t.seq, n);
  }

  async get(id: string, userId: string): Promise<TaskModel> {
    if (!isUuid(id)) throw notFound('This task');
    const rows: TaskRow[] = await this.db.query(`${TASK_SELECT} WHERE t.id = $1`, [id]);
    if (!rows[0]) throw notFound('This task');
    await this.access.canView(rows[0].project_id, userId).catch(() => {
      throw notFound('This task');
    });
    return toTask(rows[0]);
  }

  /** Open tasks the signed-in user owns (through the person with their email), soonest due first. */
  async mine(args: MyTasksArgs, user: { id: string; email: string }): Promise<TaskModel[]> {
    const rows: TaskRow[] = await this.db.query(
      `${TASK_SELECT}
       JOIN people p ON p.id = COALESCE(t.assignee_id, ra.person_id) AND p.email = $2
       JOIN project_members m ON m.project_id = t.project_id AND m.user_id = $1
       WHERE ($3 OR t.status <> 'DONE')
       ORDER BY t.due_date NULLS LAST, t.seq LIMIT $4`,
      [user.id, normalizeEmail(user.email), args.includeDone, args.first],
    );
    return rows.map(toTask);
  }

  async create(input: CreateTaskInput, userId: string): Promise<TaskModel> {
    return this.db.transaction(async (tx) => {
      await this.access.canEdit(input.projectId, userId, tx);
      const refs = await this.checkReferences(tx, input.projectId, input);
      if (input.startDate && input.dueDate && input.dueDate < input.startDate) {
        throw badUserInput([{ field: 'dueDate', message: 'Due date must be on or after the start date.' }]);
      }
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO tasks (project_id, phase_id, milestone_id, role_id, assignee_id, title, description, status, priority, start_date, due_date, estimate_hours)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          input.projectId,
          input.phaseId,
          input.milestoneId ?? null,
          refs.roleId,
          input.assigneeId ?? null,
          input.title.trim(),
          input.description.trim(),
          input.status,
          input.priority,
          input.startDate ?? null,
          input.dueDate ?? null,
          input.estimateHours ?? null,
        ],
      );
      if (input.dependsOnIds?.length) await this.replaceDependencies(tx, input.projectId, row.id, input.dependsOnIds);
      const task = await this.taskRow(tx, row.id);
      await this.audit.record(tx, { projectId: input.projectId, entityType: 'Task', entityId: row.id, action: 'CREATED', actorId: userId, after: this.auditShape(task) });
      return toTask(task);
    });
  }

  async update(input: UpdateTaskInput, userId: string): Promise<TaskModel> {
    return this.db.transaction(async (tx) => {
      const current = await this.taskRow(tx, input.id);
      await this.access.canEdit(current.project_id, userId, tx);
      const refs = await this.checkReferences(tx, current.project_id, {
        phaseId: input.phaseId,
        milestoneId: input.milestoneId,
        roleKey: input.roleKey,
        assigneeId: input.assigneeId,
      });
      const set: Row = {};
      if (input.title !== undefined) set['title'] = input.title.trim();
      if (input.description !== undefined) set['description'] = input.description.trim();
      if (refs.roleId) set['role_id'] = refs.roleId;
      if (input.assigneeId !== undefined) set['assignee_id'] = input.assigneeId;
      if (input.phaseId !== undefined) set['phase_id'] = input.phaseId;
      if (input.milestoneId !== undefined) set['milestone_id'] = input.milestoneId;
      if (input.status !== undefined) set['status'] = input.status;
      if (input.priority !== undefined) set['priority'] = input.priority;
      if (input.startDate !== undefined) set['start_date'] = input.startDate;
      if (input.dueDate !== undefined) set['due_date'] = input.dueDate;
      if (input.estimateHours !== undefined) set['estimate_hours'] = input.estimateHours;
      const start = input.startDate !== undefined ? input.startDate : current.start_date;
      const due = input.dueDate !== undefined ? input.dueDate : current.due_date;
      if (start && due && due < start) throw badUserInput([{ field: 'dueDate', message: 'Due date must be on or after the start date.' }]);
      const { before } = await versionedUpdate<TaskRow & Row>(tx, { table: 'tasks', id: input.id, version: input.version, set, what: 'This task' });
      if (input.dependsOnIds !== undefined) await this.replaceDependencies(tx, current.project_id, input.id, input.dependsOnIds);
      const after = await this.taskRow(tx, input.id);
      await this.audit.record(tx, {
        projectId: current.project_id,
        entityType: 'Task',
        entityId: input.id,
        action: input.status !== undefined && Object.keys(set).length === 1 ? 'STATUS_CHANGED' : 'UPDATED',
        actorId: userId,
        ...changedColumns(this.auditShape(before as TaskRow), this.auditShape(after)),
      });
      return toTask(after);
    });
  }

  setStatus(input: SetTaskStatusInput, userId: string): Promise<TaskModel> {
    return this.update({ id: input.id, version: input.version, status: input.status }, userId);
  }

  async remove(input: DeleteTaskInput, userId: string): Promise<TaskModel> {
    return this.db.transaction(async (tx) => {
      const current = await this.taskRow(tx, input.id);
      await this.access.canEdit(current.project_id, userId, tx);
      const [deleted] = (await tx.query('DELETE FROM tasks WHERE id = $1 AND version = $2 RETURNING *', [input.id, input.version])) as [TaskRow[], number];
      if (!deleted[0]) throw new AppError(ErrorCode.CONFLICT, 'This task was changed by someone else since you loaded it. Reload before deleting it.');
      await this.audit.record(tx, { projectId: current.project_id, entityType: 'Task', entityId: input.id, action: 'DELETED', actorId: userId, before: this.auditShape(current) });
      return toTask(current);
    });
  }

  /** Shared by every filter consumer so the count and the page agree. */
  private filterSql(projectId: string, filter: TaskFilterInput): { where: string[]; params: unknown[] } {
    const params: unknown[] = [projectId];
    const where = ['t.project_id = $1'];
    const param = (value: unknown) => `$${params.push(value)}`;
    // The owner rule of libs/domain (assignee, else the role's primary holder) expressed in SQL so
    // that filtering and paging stay in the database.
    const owner = 'COALESCE(t.assignee_id, ra.person_id)';
    if (filter.roleKeys?.length) where.push(`t.role_id IN (SELECT id FROM roles WHERE project_id = $1 AND key = ANY(${param(filter.roleKeys)}))`);
    if (filter.ownerId) where.push(`${owner} = ${param(filter.ownerId)}`);
    if (filter.unowned) where.push(`${owner} IS NULL`);
    if (filter.statuses?.length) where.push(`t.status = ANY(${param(filter.statuses)})`);
    if (filter.phaseId) where.push(`t.phase_id = ${param(filter.phaseId)}`);
    if (filter.milestoneId) where.push(`t.milestone_id = ${param(filter.milestoneId)}`);
    if (filter.overdue === true) where.push(`t.due_date < ${param(todayIso())} AND t.status <> 'DONE'`);
    if (filter.overdue === false) where.push(`NOT (t.due_date IS NOT NULL AND t.due_date < ${param(todayIso())} AND t.status <> 'DONE')`);
    if (filter.search?.trim()) where.push(`lower(t.title) LIKE ${param(`%${filter.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    return { where, params };
  }

  private async checkReferences(
    tx: EntityManager,
    projectId: string,
    refs: { phaseId?: string; milestoneId?: string | null; roleKey?: string; assigneeId?: string | null },
  ): Promise<{ roleId?: string }> {
    const problems: FieldError[] = [];
    let roleId: string | undefined;
    if (refs.phaseId) {
      const found = await tx.query('SELECT 1 FROM phases WHERE id = $1 AND project_id = $2', [refs.phaseId, projectId]);
      if (!found.length) problems.push({ field: 'phaseId', message: 'This project has no such phase.' });
    }
    if (refs.milestoneId) {
      const found = await tx.query('SELECT 1 FROM milestones WHERE id = $1 AND project_id = $2', [refs.milestoneId, projectId]);
      if (!found.length) problems.push({ field: 'milestoneId', message: 'This project has no such milestone.' });
    }
    if (refs.roleKey) {
      roleId = await findRoleId(tx, projectId, refs.roleKey);
      if (!roleId) problems.push(noSuchRole('roleKey', refs.roleKey));
    }
    if (refs.assigneeId) {
      if (!(await allInDirectory(tx, [refs.assigneeId]))) problems.push(notInDirectory('assigneeId'));
    }
    if (problems.length) throw badUserInput(problems);
    return { roleId };
  }

  private async replaceDependencies(tx: EntityManager, projectId: string, taskId: string, dependsOnIds: string[]): Promise<void> {
    const wanted = [...new Set(dependsOnIds)];
    const inProject: { id: string }[] = await tx.query('SELECT id FROM tasks WHERE project_id = $1 AND id = ANY($2)', [projectId, wanted]);
    if (inProject.length !== wanted.length) {
      throw badUserInput([{ field: 'dependsOnIds', message: 'A task can only depend on tasks of the same project.' }]);
    }
    await tx.query('DELETE FROM task_dependencies WHERE task_id = $1', [taskId]);
    const edges: { task_id: string; depends_on_id: string }[] = await tx.query(
      'SELECT task_id, depends_on_id FROM task_dependencies WHERE project_id = $1',
      [projectId],
    );
    const existing = edges.map((e) => ({ taskId: e.task_id, dependsOnId: e.depends_on_id }));
    for (const dependsOnId of wanted) {
      const loop = dependencyCycle(existing, { taskId, dependsOnId });
      if (loop) {
        const titles: { id: string; title: string }[] = await tx.query('SELECT id, title FROM tasks WHERE id = ANY($1)', [loop]);
        const titleOf = new Map(titles.map((t) => [t.id, t.title]));
        throw badUserInput([
          { field: 'dependsOnIds', message: `This would make the tasks wait for each other in a loop: ${loop.map((id) => `“${titleOf.get(id)}”`).join(' → ')}.` },
        ]);
      }
      existing.push({ taskId, dependsOnId });
    }
    if (wanted.length) {
      await tx.query(
        'INSERT INTO task_dependencies (task_id, depends_on_id, project_id) SELECT $1, unnest($2::uuid[]), $3',
        [taskId, wanted, projectId],
      );
    }
  }

  private async taskRow(tx: EntityManager, id: string): Promise<TaskRow> {
    const rows: TaskRow[] = await tx.query(`${TASK_SELECT} WHERE t.id = $1`, [id]);
    if (!rows[0]) throw notFound('This task');
    return rows[0];
  }

  private auditShape(task: TaskRow): Row {
    const { primary_holder_id: _holder, seq: _seq, created_at: _created, updated_at: _updated, version: _version, ...rest } = task;
    return rest;
  }
}
