import { assignRole, createPerson, createStandardProject, tasksOf } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const UPDATE_ASSIGNMENT = 'mutation($input: UpdateRoleAssignmentInput!) { updateRoleAssignment(input: $input) { id primary version } }';

describe('tasks owned by role', () => {
  let api: TestApp;
  let token: string;
  beforeAll(async () => {
    api = await startTestApp();
    ({ token } = await api.signUp('Program manager'));
  });
  afterAll(() => api.close());

  it('gives a business analyst every analyst task, then moves them all when the role changes hands', async () => {
    const project = await createStandardProject(api, token);
    const ana = await createPerson(api, token, 'Ana Analyst');
    const ben = await createPerson(api, token, 'Ben Backup');
    const anaHolds = await assignRole(api, token, { projectId: project.id, roleKey: 'BUSINESS_ANALYST', personId: ana.id, allocationPercent: 60 });
    expect(anaHolds.primary).toBe(true);

    const analystTasks = await tasksOf(api, token, project.id, { roleKeys: ['BUSINESS_ANALYST'] });
    expect(analystTasks.totalCount).toBeGreaterThan(0);
    expect(analystTasks.edges.every((e) => e.node.owner?.id === ana.id && e.node.ownerSource === 'ROLE')).toBe(true);

    const benHolds = await assignRole(api, token, { projectId: project.id, roleKey: 'BUSINESS_ANALYST', personId: ben.id, allocationPercent: 40, primary: false });
    expect(benHolds.primary).toBe(false);
    await api.ok(UPDATE_ASSIGNMENT, { input: { id: benHolds.id, version: benHolds.version, primary: true } }, token);

    const moved = await tasksOf(api, token, project.id, { ownerId: ben.id });
    expect(moved.totalCount).toBe(analystTasks.totalCount);
    expect((await tasksOf(api, token, project.id, { ownerId: ana.id })).totalCount).toBe(0);
    const holders: { n: number }[] = await api.query(
      `SELECT count(*)::int AS n FROM role_assignments a JOIN roles r ON r.id = a.role_id WHERE r.project_id = $1 AND r.key = 'BUSINESS_ANALYST' AND a.is_primary`,
      [project.id],
    );
    expect(holders[0].n).toBe(1);
  });

  it('an explicit assignee owns the task whoever holds the role, and clearing it hands the task back to the role', async () => {
    const project = await createStandardProject(api, token);
    const holder = await createPerson(api, token, 'Role Holder');
    const helper = await createPerson(api, token, 'Explicit Helper');
    await assignRole(api, token, { projectId: project.id, roleKey: 'TRAINER', personId: holder.id });
    const task = (await tasksOf(api, token, project.id, { roleKeys: ['TRAINER'] })).edges[0].node;

    const assigned = await api.ok(
      'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { owner { id } ownerSource version } }',
      { input: { id: task.id, version: task.version, assigneeId: helper.id } },
      token,
    );
    expect(assigned['updateTask']).toMatchObject({ owner: { id: helper.id }, ownerSource: 'ASSIGNEE' });

    const cleared = await api.ok(
      'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { owner { id } ownerSource } }',
      { input: { id: task.id, version: assigned['updateTask'].version, assigneeId: null } },
      token,
    );
    expect(cleared['updateTask']).toEqual({ owner: { id: holder.id }, ownerSource: 'ROLE' });
  });

  it('lists roles nobody holds and counts their tasks as unowned', async () => {
    const project = await createStandardProject(api, token);
    const pm = await createPerson(api, token, 'Pat PM');
    await assignRole(api, token, { projectId: project.id, roleKey: 'PROJECT_MANAGER', personId: pm.id });
    const team = await api.ok('query($id: ID!) { team(projectId: $id) { unfilledRoles { key } roles { key holders { person { id } } } } }', { id: project.id }, token);
    const unfilled = team['team'].unfilledRoles.map((r: { key: string }) => r.key);
    expect(unfilled).not.toContain('PROJECT_MANAGER');
    expect(unfilled).toContain('DATA_STEWARD');
    const unowned = await tasksOf(api, token, project.id, { unowned: true });
    const overview = await api.ok('query($id: ID!) { project(id: $id) { unownedTaskCount } }', { id: project.id }, token);
    expect(overview['project'].unownedTaskCount).toBe(unowned.totalCount);
    expect(unowned.edges.some((e) => e.node.role.key === 'PROJECT_MANAGER')).toBe(false);
  });

  it('a finished task without an owner no longer needs one: the overview and the board\'s "unowned" filter both drop it', async () => {
    const project = await createStandardProject(api, token);
    const before = await tasksOf(api, token, project.id, { unowned: true });
    const task = before.edges[0].node;
    await api.ok('mutation($input: SetTaskStatusInput!) { setTaskStatus(input: $input) { id } }', { input: { id: task.id, version: task.version, status: 'DONE' } }, token);
    const after = await tasksOf(api, token, project.id, { unowned: true });
    const overview = await api.ok('query($id: ID!) { project(id: $id) { unownedTaskCount } }', { id: project.id }, token);
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(overview['project'].unownedTaskCount).toBe(after.totalCount);
    expect(after.edges.some((e) => e.node.id === task.id)).toBe(false);
  });

  it('warns about people booked past 100% across active projects, with the total', async () => {
    const first = await createStandardProject(api, token);
    const second = await createStandardProject(api, token);
    const busy = await createPerson(api, token, 'Busy Bee');
    await assignRole(api, token, { projectId: first.id, roleKey: 'CRM_ADMIN', personId: busy.id, allocationPercent: 70 });
    await assignRole(api, token, { projectId: second.id, roleKey: 'CRM_EXPERT', personId: busy.id, allocationPercent: 50 });
    const team = await api.ok('query($id: ID!) { team(projectId: $id) { overAllocated { person { id } totalPercent } } }', { id: first.id }, token);
    expect(team['team'].overAllocated).toEqual([{ person: { id: busy.id }, totalPercent: 120 }]);
  });

  it('allows only one primary holder per role, and unassigning a holder leaves their tasks unowned', async () => {
    const project = await createStandardProject(api, token);
    const one = await createPerson(api, token, 'One');
    const two = await createPerson(api, token, 'Two');
    await assignRole(api, token, { projectId: project.id, roleKey: 'DATA_STEWARD', personId: one.id });
    await assignRole(api, token, { projectId: project.id, roleKey: 'DATA_STEWARD', personId: two.id, primary: true });
    const team = await api.ok(
      'query($id: ID!) { roles(projectId: $id) { key holders { primary person { id } } primaryHolder { id } } }',
      { id: project.id },
      token,
    );
    const steward = team['roles'].find((r: { key: string }) => r.key === 'DATA_STEWARD');
    expect(steward.primaryHolder.id).toBe(two.id);
    expect(steward.holders.filter((h: { primary: boolean }) => h.primary)).toHaveLength(1);

    await api.ok(
      'mutation($input: UnassignRoleInput!) { unassignRole(input: $input) { id } }',
      { input: { projectId: project.id, roleKey: 'DATA_STEWARD', personId: two.id } },
      token,
    );
    const stewardTasks = await tasksOf(api, token, project.id, { roleKeys: ['DATA_STEWARD'] });
    expect(stewardTasks.edges.every((e) => e.node.owner === null)).toBe(true);
  });

  it("lists the signed-in user's own tasks across projects through their person record", async () => {
    const me = await api.signUp('Kim Keyuser');
    const project = await createStandardProject(api, me.token);
    const other = await createStandardProject(api, me.token);
    const person = await api.ok(
      'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
      { input: { name: 'Kim Keyuser', email: me.user.email.toUpperCase() } },
      me.token,
    );
    const personId = person['createPerson'].id;
    await assignRole(api, me.token, { projectId: project.id, roleKey: 'KEY_USER', personId });
    await assignRole(api, me.token, { projectId: other.id, roleKey: 'TRAINER', personId, allocationPercent: 20 });
    const expected =
      (await tasksOf(api, me.token, project.id, { roleKeys: ['KEY_USER'] })).totalCount +
      (await tasksOf(api, me.token, other.id, { roleKeys: ['TRAINER'] })).totalCount;
    const mine = await api.ok('{ myTasks(first: 100) { id owner { id } dueDate project { id } } me { person { id } } }', {}, me.token);
    expect(mine['me'].person.id).toBe(personId);
    expect(mine['myTasks']).toHaveLength(expected);
    expect(new Set(mine['myTasks'].map((t: { project: { id: string } }) => t.project.id))).toEqual(new Set([project.id, other.id]));
    const dues = mine['myTasks'].map((t: { dueDate: string }) => t.dueDate);
    expect(dues).toEqual([...dues].sort());
  });
});
