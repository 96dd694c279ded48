import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { versionedUpdate } from '../common/database/versioned-update';
import { notFound } from '../common/errors/app-error';
import { SortDirection, TaskFilterInput, TaskOrderField, TaskOrderInput } from './dto/task.inputs';
import { TaskPriority, TaskRow, TaskStatus } from './models/task.model';
import { isOpenSql, noWaveHolder } from './task-open-sql';
import { SortedCursor, SortKeyType } from './task-order-cursor';

export interface NewTask {
  projectId: string;
  phaseId: string;
  milestoneId: string | null;
  roleId: string;
  assigneeId: string | null;
  title: string;
  description: string;
  status: TaskStatus;
  priority: TaskPriority;
  startDate: string | null;
  dueDate: string | null;
  estimateHours: number | null;
  durationDays: number | null;
  waveId?: string | null;
}

export type TaskChanges = Partial<
  Pick<TaskRow, 'title' | 'description' | 'role_id' | 'assignee_id' | 'wave_id' | 'phase_id' | 'milestone_id' | 'status' | 'priority' | 'start_date' | 'due_date' | 'duration_days'> & {
    estimate_hours: number | null;
  }
>;

export interface PlanTaskRow {
  id: string;
  title: string;
  phase_id: string;
  role_name: string;
  start_date: string | null;
  due_date: string | null;
  duration_days: number | null;
}

export interface DependencyEdge {
  task_id: string;
  depends_on_id: string;
}

/** A "waits for" link with its lag in working days (migration 1765000000800). */
export interface LaggedDependencyEdge extends DependencyEdge {
  lag_days: number;
}

/** What a task's dependants are moved by: its dates and length, and the version it is moved from. */
export interface ShiftTaskRow {
  id: string;
  title: string;
  start_date: string | null;
  due_date: string | null;
  duration_days: number | null;
  version: number;
}

/** The walk to every task that waits for task `$1`, directly or through others (itself included). */
const DOWNSTREAM_OF = `WITH RECURSIVE downstream(id) AS (
    SELECT $1::uuid
    UNION
    SELECT d.task_id FROM task_dependencies d JOIN downstream r ON d.depends_on_id = r.id
  )`;

/**
 * Every task read takes its primary holder from the task_ownership view (migration
 * 1764400000000), the SQL copy of `ownerFor`/`needsOwner` that health and the overview count
 * with. The board's filters and myTasks use the indexable forms below instead; the contract suite
 * (test/api/task-ownership-contract) runs the view and each of these against the domain rule.
 */
const TASK_SELECT = `SELECT t.*, o.primary_holder_id FROM tasks t JOIN task_ownership o ON o.task_id = t.id`;

/**
 * The SQL copy of `isOverdue` over `t`: past its due day and still open; a task due today is not
 * late. Read from the task's own columns so a filtered page or count needs no join.
 */
const overdue = (todayParam: string) => `(${isOpenSql('t')} AND t.due_date IS NOT NULL AND t.due_date < ${todayParam})`;

/**
 * `needsOwner` over `t`, the same rule as the view's `needs_owner`: open, no assignee, and a role
 * of the program that nobody holds as primary. The roles come first, as an array, so the open
 * unassigned tasks of just those roles are read from tasks_open_role_idx (migration
 * 1764700000100): at 200,000 tasks the page takes 2 ms and the count 10 ms (117 ms and 80–104 ms
 * through the view), however few unowned tasks there are. A task's role is always of its own
 * program (the API checks it), so the program's roles are all there is to look at. Checked against
 * the domain rule by test/api/task-ownership-contract, like the view.
 */
const needsOwner = (projectParam: string) => `(t.assignee_id IS NULL AND ${isOpenSql('t')}
  AND t.role_id = ANY(ARRAY(SELECT r.id FROM roles r WHERE r.project_id = ${projectParam}
    AND NOT EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.role_id = r.id AND ra.wave_id IS NULL AND ra.is_primary)))
  AND ${noWaveHolder('t')})`;

/**
 * The tasks a person owns by `ownerFor` (the assignee, else the primary holder of the role in the
 * task's wave, else the program's), as a row source for `FROM … t`: the tasks assigned to them,
 * the unassigned tasks of a wave whose role they hold as primary in that wave, and the unassigned
 * tasks of the roles they hold as primary program-wide whose wave has no holder of its own. The
 * branches are disjoint (assignee set or not; a wave holder or not) and each has its index
 * (migration 1764700000000), where `owner_id` of the view is a COALESCE that no index serves and
 * so computes the owner of every task. The roles come as an array (not `IN (SELECT …)`): the
 * planner then reads their tasks from the index instead of hashing every unassigned task of the
 * table (111 ms → 29 ms at 200,000). Conditions on `t` reach both branches. The contract suite
 * (test/api/task-ownership-contract) checks this form against the domain rule like the view.
 */
const ownedBy = (personParam: string) => `(
  SELECT * FROM tasks WHERE assignee_id = ${personParam}
  UNION ALL
  SELECT * FROM tasks WHERE assignee_id IS NULL
    AND role_id = ANY(ARRAY(SELECT role_id FROM role_assignments WHERE person_id = ${personParam} AND wave_id IS NOT NULL AND is_primary))
    AND EXISTS (SELECT 1 FROM role_assignments mine WHERE mine.person_id = ${personParam} AND mine.is_primary
      AND mine.role_id = tasks.role_id AND mine.wave_id = tasks.wave_id)
  UNION ALL
  SELECT * FROM tasks WHERE assignee_id IS NULL
    AND role_id = ANY(ARRAY(SELECT role_id FROM role_assignments WHERE person_id = ${personParam} AND wave_id IS NULL AND is_primary))
    AND ${noWaveHolder('tasks')})`;

/**
 * A board filter as SQL over `t` (tasks, or the tasks of the owner asked for); shared by the page
 * and its count. No condition joins task_ownership, so a count is one scan of tasks (index-only
 * where the visibility map allows) and a page only joins the view for its own rows.
 */
function filterSql(
  projectId: string,
  filter: TaskFilterInput,
  today: string,
): { from: string; where: string[]; params: unknown[] } {
  const params: unknown[] = [projectId];
  const where = ['t.project_id = $1'];
  const param = (value: unknown) => `$${params.push(value)}`;
  const from = filter.ownerId ? ownedBy(param(filter.ownerId)) : 'tasks';
  if (filter.roleKeys?.length) where.push(`t.role_id IN (SELECT id FROM roles WHERE project_id = $1 AND key = ANY(${param(filter.roleKeys)}))`);
  if (filter.unowned) where.push(needsOwner('$1'));
  if (filter.statuses?.length) where.push(`t.status = ANY(${param(filter.statuses)})`);
  if (filter.phaseId) where.push(`t.phase_id = ${param(filter.phaseId)}`);
  if (filter.milestoneId) where.push(`t.milestone_id = ${param(filter.milestoneId)}`);
  if (filter.overdue === true) where.push(overdue(param(today)));
  if (filter.overdue === false) where.push(`NOT ${overdue(param(today))}`);
  if (filter.search?.trim()) where.push(`lower(t.title) LIKE ${param(`%${filter.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  return { from: `${from} t`, where, params };
}

/**
 * A column of the task table as a sort key over `t`: its SQL, its type (how a cursor's copy of it
 * is cast back) and, for a column that may be empty, the stand-in the empty rows sort with after
 * their `IS NULL` flag. Ties are broken by `seq`, so the order is total and keyset paging exact.
 *
 * Due date and title are read in index order (migration 1764800000040, `(project_id, key…, seq)`),
 * so a page of a large program costs what a creation-order page costs. The others sort the
 * filtered tasks (a top-N sort of the page, not of the program, is what LIMIT asks for): phase and
 * role joined for their position and name, status by the board's column order, owner through the
 * task_ownership view (the one SQL copy of `ownerFor`), none of which one index on tasks can hold.
 * Joined rather than looked up per task: at 200,000 tasks the owner order took 2.1 s with a
 * lookup per task (evaluated twice) and 0.4 s hash-joined, the phase order 405 ms and 165 ms.
 */
interface SortKey {
  sql: string;
  /** What the key reads besides the task, joined once per row (aliases `sort_…`, one row per task). */
  joins?: string;
  type: SortKeyType;
  /** For a column that may be empty: what its empty rows compare with (after `IS NULL` sorts them last). */
  emptyAs?: string;
}

const STATUS_COLUMNS = [TaskStatus.TODO, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED, TaskStatus.DONE];

const SORT_KEYS: Record<TaskOrderField, SortKey> = {
  [TaskOrderField.TITLE]: { sql: 'lower(t.title)', type: 'text' },
  [TaskOrderField.PHASE]: { sql: 'sort_ph.position', joins: 'JOIN phases sort_ph ON sort_ph.id = t.phase_id', type: 'int' },
  [TaskOrderField.STATUS]: { sql: `array_position(ARRAY[${STATUS_COLUMNS.map((s) => `'${s}'`).join(', ')}]::text[], t.status)`, type: 'int' },
  [TaskOrderField.ROLE]: { sql: 'lower(sort_r.name)', joins: 'JOIN roles sort_r ON sort_r.id = t.role_id', type: 'text' },
  [TaskOrderField.OWNER]: {
    sql: 'lower(sort_pe.name)',
    joins: 'LEFT JOIN task_ownership sort_ow ON sort_ow.task_id = t.id LEFT JOIN people sort_pe ON sort_pe.id = sort_ow.owner_id',
    type: 'text',
    emptyAs: "''",
  },
  [TaskOrderField.DUE_DATE]: { sql: 't.due_date', type: 'date', emptyAs: "'1900-01-01'::date" },
  [TaskOrderField.ESTIMATE]: { sql: 't.estimate_hours', type: 'numeric', emptyAs: '0' },
};

export function sortKeyTypeOf(field: TaskOrderField): SortKeyType {
  return SORT_KEYS[field].type;
}

/** A sorted page's row: the task, and its sort key as text for the next page's cursor. */
export type SortedTaskRow = TaskRow & { sort_key: string; sort_null: boolean };

/** The reachability walk of the dependency check: from `$1` over "waits for" links, never out of task `$2`. */
const REACHABLE_FROM = `WITH RECURSIVE reached(id) AS (
    SELECT unnest($1::uuid[])
    UNION
    SELECT d.depends_on_id FROM task_dependencies d JOIN reached r ON d.task_id = r.id WHERE d.task_id <> $2
  )`;

/** The tasks and task_dependencies tables, and only this file writes them. */
@Injectable()
export class TasksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page of a board filter in creation order, after the task with sequence `afterSeq`. */
  page(projectId: string, filter: TaskFilterInput, today: string, afterSeq: string | null, limit: number): Promise<TaskRow[]> {
    const { from, where, params } = filterSql(projectId, filter, today);
    if (afterSeq) where.push(`t.seq > $${params.push(afterSeq)}`);
    // The page is chosen first (along tasks_project_seq_key), then only its rows join the view.
    return this.db.query(
      `SELECT t.*, o.primary_holder_id
       FROM (SELECT t.* FROM ${from} WHERE ${where.join(' AND ')} ORDER BY t.seq LIMIT $${params.push(limit)}) t
       JOIN task_ownership o ON o.task_id = t.id ORDER BY t.seq`,
      params,
    );
  }

  /**
   * One page of a board filter in the order asked for, after the task the cursor names. ASC puts
   * empty values last, DESC is its exact reverse (empty first), so both run along one index. The
   * page is chosen by the key alone, then only its rows join the view, as for `page`.
   */
  sortedPage(projectId: string, filter: TaskFilterInput, today: string, order: TaskOrderInput, after: SortedCursor | null, limit: number): Promise<SortedTaskRow[]> {
    const { from, where, params } = filterSql(projectId, filter, today);
    const { sql, type, emptyAs, joins = '' } = SORT_KEYS[order.field];
    const dir = order.direction === SortDirection.DESC ? 'DESC' : 'ASC';
    const value = emptyAs ? `COALESCE(${sql}, ${emptyAs})` : sql;
    const parts = emptyAs ? [`(${sql}) IS NULL`, value, 't.seq'] : [value, 't.seq'];
    if (after) {
      const cursor = emptyAs
        ? [`$${params.push(after.keyIsNull)}::boolean`, `$${params.push(after.key)}::${type}`, `$${params.push(after.seq)}::bigint`]
        : [`$${params.push(after.key)}::${type}`, `$${params.push(after.seq)}::bigint`];
      where.push(`(${parts.join(', ')}) ${dir === 'ASC' ? '>' : '<'} (${cursor.join(', ')})`);
    }
    const outer = emptyAs ? ['t.sort_null', 't.sort_value', 't.seq'] : ['t.sort_value', 't.seq'];
    return this.db.query(
      `SELECT t.*, t.sort_value::text AS sort_key, o.primary_holder_id
       FROM (SELECT t.*, ${value} AS sort_value, ${emptyAs ? `(${sql}) IS NULL` : 'false'} AS sort_null
             FROM ${from} ${joins} WHERE ${where.join(' AND ')}
             ORDER BY ${parts.map((p) => `${p} ${dir}`).join(', ')} LIMIT $${params.push(limit)}) t
       JOIN task_ownership o ON o.task_id = t.id ORDER BY ${outer.map((p) => `${p} ${dir}`).join(', ')}`,
      params,
    );
  }

  async count(projectId: string, filter: TaskFilterInput, today: string): Promise<number> {
    const { from, where, params } = filterSql(projectId, filter, today);
    const [{ n }]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM ${from} WHERE ${where.join(' AND ')}`, params);
    return n;
  }

  /**
   * Tasks the person owns in the projects the user is a member of, soonest due first; only in
   * `projectIds` when given (My work leaves out archived programs before the limit, not after).
   */
  ownedBy(personId: string, userId: string, includeDone: boolean, limit: number, projectIds?: readonly string[]): Promise<TaskRow[]> {
    // Written into the text rather than passed as a flag, so the open-only branch can use the partial index.
    const openOnly = includeDone ? '' : `AND ${isOpenSql('t')}`;
    const inProjects = projectIds ? 'AND t.project_id = ANY($4)' : '';
    // As for a page: the tasks are chosen first, and only those join the view for their holder.
    return this.db.query(
      `SELECT t.*, o.primary_holder_id
       FROM (SELECT t.* FROM ${ownedBy('$1')} t
             JOIN project_members m ON m.project_id = t.project_id AND m.user_id = $2
             WHERE TRUE ${openOnly} ${inProjects}
             ORDER BY t.due_date NULLS LAST, t.seq LIMIT $3) t
       JOIN task_ownership o ON o.task_id = t.id
       ORDER BY t.due_date NULLS LAST, t.seq`,
      projectIds ? [personId, userId, limit, projectIds] : [personId, userId, limit],
    );
  }

  /** Tasks by id, whatever their program (callers have checked access), for loaders. */
  byIds(ids: readonly string[]): Promise<TaskRow[]> {
    return this.db.query(`${TASK_SELECT} WHERE t.id = ANY($1::uuid[])`, [ids]);
  }

  async find(tx: EntityManager, id: string): Promise<TaskRow> {
    const rows: TaskRow[] = await tx.query(`${TASK_SELECT} WHERE t.id = $1`, [id]);
    if (!rows[0]) throw notFound('This task');
    return rows[0];
  }

  async insert(tx: EntityManager, task: NewTask): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO tasks (project_id, phase_id, milestone_id, role_id, assignee_id, title, description, status, priority, start_date, due_date, estimate_hours, duration_days, wave_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        task.projectId,
        task.phaseId,
        task.milestoneId,
        task.roleId,
        task.assigneeId,
        task.title,
        task.description,
        task.status,
        task.priority,
        task.startDate,
        task.dueDate,
        task.estimateHours,
        task.durationDays,
        task.waveId ?? null,
      ],
    );
    return row.id;
  }

  /**
   * Many new tasks in one statement, whatever their number, under ids the caller chose (so links
   * between them can be written in the same transaction without reading anything back).
   * (Added for plan import.)
   */
  async insertMany(tx: EntityManager, tasks: readonly (NewTask & { id: string })[]): Promise<void> {
    if (tasks.length === 0) return;
    const column = <K extends keyof (NewTask & { id: string })>(key: K) => tasks.map((t) => t[key]);
    await tx.query(
      `INSERT INTO tasks (id, project_id, phase_id, milestone_id, role_id, assignee_id, title, description, status, priority, start_date, due_date, estimate_hours, duration_days)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::date[], $12::date[], $13::numeric[], $14::int[])`,
      [
        column('id'),
        column('projectId'),
        column('phaseId'),
        column('milestoneId'),
        column('roleId'),
        column('assigneeId'),
        column('title'),
        column('description'),
        column('status'),
        column('priority'),
        column('startDate'),
        column('dueDate'),
        column('estimateHours'),
        column('durationDays'),
      ],
    );
  }

  /**
   * "Waits for" links of one project in one statement. The lag is not stored yet: the column
   * arrives with the scheduling migration (1765000000800). (Added for plan import.)
   */
  async insertDependencies(tx: EntityManager, projectId: string, links: readonly DependencyEdge[]): Promise<void> {
    if (links.length === 0) return;
    await tx.query('INSERT INTO task_dependencies (task_id, depends_on_id, project_id) SELECT t, d, $3 FROM unnest($1::uuid[], $2::uuid[]) AS l(t, d)', [
      links.map((l) => l.task_id),
      links.map((l) => l.depends_on_id),
      projectId,
    ]);
  }

  /** Every task of the project as a plan file lists it, in plan order, with its role's name. (Added for plan export.) */
  planRows(projectId: string): Promise<PlanTaskRow[]> {
    return this.db.query(
      `SELECT t.id, t.title, t.phase_id, r.name AS role_name, t.start_date, t.due_date, t.duration_days
       FROM tasks t JOIN roles r ON r.id = t.role_id WHERE t.project_id = $1 ORDER BY t.seq`,
      [projectId],
    );
  }

  update(tx: EntityManager, id: string, version: number, set: TaskChanges) {
    return versionedUpdate<TaskRow & Record<string, unknown>>(tx, { table: 'tasks', id, version, set, what: 'This task' });
  }


  /** Phases and milestones are the phases area's; a task only needs to know they are in its project. */
  async phaseInProject(tx: EntityManager, phaseId: string, projectId: string): Promise<boolean> {
    return (await tx.query('SELECT 1 FROM phases WHERE id = $1 AND project_id = $2', [phaseId, projectId])).length > 0;
  }

  /** Reads rollout_waves like the phase and milestone checks read theirs: is the wave one of the program's? */
  async waveInProject(tx: EntityManager, waveId: string, projectId: string): Promise<boolean> {
    return (await tx.query('SELECT 1 FROM rollout_waves WHERE id = $1 AND project_id = $2', [waveId, projectId])).length > 0;
  }

  async milestoneInProject(tx: EntityManager, milestoneId: string, projectId: string): Promise<boolean> {
    return (await tx.query('SELECT 1 FROM milestones WHERE id = $1 AND project_id = $2', [milestoneId, projectId])).length > 0;
  }

  async idsInProject(tx: EntityManager, projectId: string, ids: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await tx.query('SELECT id FROM tasks WHERE project_id = $1 AND id = ANY($2)', [projectId, ids]);
    return rows.map((r) => r.id);
  }

  titles(tx: EntityManager, ids: readonly string[]): Promise<{ id: string; title: string }[]> {
    return tx.query('SELECT id, title FROM tasks WHERE id = ANY($1)', [ids]);
  }

  /**
   * Whether a task reaches `taskId` by following "waits for" links from `fromIds`, links out of
   * `taskId` itself left out (they are the ones being replaced). Walks only what the new
   * prerequisites wait for, directly or not, and stops at the first path back: the graph stays a
   * DAG, so a task reached once is never walked again (UNION) and the walk is linear in that part.
   */
  async reachesTask(tx: EntityManager, fromIds: readonly string[], taskId: string): Promise<boolean> {
    const [{ reaches }]: { reaches: boolean }[] = await tx.query(`${REACHABLE_FROM} SELECT EXISTS (SELECT 1 FROM reached WHERE id = $2) AS reaches`, [
      fromIds,
      taskId,
    ]);
    return reaches;
  }

  /** The "waits for" links of everything reachable from `fromIds` (as `reachesTask` walks), to name a loop once one is known. */
  dependencyEdgesReachableFrom(tx: EntityManager, fromIds: readonly string[], taskId: string): Promise<DependencyEdge[]> {
    return tx.query(
      `${REACHABLE_FROM} SELECT d.task_id, d.depends_on_id FROM task_dependencies d JOIN reached r ON d.task_id = r.id WHERE d.task_id <> $2`,
      [fromIds, taskId],
    );
  }

  dependencyEdgesOfTasks(taskIds: readonly string[]): Promise<DependencyEdge[]> {
    return this.db.query('SELECT task_id, depends_on_id FROM task_dependencies WHERE task_id = ANY($1)', [taskIds]);
  }

  /** What one task waits for now, inside the caller's transaction. */
  async dependencyIdsOf(tx: EntityManager, taskId: string): Promise<string[]> {
    const rows: { depends_on_id: string }[] = await tx.query('SELECT depends_on_id FROM task_dependencies WHERE task_id = $1', [taskId]);
    return rows.map((r) => r.depends_on_id);
  }

  /** Title and status of tasks of the project, for the dependency rule; ids of other projects are left out. */
  prerequisiteFacts(tx: EntityManager, projectId: string, ids: readonly string[]): Promise<{ id: string; title: string; status: TaskStatus }[]> {
    return tx.query('SELECT id, title, status FROM tasks WHERE project_id = $1 AND id = ANY($2) ORDER BY seq', [projectId, ids]);
  }

  /** The tasks several tasks wait for, in one statement, each row tagged with the waiting task and the link's lag. */
  prerequisitesOfTasks(taskIds: readonly string[]): Promise<(TaskRow & { waiting_task_id: string; link_lag_days: number })[]> {
    return this.db.query(
      `SELECT d.task_id AS waiting_task_id, d.lag_days AS link_lag_days, t.*, o.primary_holder_id
       FROM task_dependencies d JOIN tasks t ON t.id = d.depends_on_id JOIN task_ownership o ON o.task_id = t.id
       WHERE d.task_id = ANY($1) ORDER BY t.seq`,
      [taskIds],
    );
  }

  async replaceDependencies(tx: EntityManager, projectId: string, taskId: string, dependencies: readonly { dependsOnId: string; lagDays: number }[]): Promise<void> {
    await tx.query('DELETE FROM task_dependencies WHERE task_id = $1', [taskId]);
    if (dependencies.length) {
      await tx.query(
        'INSERT INTO task_dependencies (task_id, depends_on_id, lag_days, project_id) SELECT $1, d.id, d.lag, $4 FROM unnest($2::uuid[], $3::int[]) AS d(id, lag)',
        [taskId, dependencies.map((d) => d.dependsOnId), dependencies.map((d) => d.lagDays), projectId],
      );
    }
  }

  /**
   * The ids of every task that waits for `taskId`, directly or not, the task itself among them:
   * with `lock`, their rows are locked until the caller's transaction ends, in id order, so two
   * shifts through overlapping chains wait for each other instead of deadlocking.
   */
  async withDependants(tx: EntityManager, taskId: string, { lock }: { lock: boolean }): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `${DOWNSTREAM_OF} SELECT t.id FROM tasks t WHERE t.id IN (SELECT id FROM downstream) ORDER BY t.id${lock ? ' FOR UPDATE OF t' : ''}`,
      [taskId],
    );
    return rows.map((r) => r.id);
  }

  /** The links into these tasks (everything each waits for), with their lags. */
  linksInto(tx: EntityManager, taskIds: readonly string[]): Promise<LaggedDependencyEdge[]> {
    return tx.query('SELECT task_id, depends_on_id, lag_days FROM task_dependencies WHERE task_id = ANY($1::uuid[])', [taskIds]);
  }

  /** These tasks and every task they wait for, as shifting reads them, in board order. */
  shiftTasksWithPrerequisites(tx: EntityManager, taskIds: readonly string[]): Promise<ShiftTaskRow[]> {
    return tx.query(
      `SELECT id, title, start_date, due_date, duration_days, version FROM tasks
       WHERE id = ANY($1::uuid[]) OR id IN (SELECT depends_on_id FROM task_dependencies WHERE task_id = ANY($1::uuid[]))
       ORDER BY seq`,
      [taskIds],
    );
  }

  /**
   * New dates for several tasks in one statement, each only at the version given; returns the ids
   * moved, so the caller can tell a task that moved on meanwhile (CONFLICT).
   */
  async moveMany(tx: EntityManager, moves: readonly { id: string; version: number; startDate: string; dueDate: string | null }[]): Promise<string[]> {
    const [rows] = (await tx.query(
      `UPDATE tasks t SET start_date = v.start_date, due_date = v.due_date, version = t.version + 1, updated_at = now()
       FROM unnest($1::uuid[], $2::int[], $3::date[], $4::date[]) AS v(id, version, start_date, due_date)
       WHERE t.id = v.id AND t.version = v.version
       RETURNING t.id`,
      [moves.map((m) => m.id), moves.map((m) => m.version), moves.map((m) => m.startDate), moves.map((m) => m.dueDate)],
    )) as [{ id: string }[], number];
    return rows.map((r) => r.id);
  }

  /** Every "waits for" link of several projects at once, for the project page. (Added for the projects area.) */
  dependencyEdgesOfProjects(projectIds: readonly string[]): Promise<(LaggedDependencyEdge & { project_id: string })[]> {
    return this.db.query('SELECT project_id, task_id, depends_on_id, lag_days FROM task_dependencies WHERE project_id = ANY($1)', [projectIds]);
  }

  /**
   * The first `perPhase` open tasks of each phase, board order, for its gate and the overview: a
   * phase of a large rollout holds tens of thousands. Chosen from the partial (phase_id, seq)
   * index of open tasks before the ownership view is joined. (Added for the phases area.)
   */
  openOfPhases(phaseIds: readonly string[], perPhase: number, tx: EntityManager = this.db.manager): Promise<TaskRow[]> {
    return tx.query(
      `SELECT t.*, o.primary_holder_id
       FROM unnest($1::uuid[]) AS p(id)
       CROSS JOIN LATERAL (SELECT * FROM tasks WHERE phase_id = p.id AND ${isOpenSql('tasks')} ORDER BY seq LIMIT $2) t
       JOIN task_ownership o ON o.task_id = t.id
       ORDER BY t.phase_id, t.seq`,
      [phaseIds, perPhase],
    );
  }

  /** How many tasks of the phase are open, inside the caller's transaction. (Added for the phases area.) */
  async openCountOfPhase(tx: EntityManager, phaseId: string): Promise<number> {
    const [row]: { n: number }[] = await tx.query(`SELECT count(*)::int AS n FROM tasks WHERE phase_id = $1 AND ${isOpenSql('tasks')}`, [phaseId]);
    return row.n;
  }

  /**
   * The tasks with these ids of one project, locked until the caller's transaction ends, in id
   * order: two bulk changes over overlapping tasks then wait for each other instead of
   * deadlocking. Ids of other projects (or of no task) are left out.
   */
  /** How many tasks are open in each of these phases (phases without any are left out). */
  openCountsOfPhases(tx: EntityManager, phaseIds: readonly string[]): Promise<{ phase_id: string; n: number }[]> {
    return tx.query(`SELECT phase_id, count(*)::int AS n FROM tasks WHERE phase_id = ANY($1) AND ${isOpenSql('tasks')} GROUP BY phase_id`, [phaseIds]);
  }

  /** How many open tasks follow a role (no assignee of their own): they go wherever its primary holder goes. */
  /**
   * Open tasks without an assignee that the role's primary holder of `waveId` owns: that wave's
   * tasks of the role; for the program-wide holder (null), the tasks of no wave and of waves with
   * no holder of their own (`ownerFor`).
   */
  async openFollowingRoleCount(tx: EntityManager, roleId: string, waveId: string | null = null): Promise<number> {
    const [row]: { n: number }[] = waveId
      ? await tx.query(`SELECT count(*)::int AS n FROM tasks WHERE role_id = $1 AND wave_id = $2 AND assignee_id IS NULL AND ${isOpenSql('tasks')}`, [roleId, waveId])
      : await tx.query(`SELECT count(*)::int AS n FROM tasks WHERE role_id = $1 AND assignee_id IS NULL AND ${isOpenSql('tasks')} AND ${noWaveHolder('tasks')}`, [roleId]);
    return row.n;
  }

  lockOfProject(tx: EntityManager, projectId: string, ids: readonly string[]): Promise<TaskRow[]> {
    return tx.query('SELECT * FROM tasks WHERE project_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE', [projectId, ids]);
  }

  /** What each of several tasks waits for, with the prerequisite's title and status, in board order. */
  prerequisiteLinksOf(tx: EntityManager, taskIds: readonly string[]): Promise<{ task_id: string; id: string; title: string; status: TaskStatus }[]> {
    return tx.query(
      `SELECT d.task_id, p.id, p.title, p.status FROM task_dependencies d JOIN tasks p ON p.id = d.depends_on_id
       WHERE d.task_id = ANY($1::uuid[]) ORDER BY p.seq`,
      [taskIds],
    );
  }

  /**
   * One change for several tasks in one statement, each only at the version given (locked by
   * `lockOfProject` first, so none can have moved on) and only where it changes something: a task
   * already as asked keeps its version. Returns the ids changed.
   */
  async updateMany(tx: EntityManager, items: readonly { id: string; version: number }[], set: TaskChanges): Promise<string[]> {
    const columns = Object.keys(set) as (keyof TaskChanges)[];
    const params: unknown[] = [items.map((i) => i.id), items.map((i) => i.version)];
    const assignments = columns.map((column) => `${column} = $${params.push(set[column])}`);
    const differs = columns.map((column, i) => `t.${column} IS DISTINCT FROM $${i + 3}`);
    const [rows] = (await tx.query(
      `UPDATE tasks t SET ${[...assignments, 'version = t.version + 1', 'updated_at = now()'].join(', ')}
       FROM unnest($1::uuid[], $2::int[]) AS v(id, version)
       WHERE t.id = v.id AND t.version = v.version AND (${differs.join(' OR ')})
       RETURNING t.id`,
      params,
    )) as [{ id: string }[], number];
    return rows.map((r) => r.id);
  }

  /** The tasks with these ids, of one project; ids of other projects are left out. (Added for the phases area.) */
  ofIds(tx: EntityManager, projectId: string, ids: readonly string[]): Promise<TaskRow[]> {
    return tx.query(`${TASK_SELECT} WHERE t.project_id = $1 AND t.id = ANY($2) ORDER BY t.seq`, [projectId, ids]);
  }
}
