import { createStandardProject, TASK_FIELDS, tasksOf } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} } }`;
const UPDATE_TASK = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { ${TASK_FIELDS} } }`;

describe('tasks', () => {
  let api: TestApp;
  let token: string;
  let projectId: string;
  let phaseId: string;
  beforeAll(async () => {
    api = await startTestApp();
    ({ token } = await api.signUp('Task planner'));
    const standard = await createStandardProject(api, token);
    projectId = standard.id;
    phaseId = standard.phases[0].id;
  });
  afterAll(() => api.close());

  const newTask = async (title: string, extra: Record<string, unknown> = {}) =>
    (await api.ok(CREATE_TASK, { input: { projectId, phaseId, title, roleKey: 'CRM_ADMIN', ...extra } }, token))['createTask'];

  it('creates, updates, moves through statuses and deletes a task, recording each step in its history', async () => {
    const task = await newTask('Set up sandbox', { dueDate: '2027-02-01' });
    expect(task).toMatchObject({ status: 'TODO', version: 1, role: { key: 'CRM_ADMIN' }, owner: null, ownerSource: 'UNOWNED' });
    const renamed = (await api.ok(UPDATE_TASK, { input: { id: task.id, version: 1, title: 'Set up the sandbox org' } }, token))['updateTask'];
    expect(renamed.version).toBe(2);
    const started = await api.ok(
      'mutation($input: SetTaskStatusInput!) { setTaskStatus(input: $input) { status version } }',
      { input: { id: task.id, version: 2, status: 'IN_PROGRESS' } },
      token,
    );
    expect(started['setTaskStatus']).toEqual({ status: 'IN_PROGRESS', version: 3 });
    const history = await api.ok(
      'query($p: ID!, $e: ID) { auditEvents(projectId: $p, entityId: $e, first: 10) { totalCount edges { node { action actorName before after } } } }',
      { p: projectId, e: task.id },
      token,
    );
    const events = history['auditEvents'].edges.map((e: { node: { action: string } }) => e.node);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['STATUS_CHANGED', 'UPDATED', 'CREATED']);
    expect(JSON.parse(events[0].before)).toEqual({ status: 'TODO' });
    expect(JSON.parse(events[0].after)).toEqual({ status: 'IN_PROGRESS' });
    expect(events[1].actorName).toBe('Task planner');

    await api.ok('mutation($input: DeleteTaskInput!) { deleteTask(input: $input) { id } }', { input: { id: task.id, version: 3 } }, token);
    const gone = await api.gql('query($id: ID!) { task(id: $id) { id } }', { id: task.id }, token);
    expect(gone.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a dependency loop and names every task in it', async () => {
    const a = await newTask('Draft data model');
    const b = await newTask('Review data model', { dependsOnIds: [a.id] });
    const c = await newTask('Build data model', { dependsOnIds: [b.id] });
    const result = await api.gql(UPDATE_TASK, { input: { id: a.id, version: a.version, dependsOnIds: [c.id] } }, token);
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/“Draft data model” → “Build data model” → “Review data model” → “Draft data model”/);
    const stored = await api.ok('query($id: ID!) { task(id: $id) { dependsOnIds version } }', { id: a.id }, token);
    expect(stored['task']).toEqual({ dependsOnIds: [], version: a.version });
  });

  it('filters by status, phase and overdue, and pages with a cursor without gaps or repeats', async () => {
    const all = await tasksOf(api, token, projectId, {}, 100);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await api.ok(
        'query($p: ID!, $after: String) { tasks(projectId: $p, first: 7, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { p: projectId, after },
        token,
      );
      seen.push(...page['tasks'].edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page['tasks'].pageInfo.hasNextPage) break;
      after = page['tasks'].pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.id));

    const late = await newTask('Long overdue thing', { dueDate: '2020-01-01' });
    const overdue = await tasksOf(api, token, projectId, { overdue: true });
    expect(overdue.edges.map((e) => e.node.id)).toContain(late.id);
    expect(overdue.edges.every((e) => e.node.dueDate < new Date().toISOString().slice(0, 10))).toBe(true);
    const inPhase = await tasksOf(api, token, projectId, { phaseId, statuses: ['TODO'] });
    expect(inPhase.edges.every((e) => e.node.phase.id === phaseId && e.node.status === 'TODO')).toBe(true);
  });

  it('rejects a page size over 100 and a forged cursor', async () => {
    const big = await api.gql('query($p: ID!) { tasks(projectId: $p, first: 500) { totalCount } }', { p: projectId }, token);
    expect(big.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const forged = await api.gql('query($p: ID!) { tasks(projectId: $p, after: "bm9wZQ") { totalCount } }', { p: projectId }, token);
    expect(forged.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('names each bad field of a new task and stores nothing', async () => {
    const before = await api.count('tasks');
    const result = await api.gql(CREATE_TASK, { input: { projectId, phaseId, title: '', roleKey: 'NO_SUCH_ROLE', dueDate: '2027-13-01' } }, token);
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const unknownRole = await api.gql(CREATE_TASK, { input: { projectId, phaseId, title: 'Fine', roleKey: 'NO_SUCH_ROLE' } }, token);
    expect(unknownRole.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'roleKey', message: expect.stringMatching(/NO_SUCH_ROLE/) })]);
    expect(await api.count('tasks')).toBe(before);
  });

  it('lets exactly one of two simultaneous edits of the same version win', async () => {
    const task = await newTask('Contended task');
    const results = await Promise.all(
      ['First title', 'Second title'].map((title) => api.gql(UPDATE_TASK, { input: { id: task.id, version: task.version, title } }, token)),
    );
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers[0].errors?.[0]?.extensions.code).toBe('CONFLICT');
    const stored = await api.ok('query($id: ID!) { task(id: $id) { title version } }', { id: task.id }, token);
    expect(stored['task']).toEqual({ title: winners[0].data!['updateTask'].title, version: task.version + 1 });
  });
});
