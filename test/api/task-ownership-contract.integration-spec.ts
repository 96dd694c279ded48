import { addDays, isOpen, isOverdue, needsOwner, ownerFor, phaseGateBlockers, todayIso } from '@crm/domain';

import { TaskFiguresRepository } from '../../apps/api/src/tasks/task-figures.repository';
import { assignRole, createPerson, createStandardProject, createWave } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

/**
 * The ownership and overdue rules live in libs/domain and, for filtering and counting, in SQL:
 * the task_ownership view, the repository's overdue fragment, the board's indexable forms in
 * TasksRepository (the owner filter and myTasks as "assigned to them" + "unassigned in a role
 * they hold as primary", needs-an-owner as an anti-join), and the counts of
 * TaskFiguresRepository (needs an owner, open, done), which read indexes instead of the view so
 * the overview and health stay cheap on a 200,000-task program. This suite runs all of them over
 * the same tasks and fails on the first task where they disagree, after each kind of change that
 * moves a task in or out of "needs an owner". Tasks of a rollout wave are owned by the wave's
 * primary holder of their role first, then the program's, so the fixture has waves too.
 */

interface Fixture {
  projectId: string;
  phaseId: string;
  me: SignedIn;
  /** The signed-in user's own person: primary holder of HELD. */
  holderId: string;
  assigneeId: string;
  secondaryId: string;
  /** Primary holder of HELD and WAVE_ONLY in wave Nordics only. */
  waveHolderId: string;
  nordicsId: string;
  beneluxId: string;
  tasks: Record<string, { id: string; version: number }>;
}

interface TaskFacts {
  id: string;
  title: string;
  phase_id: string;
  role_id: string;
  assignee_id: string | null;
  wave_id: string | null;
  status: string;
  priority: string;
  due_date: string | null;
}

interface OwnershipRow {
  task_id: string;
  owner_id: string | null;
  owner_source: string;
  needs_owner: boolean;
  is_open: boolean;
  primary_holder_id: string | null;
}

const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }';
const SET_STATUS = 'mutation($input: SetTaskStatusInput!) { setTaskStatus(input: $input) { id version } }';
const UPDATE_TASK = 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id version } }';
const BOARD = `query($projectId: ID!, $filter: TaskFilterInput, $after: String) {
  tasks(projectId: $projectId, filter: $filter, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id owner { id } ownerSource overdue } }
  }
}`;

describe('task ownership: the domain rule and the SQL agree', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const today = todayIso();

  async function buildFixture(): Promise<Fixture> {
    const me = await api.signUp('Contract holder');
    const project = await createStandardProject(api, me.token);
    const projectId = project.id;
    const phaseId = project.phases[0].id;
    for (const name of ['Held', 'Empty', 'Secondary only', 'Wave only']) {
      await api.ok('mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', { input: { projectId, name } }, me.token);
    }
    const holder = await api.ok<{ createPerson: { id: string } }>(
      'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
      { input: { name: 'Contract holder', email: me.user.email } },
      me.token,
    );
    const holderId = holder.createPerson.id;
    const assigneeId = (await createPerson(api, me.token, 'Explicit assignee')).id;
    const secondaryId = (await createPerson(api, me.token, 'Not primary')).id;
    await assignRole(api, me.token, { projectId, roleKey: 'HELD', personId: holderId });
    await assignRole(api, me.token, { projectId, roleKey: 'SECONDARY_ONLY', personId: secondaryId, primary: false });
    const nordicsId = (await createWave(api, me.token, projectId, 'Nordics')).id;
    const beneluxId = (await createWave(api, me.token, projectId, 'Benelux')).id;
    const waveHolderId = (await createPerson(api, me.token, 'Nordics holder')).id;
    await assignRole(api, me.token, { projectId, roleKey: 'HELD', personId: waveHolderId, waveId: nordicsId });
    await assignRole(api, me.token, { projectId, roleKey: 'WAVE_ONLY', personId: waveHolderId, waveId: nordicsId });
    // Holds HELD in Benelux, but not as primary: Benelux's HELD tasks stay with the program's holder.
    await assignRole(api, me.token, { projectId, roleKey: 'HELD', personId: secondaryId, waveId: beneluxId, primary: false });

    const specs: Record<string, Record<string, unknown>> = {
      assigned: { roleKey: 'EMPTY', assigneeId },
      assignedOverHolder: { roleKey: 'HELD', assigneeId },
      byRole: { roleKey: 'HELD' },
      noHolder: { roleKey: 'EMPTY', priority: 'CRITICAL' },
      assignedDone: { roleKey: 'EMPTY', assigneeId, status: 'DONE' },
      byRoleDone: { roleKey: 'HELD', status: 'DONE' },
      noHolderDone: { roleKey: 'EMPTY', status: 'DONE', priority: 'CRITICAL' },
      secondaryOnly: { roleKey: 'SECONDARY_ONLY' },
      overdue: { roleKey: 'EMPTY', dueDate: addDays(today, -1), priority: 'CRITICAL' },
      overdueOwned: { roleKey: 'HELD', dueDate: addDays(today, -3), status: 'IN_PROGRESS' },
      notOverdue: { roleKey: 'EMPTY', dueDate: addDays(today, 1) },
      dueToday: { roleKey: 'HELD', dueDate: today },
      noDueDate: { roleKey: 'EMPTY', status: 'BLOCKED' },
      lateButDone: { roleKey: 'EMPTY', dueDate: addDays(today, -5), status: 'DONE' },
      waveHeld: { roleKey: 'HELD', waveId: nordicsId },
      waveFallsBack: { roleKey: 'HELD', waveId: beneluxId, dueDate: addDays(today, -2) },
      waveOnly: { roleKey: 'WAVE_ONLY', waveId: nordicsId, priority: 'CRITICAL' },
      waveOnlyElsewhere: { roleKey: 'WAVE_ONLY', waveId: beneluxId, priority: 'CRITICAL' },
      waveOnlyProgramWide: { roleKey: 'WAVE_ONLY' },
      waveAssigned: { roleKey: 'HELD', waveId: nordicsId, assigneeId },
      waveDone: { roleKey: 'WAVE_ONLY', waveId: beneluxId, status: 'DONE' },
      waveEmpty: { roleKey: 'EMPTY', waveId: nordicsId },
    };
    const tasks: Fixture['tasks'] = {};
    for (const [key, spec] of Object.entries(specs)) {
      const created = await api.ok<{ createTask: { id: string; version: number } }>(
        CREATE_TASK,
        { input: { projectId, phaseId, title: `Contract ${key}`, ...spec } },
        me.token,
      );
      tasks[key] = created.createTask;
    }
    return { projectId, phaseId, me, holderId, assigneeId, secondaryId, waveHolderId, nordicsId, beneluxId, tasks };
  }

  async function board(fx: Fixture, filter: Record<string, unknown> = {}) {
    const nodes: { id: string; owner: { id: string } | null; ownerSource: string; overdue: boolean }[] = [];
    let after: string | undefined;
    let totalCount = 0;
    for (;;) {
      const page = (await api.ok(BOARD, { projectId: fx.projectId, filter, after }, fx.me.token))['tasks'];
      totalCount = page.totalCount;
      nodes.push(...page.edges.map((e: { node: (typeof nodes)[number] }) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { totalCount, nodes, ids: nodes.map((n) => n.id).sort() };
  }

  /** Every comparison, over every task of the project; returns nothing, fails on the first disagreement. */
  async function expectAgreement(fx: Fixture): Promise<void> {
    const facts: TaskFacts[] = await api.query(
      'SELECT id, title, phase_id, role_id, assignee_id, wave_id, status, priority, due_date::text AS due_date FROM tasks WHERE project_id = $1 ORDER BY seq',
      [fx.projectId],
    );
    const primaries: { role_id: string; person_id: string; wave_id: string | null }[] = await api.query(
      'SELECT role_id, person_id, wave_id FROM role_assignments WHERE project_id = $1 AND is_primary',
      [fx.projectId],
    );
    const holderOf = new Map(primaries.map((p) => [`${p.role_id}:${p.wave_id ?? ''}`, p.person_id]));
    const primaryHolderOf = (roleId: string, waveId: string | null) => holderOf.get(`${roleId}:${waveId ?? ''}`) ?? null;
    const domain = facts.map((t) => {
      const task = { roleId: t.role_id, assigneeId: t.assignee_id, waveId: t.wave_id, status: t.status, dueDate: t.due_date };
      const owner = ownerFor(task, primaryHolderOf);
      return { ...t, owner, needsOwner: needsOwner(task, primaryHolderOf), isOpen: isOpen(task), isOverdue: isOverdue(task, today) };
    });
    const idsWhere = (keep: (t: (typeof domain)[number]) => boolean) => domain.filter(keep).map((t) => t.id).sort();

    // The view, row by row.
    const view: OwnershipRow[] = await api.query('SELECT * FROM task_ownership WHERE project_id = $1', [fx.projectId]);
    const viewById = new Map(view.map((v) => [v.task_id, v]));
    expect(view).toHaveLength(facts.length);
    const fromView = domain.map((t) => {
      const v = viewById.get(t.id);
      return { id: t.id, owner: { personId: v?.owner_id ?? null, source: v?.owner_source }, needsOwner: v?.needs_owner, isOpen: v?.is_open };
    });
    expect(fromView).toEqual(domain.map((t) => ({ id: t.id, owner: t.owner, needsOwner: t.needsOwner, isOpen: t.isOpen })));

    // The API's fields on each task.
    const all = await board(fx);
    const apiById = new Map(all.nodes.map((n) => [n.id, n]));
    expect(domain.map((t) => ({ id: t.id, owner: apiById.get(t.id)?.owner?.id ?? null, source: apiById.get(t.id)?.ownerSource, overdue: apiById.get(t.id)?.overdue }))).toEqual(
      domain.map((t) => ({ id: t.id, owner: t.owner.personId, source: t.owner.source, overdue: t.isOverdue })),
    );

    // The board filter, the overview and health count the same tasks.
    const unowned = await board(fx, { unowned: true });
    expect(unowned.ids).toEqual(idsWhere((t) => t.needsOwner));
    expect(unowned.totalCount).toBe(unowned.ids.length);
    const overview = await api.ok('query($id: ID!) { project(id: $id) { unownedTaskCount } }', { id: fx.projectId }, fx.me.token);
    expect(overview['project'].unownedTaskCount).toBe(unowned.totalCount);
    const figures = api.app.get(TaskFiguresRepository);
    const [summary] = await figures.ownershipSummary([fx.projectId]);
    expect(summary).toEqual({
      projectId: fx.projectId,
      total: domain.length,
      done: domain.filter((t) => !t.isOpen).length,
      needsOwner: unowned.totalCount,
      needsOwnerCritical: domain.filter((t) => t.needsOwner && t.priority === 'CRITICAL').length,
    });
    expect(summary.needsOwner).toBe(domain.filter((t) => t.needsOwner).length);
    expect(await figures.needsOwner([fx.projectId])).toEqual([summary.needsOwner]);
    // The phase progress bars and health's "roles with open work" count with the same isOpen.
    const phaseIds = [...new Set(facts.map((t) => t.phase_id))];
    const byPhase = new Map((await figures.countsByPhase(phaseIds)).map((c) => [c.phase_id, { done: c.done, total: c.total }]));
    expect(phaseIds.map((id) => byPhase.get(id))).toEqual(
      phaseIds.map((id) => ({ done: domain.filter((t) => t.phase_id === id && !t.isOpen).length, total: domain.filter((t) => t.phase_id === id).length })),
    );
    const withOpenWork = (await figures.rolesWithOpenTasks([fx.projectId])).map((r) => r.role_id).sort();
    expect(withOpenWork).toEqual([...new Set(domain.filter((t) => t.isOpen).map((t) => t.role_id))].sort());
    // Each phase's gate names its open tasks in board order, from the titles-only query, as the
    // domain's gate names them from all of the phase's tasks.
    const gates = await api.ok('query($id: ID!) { project(id: $id) { phases { id gateBlockers } } }', { id: fx.projectId }, fx.me.token);
    const taskBlockers = gates['project'].phases.map((p: { id: string; gateBlockers: string[] }) => ({
      id: p.id,
      tasks: p.gateBlockers.filter((b) => b.startsWith('Task not done: ') || /^\d+ more tasks? not done$/.test(b)),
    }));
    expect(taskBlockers).toEqual(
      gates['project'].phases.map((p: { id: string }) => ({
        id: p.id,
        tasks: phaseGateBlockers([], [], domain.filter((t) => t.phase_id === p.id).map((t) => ({ title: t.title, done: !t.isOpen }))),
      })),
    );

    // Overdue both ways (the board's own SQL form of isOverdue, for its rows and its count).
    for (const late of [true, false]) {
      const filtered = await board(fx, { overdue: late });
      expect(filtered.ids).toEqual(idsWhere((t) => t.isOverdue === late));
      expect(filtered.totalCount).toBe(filtered.ids.length);
    }

    // Owner filter for each person who could own something: the board's "assigned to them, or
    // unassigned in a role they hold as primary" form of ownerFor, for its rows and its count,
    // also next to other conditions.
    for (const personId of [fx.holderId, fx.assigneeId, fx.secondaryId, fx.waveHolderId]) {
      const owned = await board(fx, { ownerId: personId });
      expect(owned.ids).toEqual(idsWhere((t) => t.owner.personId === personId));
      expect(owned.totalCount).toBe(owned.ids.length);
      const openOwned = await board(fx, { ownerId: personId, statuses: ['TODO', 'IN_PROGRESS', 'BLOCKED'] });
      expect(openOwned.ids).toEqual(idsWhere((t) => t.isOpen && t.owner.personId === personId));
      expect((await board(fx, { ownerId: personId, overdue: true })).ids).toEqual(idsWhere((t) => t.isOverdue && t.owner.personId === personId));
    }
    const unownedLate = await board(fx, { unowned: true, overdue: true });
    expect(unownedLate.ids).toEqual(idsWhere((t) => t.needsOwner && t.isOverdue));
    expect(unownedLate.totalCount).toBe(unownedLate.ids.length);

    // "My tasks" of the user whose person holds HELD: the open tasks they own, or all of them.
    const mine = await api.ok<{ myTasks: { id: string }[] }>('{ myTasks(first: 100) { id } }', {}, fx.me.token);
    expect(mine.myTasks.map((t) => t.id).sort()).toEqual(idsWhere((t) => t.isOpen && t.owner.personId === fx.holderId));
    const everything = await api.ok<{ myTasks: { id: string }[] }>('{ myTasks(first: 100, includeDone: true) { id } }', {}, fx.me.token);
    expect(everything.myTasks.map((t) => t.id).sort()).toEqual(idsWhere((t) => t.owner.personId === fx.holderId));
  }

  it('agrees on assignee, primary holder, no holder, a holder who is not primary, DONE tasks and due dates', async () => {
    const fx = await buildFixture();
    await expectAgreement(fx);
  });

  it('still agrees after an unowned task is marked DONE, and after it is reopened', async () => {
    const fx = await buildFixture();
    const task = fx.tasks['noHolder'];
    const done = await api.ok(SET_STATUS, { input: { id: task.id, version: task.version, status: 'DONE' } }, fx.me.token);
    await expectAgreement(fx);
    await api.ok(SET_STATUS, { input: { id: task.id, version: done['setTaskStatus'].version, status: 'TODO' } }, fx.me.token);
    await expectAgreement(fx);
  });

  it('still agrees when a holder becomes primary and when the primary holder steps down', async () => {
    const fx = await buildFixture();
    const roles = await api.ok('query($id: ID!) { roles(projectId: $id) { key holders { id version primary } } }', { id: fx.projectId }, fx.me.token);
    const secondary = roles['roles'].find((r: { key: string }) => r.key === 'SECONDARY_ONLY').holders[0];
    await api.ok(
      'mutation($input: UpdateRoleAssignmentInput!) { updateRoleAssignment(input: $input) { id } }',
      { input: { id: secondary.id, version: secondary.version, primary: true } },
      fx.me.token,
    );
    await expectAgreement(fx);
    await api.ok(
      'mutation($input: UnassignRoleInput!) { unassignRole(input: $input) { id } }',
      { input: { projectId: fx.projectId, roleKey: 'HELD', personId: fx.holderId } },
      fx.me.token,
    );
    await expectAgreement(fx);
  });

  it('still agrees when an unowned task gets an assignee and when the assignee is removed again', async () => {
    const fx = await buildFixture();
    const task = fx.tasks['overdue'];
    const assigned = await api.ok(UPDATE_TASK, { input: { id: task.id, version: task.version, assigneeId: fx.secondaryId } }, fx.me.token);
    await expectAgreement(fx);
    await api.ok(UPDATE_TASK, { input: { id: task.id, version: assigned['updateTask'].version, assigneeId: null } }, fx.me.token);
    await expectAgreement(fx);
  });

  it('agrees on the tasks of a wave: its own holder first, the program holder when it has none, and unowned when neither', async () => {
    const fx = await buildFixture();
    const view: OwnershipRow[] = await api.query('SELECT * FROM task_ownership WHERE task_id = ANY($1)', [
      [fx.tasks['waveHeld'].id, fx.tasks['waveFallsBack'].id, fx.tasks['waveOnlyElsewhere'].id],
    ]);
    const ownerOf = new Map(view.map((v) => [v.task_id, v.owner_id]));
    // The rule's three steps, named, so the suite cannot agree with itself on a wrong rule.
    expect(ownerOf.get(fx.tasks['waveHeld'].id)).toBe(fx.waveHolderId);
    expect(ownerOf.get(fx.tasks['waveFallsBack'].id)).toBe(fx.holderId);
    expect(ownerOf.get(fx.tasks['waveOnlyElsewhere'].id)).toBeNull();
    await expectAgreement(fx);
  });

  it('still agrees when a wave holder leaves the wave, when another becomes primary there, and when a task moves between waves', async () => {
    const fx = await buildFixture();
    await api.ok(
      'mutation($input: UnassignRoleInput!) { unassignRole(input: $input) { id } }',
      { input: { projectId: fx.projectId, roleKey: 'HELD', personId: fx.waveHolderId, waveId: fx.nordicsId } },
      fx.me.token,
    );
    await expectAgreement(fx);
    const roles = await api.ok('query($id: ID!) { roles(projectId: $id) { key waveHolders { id version waveId } } }', { id: fx.projectId }, fx.me.token);
    const benelux = roles['roles'].find((r: { key: string }) => r.key === 'HELD').waveHolders.find((h: { waveId: string }) => h.waveId === fx.beneluxId);
    await api.ok(
      'mutation($input: UpdateRoleAssignmentInput!) { updateRoleAssignment(input: $input) { id } }',
      { input: { id: benelux.id, version: benelux.version, primary: true } },
      fx.me.token,
    );
    await expectAgreement(fx);
    const task = fx.tasks['waveOnlyElsewhere'];
    const moved = await api.ok(UPDATE_TASK, { input: { id: task.id, version: task.version, waveId: fx.nordicsId } }, fx.me.token);
    await expectAgreement(fx);
    await api.ok(UPDATE_TASK, { input: { id: task.id, version: moved['updateTask'].version, waveId: null } }, fx.me.token);
    await expectAgreement(fx);
  });
});
