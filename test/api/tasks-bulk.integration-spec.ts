import { MAX_TASKS_PER_BULK_CHANGE } from '@crm/domain';

import { assignRole, createPerson, createStandardProject, shareProject, StandardProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

/**
 * `updateTasks` (one status, role or assignee for many tasks, all or nothing) and the task table's
 * sorted pages (`tasks(orderBy:)`). Each case seeds its own tasks through the API.
 */

const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id title version status } }';
const UPDATE_TASKS = `mutation($input: UpdateTasksInput!) {
  updateTasks(input: $input) { id title status version role { key } assignee { id } owner { id } }
}`;
const SORTED = `query($p: ID!, $orderBy: TaskOrderInput, $first: Int!, $after: String, $filter: TaskFilterInput) {
  tasks(projectId: $p, orderBy: $orderBy, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title dueDate estimateHours status } }
  }
}`;

interface Task {
  id: string;
  title: string;
  version: number;
  status: string;
}

describe('Bulk task changes', () => {
  let api: TestApp;
  let owner: SignedIn;
  let project: StandardProject;
  let phaseId: string;
  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Bulk planner');
    project = await createStandardProject(api, owner.token);
    phaseId = project.phases[0].id;
  });
  afterAll(() => api.close());

  const newTask = async (title: string, extra: Record<string, unknown> = {}, projectId = project.id, phase = phaseId): Promise<Task> =>
    (await api.ok(CREATE_TASK, { input: { projectId, phaseId: phase, title, roleKey: 'CRM_ADMIN', ...extra } }, owner.token))['createTask'];
  const items = (tasks: Task[]) => tasks.map(({ id, version }) => ({ id, version }));
  const stored = (ids: string[]) => api.query<{ id: string; status: string; version: number }>('SELECT id, status, version FROM tasks WHERE id = ANY($1) ORDER BY seq', [ids]);
  const historyOf = (id: string) =>
    api.query<{ action: string; before: Record<string, unknown>; after: Record<string, unknown> }>(
      'SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY id DESC',
      [id],
    );

  it('sets the status of three tasks at once, each at a new version, with a history entry per task', async () => {
    const tasks = [await newTask('Map lead fields'), await newTask('Map account fields'), await newTask('Map contact fields')];
    const data = await api.ok(UPDATE_TASKS, { input: { projectId: project.id, items: items(tasks), status: 'IN_PROGRESS' } }, owner.token);
    expect(data['updateTasks'].map((t: Task) => [t.title, t.status, t.version])).toEqual([
      ['Map lead fields', 'IN_PROGRESS', 2],
      ['Map account fields', 'IN_PROGRESS', 2],
      ['Map contact fields', 'IN_PROGRESS', 2],
    ]);
    for (const task of tasks) {
      const [latest] = await historyOf(task.id);
      expect(latest).toMatchObject({ action: 'STATUS_CHANGED', before: { status: 'TODO' }, after: { status: 'IN_PROGRESS' } });
    }
  });

  it('hands tasks to another role and assignee, and clears the assignee again so the role’s holder owns them', async () => {
    const analyst = await createPerson(api, owner.token, 'Bulk analyst');
    const holder = await createPerson(api, owner.token, 'Bulk trainer');
    await assignRole(api, owner.token, { projectId: project.id, roleKey: 'TRAINER', personId: holder.id, primary: true });
    const tasks = [await newTask('Write quick guide'), await newTask('Record demo video')];
    const handed = (await api.ok(UPDATE_TASKS, { input: { projectId: project.id, items: items(tasks), roleKey: 'TRAINER', assigneeId: analyst.id } }, owner.token))[
      'updateTasks'
    ];
    expect(handed.map((t: { role: { key: string }; assignee: { id: string } }) => [t.role.key, t.assignee.id])).toEqual([
      ['TRAINER', analyst.id],
      ['TRAINER', analyst.id],
    ]);
    expect((await historyOf(tasks[0].id))[0].action).toBe('UPDATED');
    const cleared = (await api.ok(UPDATE_TASKS, { input: { projectId: project.id, items: items(handed), assigneeId: null } }, owner.token))['updateTasks'];
    expect(cleared.map((t: { assignee: unknown; owner: { id: string } }) => [t.assignee, t.owner.id])).toEqual([
      [null, holder.id],
      [null, holder.id],
    ]);
  });

  it('leaves a task already as asked at its version and writes it no history', async () => {
    const done = await newTask('Already finished', { status: 'DONE' });
    const open = await newTask('Still to finish');
    const data = await api.ok(UPDATE_TASKS, { input: { projectId: project.id, items: items([done, open]), status: 'DONE' } }, owner.token);
    expect(data['updateTasks'].map((t: Task) => [t.title, t.version])).toEqual([
      ['Already finished', 1],
      ['Still to finish', 2],
    ]);
    expect((await historyOf(done.id)).map((e) => e.action)).toEqual(['CREATED']);
  });

  it('refuses the whole change with CONFLICT naming the task whose version is stale, and saves nothing', async () => {
    const tasks = [await newTask('Import leads'), await newTask('Import accounts'), await newTask('Import contacts')];
    await api.ok('mutation($input: SetTaskStatusInput!) { setTaskStatus(input: $input) { id } }', { input: { id: tasks[1].id, version: 1, status: 'BLOCKED' } }, owner.token);
    const before = await databaseFingerprint(api);
    const result = await api.gql(UPDATE_TASKS, { input: { projectId: project.id, items: items(tasks), status: 'DONE' } }, owner.token);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', taskIds: [tasks[1].id] });
    expect(result.errors?.[0]?.message).toMatch(/^Nothing was changed: “Import accounts” was changed by someone else/);
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('refuses finishing a task whose prerequisite stays open, naming both, and saves nothing; finishing both together is allowed', async () => {
    const prerequisite = await newTask('Approve data model');
    const waiting = await newTask('Build data model', { dependsOnIds: [prerequisite.id] });
    const other = await newTask('Unrelated cleanup');
    const before = await databaseFingerprint(api);
    const refused = await api.gql(UPDATE_TASKS, { input: { projectId: project.id, items: items([other, waiting]), status: 'DONE' } }, owner.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'DEPENDENCY_BLOCKED', blockers: [{ id: prerequisite.id, title: 'Approve data model' }] });
    expect(refused.errors?.[0]?.message).toMatch(/“Build data model” cannot be done while it waits for tasks that are not done: “Approve data model”/);
    expect(await databaseFingerprint(api)).toEqual(before);

    const together = await api.ok(UPDATE_TASKS, { input: { projectId: project.id, items: items([prerequisite, waiting, other]), status: 'DONE' } }, owner.token);
    expect(together['updateTasks'].map((t: Task) => t.status)).toEqual(['DONE', 'DONE', 'DONE']);
  });

  it('answers NOT_FOUND when one task is of another program, and saves nothing in either', async () => {
    const elsewhere = await createStandardProject(api, owner.token);
    const foreign = await newTask('Foreign task', {}, elsewhere.id, elsewhere.phases[0].id);
    const mine = await newTask('Own task');
    const before = await databaseFingerprint(api);
    const result = await api.gql(UPDATE_TASKS, { input: { projectId: project.id, items: items([mine, foreign]), status: 'DONE' } }, owner.token);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await databaseFingerprint(api)).toEqual(before);
    expect((await stored([mine.id, foreign.id])).map((t) => t.status)).toEqual(['TODO', 'TODO']);
  });

  it('lets a viewer change nothing (FORBIDDEN) and a stranger not even learn the tasks exist (NOT_FOUND)', async () => {
    const task = await newTask('Guarded task');
    const viewer = await api.signUp('Bulk viewer', { organisationOf: owner });
    await shareProject(api, owner.token, project.id, viewer, 'VIEWER');
    const stranger = await api.signUp('Bulk stranger');
    const before = await databaseFingerprint(api);
    const input = { projectId: project.id, items: items([task]), status: 'DONE' };
    expect((await api.gql(UPDATE_TASKS, { input }, viewer.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(UPDATE_TASKS, { input }, stranger.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('refuses malformed changes with BAD_USER_INPUT: no change, a task twice, too many tasks, an unknown role', async () => {
    const task = await newTask('Validated task');
    const refused = async (input: Record<string, unknown>) => {
      const result = await api.gql(UPDATE_TASKS, { input: { projectId: project.id, items: items([task]), ...input } }, owner.token);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return result.errors?.[0]?.message;
    };
    const before = await databaseFingerprint(api);
    expect(await refused({})).toMatch(/Say what to change/);
    expect(await refused({ items: [...items([task]), ...items([task])], status: 'DONE' })).toMatch(/Name each task once/);
    const tooMany = Array.from({ length: MAX_TASKS_PER_BULK_CHANGE + 1 }, () => ({ id: task.id, version: 1 }));
    expect(await refused({ items: tooMany, status: 'DONE' })).toMatch(/at most 100/);
    expect(await refused({ items: [], status: 'DONE' })).toMatch(/at least one/);
    expect(await refused({ roleKey: 'NO_SUCH_ROLE' })).toMatch(/roleKey/);
    expect(await refused({ status: 'FINISHED' })).toBeDefined();
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('uses the same number of SQL statements for 3 tasks and for 100', async () => {
    const count = async (n: number) => {
      const tasks: Task[] = [];
      for (let i = 0; i < n; i += 1) tasks.push(await newTask(`Counted ${n}-${i}`));
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({ query: UPDATE_TASKS, variables: { input: { projectId: project.id, items: items(tasks), status: 'DONE' } } }),
      });
      expect((await response.json()).errors).toBeUndefined();
      return Number(response.headers.get('x-sql-statements'));
    };
    const few = await count(3);
    expect(few).toBeGreaterThan(0);
    expect(await count(100)).toBe(few);
  });
});

/** The seven tasks of the sorted-page cases carry this word, so the template's tasks can be left out. */
const MARK = 'zqx';
const ONLY_SEEDED = { search: MARK };
const UPDATE_TASKS_STATUS = 'mutation($input: UpdateTasksInput!) { updateTasks(input: $input) { id } }';

describe('The task table’s sorted pages', () => {
  let api: TestApp;
  let owner: SignedIn;
  let project: StandardProject;
  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Table reader');
    project = await createStandardProject(api, owner.token);
    const phaseId = project.phases[0].id;
    const seed: [string, string | null, number | null][] = [
      ['delta', '2027-03-01', 8],
      ['Alpha', null, 2],
      ['charlie', '2027-01-15', null],
      ['bravo', '2027-03-01', 5],
      ['echo', null, 1],
      ['Foxtrot', '2027-02-01', 13],
      ['golf', '2027-01-15', 3],
    ];
    for (const [title, dueDate, estimateHours] of seed) {
      await api.ok(CREATE_TASK, { input: { projectId: project.id, phaseId, title: `${title} ${MARK}`, roleKey: 'CRM_ADMIN', dueDate, estimateHours } }, owner.token);
    }
  });
  afterAll(() => api.close());

  /** An updateTasks input giving one seeded task (by its place in title order) a status. */
  const seededAs = async (status: string, index: number) => {
    const data = await api.ok(SORTED, { p: project.id, orderBy: { field: 'TITLE' }, first: 10, filter: ONLY_SEEDED }, owner.token);
    const { id } = data['tasks'].edges[index].node;
    const { version } = (await api.ok('query($id: ID!) { task(id: $id) { version } }', { id }, owner.token))['task'];
    return { projectId: project.id, items: [{ id, version }], status };
  };

  /** Every page of `first` of the seven tasks in the order asked for, following the cursors; titles without the mark. */
  const allPages = async (orderBy: Record<string, string>, first: number) => {
    const titles: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const data: { tasks: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await api.ok(
        SORTED,
        { p: project.id, orderBy, first, after, filter: ONLY_SEEDED },
        owner.token,
      );
      titles.push(...data['tasks'].edges.map((e: { node: { title: string } }) => e.node.title.replace(` ${MARK}`, '')));
      if (!data['tasks'].pageInfo.hasNextPage) return titles;
      after = data['tasks'].pageInfo.endCursor;
    }
    throw new Error('More pages than tasks');
  };

  it('sorts by title ignoring case, across pages of two, and DESC is the exact reverse', async () => {
    const up = await allPages({ field: 'TITLE' }, 2);
    expect(up).toEqual(['Alpha', 'bravo', 'charlie', 'delta', 'echo', 'Foxtrot', 'golf']);
    expect(await allPages({ field: 'TITLE', direction: 'DESC' }, 3)).toEqual([...up].reverse());
  });

  it('sorts by due date with undated tasks last, ties in creation order, on every page size', async () => {
    const expected = ['charlie', 'golf', 'Foxtrot', 'delta', 'bravo', 'Alpha', 'echo'];
    for (const first of [1, 2, 3, 100]) expect(await allPages({ field: 'DUE_DATE' }, first)).toEqual(expected);
    expect(await allPages({ field: 'DUE_DATE', direction: 'DESC' }, 2)).toEqual([...expected].reverse());
  });

  it('sorts by estimate within a filter, unestimated last, the total counting the filtered tasks', async () => {
    expect(await allPages({ field: 'ESTIMATE' }, 2)).toEqual(['echo', 'Alpha', 'golf', 'bravo', 'delta', 'Foxtrot', 'charlie']);
    const data = await api.ok(SORTED, { p: project.id, orderBy: { field: 'ESTIMATE' }, first: 1, filter: ONLY_SEEDED }, owner.token);
    expect(data['tasks'].totalCount).toBe(7);
  });

  it('keeps its place when the last task of a page changes before the next page is asked for', async () => {
    const first = await api.ok(SORTED, { p: project.id, orderBy: { field: 'TITLE' }, first: 3, filter: ONLY_SEEDED }, owner.token);
    const last = first['tasks'].edges[2].node;
    expect(last.title).toBe(`charlie ${MARK}`);
    const { version } = (await api.ok('query($id: ID!) { task(id: $id) { version } }', { id: last.id }, owner.token))['task'];
    await api.ok('mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }', { input: { id: last.id, version, title: `zulu ${MARK}` } }, owner.token);
    const next = await api.ok(SORTED, { p: project.id, orderBy: { field: 'TITLE' }, first: 10, after: first['tasks'].pageInfo.endCursor, filter: ONLY_SEEDED }, owner.token);
    expect(next['tasks'].edges.map((e: { node: { title: string } }) => e.node.title.replace(` ${MARK}`, ''))).toEqual(['delta', 'echo', 'Foxtrot', 'golf', 'zulu']);
  });

  it('sorts by status in the board’s column order and by phase in working order', async () => {
    const statusOf = async (direction: string) => {
      const data = await api.ok(SORTED, { p: project.id, orderBy: { field: 'STATUS', direction }, first: 100 }, owner.token);
      return [...new Set(data['tasks'].edges.map((e: { node: { status: string } }) => e.node.status))];
    };
    await api.ok(UPDATE_TASKS_STATUS, { input: await seededAs('DONE', 0) }, owner.token);
    await api.ok(UPDATE_TASKS_STATUS, { input: await seededAs('BLOCKED', 1) }, owner.token);
    const columns = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'];
    const up = await statusOf('ASC');
    expect(up).toEqual(columns.filter((status) => up.includes(status)));
    expect(up).toEqual(expect.arrayContaining(['TODO', 'BLOCKED', 'DONE']));
    expect(await statusOf('DESC')).toEqual([...up].reverse());
    const phases = await api.ok('query($id: ID!) { project(id: $id) { phases { id } } }', { id: project.id }, owner.token);
    const byPhase = await api.ok('query($p: ID!) { tasks(projectId: $p, orderBy: { field: PHASE }, first: 100) { edges { node { phase { id } } } } }', { p: project.id }, owner.token);
    const phaseOrder = [...new Set(byPhase['tasks'].edges.map((e: { node: { phase: { id: string } } }) => e.node.phase.id))];
    expect(phaseOrder).toEqual(phases['project'].phases.map((p: { id: string }) => p.id).filter((id: string) => phaseOrder.includes(id)));
    for (const field of ['ROLE', 'OWNER']) expect(await allPages({ field }, 2)).toHaveLength(7);
  });

  it('refuses a cursor issued for another order, or not issued at all, with BAD_USER_INPUT', async () => {
    const byTitle = await api.ok(SORTED, { p: project.id, orderBy: { field: 'TITLE' }, first: 1 }, owner.token);
    const byCreation = await api.ok(SORTED, { p: project.id, first: 1 }, owner.token);
    const forged = Buffer.from('o:["DUE_DATE","ASC",false,"2027-02-30","1"]').toString('base64url');
    for (const [orderBy, after] of [
      [{ field: 'DUE_DATE' }, byTitle['tasks'].pageInfo.endCursor],
      [{ field: 'TITLE', direction: 'DESC' }, byTitle['tasks'].pageInfo.endCursor],
      [{ field: 'TITLE' }, byCreation['tasks'].pageInfo.endCursor],
      [{ field: 'DUE_DATE' }, forged],
    ]) {
      const result = await api.gql(SORTED, { p: project.id, orderBy, first: 1, after }, owner.token);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
