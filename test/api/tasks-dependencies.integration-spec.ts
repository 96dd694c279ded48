import { createStandardProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { startTestApp, TestApp } from './support/test-app';

const FIELDS = 'id title status version dependsOnIds waitingFor { id title status }';
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${FIELDS} } }`;
const UPDATE_TASK = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { ${FIELDS} } }`;
const SET_STATUS = `mutation($input: SetTaskStatusInput!) { setTaskStatus(input: $input) { ${FIELDS} } }`;
const TASK = `query($id: ID!) { task(id: $id) { ${FIELDS} } }`;

interface Task {
  id: string;
  title: string;
  status: string;
  version: number;
  dependsOnIds: string[];
  waitingFor: { id: string; title: string; status: string }[];
}

describe('task dependencies', () => {
  let api: TestApp;
  let token: string;
  let projectId: string;
  let phaseId: string;
  beforeAll(async () => {
    api = await startTestApp();
    ({ token } = await api.signUp('Dependency planner'));
    const project = await createStandardProject(api, token);
    projectId = project.id;
    phaseId = project.phases[0].id;
  });
  afterAll(() => api.close());

  const newTask = async (title: string, extra: Record<string, unknown> = {}): Promise<Task> =>
    (await api.ok(CREATE_TASK, { input: { projectId, phaseId, title, roleKey: 'CRM_ADMIN', ...extra } }, token))['createTask'];
  const setStatus = (task: Pick<Task, 'id' | 'version'>, status: string) => api.gql(SET_STATUS, { input: { id: task.id, version: task.version, status } }, token);
  const current = async (id: string): Promise<Task> => (await api.ok(TASK, { id }, token))['task'];

  it('refuses to start or finish a task while a task it waits for is open, naming the open ones, and stores nothing', async () => {
    const design = await newTask('Design the data model');
    const review = await newTask('Review the data model');
    const signOff = await newTask('Sign off the scope', { status: 'DONE' });
    const build = await newTask('Build the data model', { dependsOnIds: [design.id, review.id, signOff.id] });
    expect(build.waitingFor.map((t) => t.title)).toEqual(['Design the data model', 'Review the data model']);

    const before = await databaseFingerprint(api);
    for (const refused of [
      await setStatus(build, 'IN_PROGRESS'),
      await setStatus(build, 'DONE'),
      await api.gql(UPDATE_TASK, { input: { id: build.id, version: build.version, title: 'Build it', status: 'DONE' } }, token),
    ]) {
      expect(refused.errors?.[0]?.extensions.code).toBe('DEPENDENCY_BLOCKED');
      expect(refused.errors?.[0]?.extensions['blockers']).toEqual([
        { id: design.id, title: 'Design the data model' },
        { id: review.id, title: 'Review the data model' },
      ]);
      expect(refused.errors?.[0]?.message).toMatch(/“Build the data model” cannot (start|be done) while it waits for tasks that are not done: “Design the data model”, “Review the data model”\./);
    }
    expect(await databaseFingerprint(api)).toEqual(before);
    expect(await current(build.id)).toMatchObject({ title: 'Build the data model', status: 'TODO', version: build.version });
  });

  it('lets a waiting task be marked blocked, and start once everything it waits for is done', async () => {
    const design = await newTask('Design the page layouts');
    const build = await newTask('Build the page layouts', { dependsOnIds: [design.id] });
    const blocked = await setStatus(build, 'BLOCKED');
    expect(blocked.errors).toBeUndefined();

    expect((await setStatus(design, 'DONE')).errors).toBeUndefined();
    const waiting = await current(build.id);
    expect(waiting.waitingFor).toEqual([]);
    const started = await setStatus(waiting, 'IN_PROGRESS');
    expect(started.errors).toBeUndefined();
    expect(started.data?.['setTaskStatus']).toMatchObject({ status: 'IN_PROGRESS', waitingFor: [] });
  });

  it('refuses a new task created as done, and a task in progress made to wait for an open task; nothing stored', async () => {
    const open = await newTask('Collect the import files');
    const before = await databaseFingerprint(api);
    const created = await api.gql(CREATE_TASK, { input: { projectId, phaseId, title: 'Import the data', roleKey: 'CRM_ADMIN', status: 'DONE', dependsOnIds: [open.id] } }, token);
    expect(created.errors?.[0]?.extensions.code).toBe('DEPENDENCY_BLOCKED');
    expect(created.errors?.[0]?.extensions['blockers']).toEqual([{ id: open.id, title: 'Collect the import files' }]);
    expect(await databaseFingerprint(api)).toEqual(before);

    const started = (await setStatus(await newTask('Clean the import files'), 'IN_PROGRESS')).data?.['setTaskStatus'] as Task;
    const snapshot = await databaseFingerprint(api);
    const linked = await api.gql(UPDATE_TASK, { input: { id: started.id, version: started.version, dependsOnIds: [open.id] } }, token);
    expect(linked.errors?.[0]?.extensions.code).toBe('DEPENDENCY_BLOCKED');
    expect(linked.errors?.[0]?.message).toMatch(/is already in progress, so it cannot wait for tasks that are not done: “Collect the import files”/);
    expect(await databaseFingerprint(api)).toEqual(snapshot);
  });

  it('lets a finished prerequisite be re-opened, and then shows its finished dependant as waiting for it again', async () => {
    const scope = await newTask('Agree the scope');
    const scopeDone = (await setStatus(scope, 'DONE')).data?.['setTaskStatus'] as Task;
    const plan = await newTask('Write the plan', { dependsOnIds: [scope.id] });
    const planDone = (await setStatus(plan, 'DONE')).data?.['setTaskStatus'] as Task;
    expect(planDone.status).toBe('DONE');

    const reopened = await setStatus(scopeDone, 'TODO');
    expect(reopened.errors).toBeUndefined();
    const flagged = await current(plan.id);
    expect(flagged).toMatchObject({ status: 'DONE', waitingFor: [{ id: scope.id, title: 'Agree the scope', status: 'TODO' }] });
    // Editing it otherwise stays possible; only moving it on again needs the prerequisite done.
    const renamed = await api.gql(UPDATE_TASK, { input: { id: plan.id, version: flagged.version, title: 'Write the rollout plan', status: 'DONE' } }, token);
    expect(renamed.errors).toBeUndefined();
  });

  /** The one field error of a refused loop, which names the tasks in it. */
  const loopMessage = (result: Awaited<ReturnType<TestApp['gql']>>) => {
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const fields = result.errors?.[0]?.extensions['fields'] as { field: string; message: string }[];
    expect(fields.map((f) => f.field)).toEqual(['dependsOnIds']);
    return fields[0].message;
  };

  /** A chain of `length` tasks, each waiting for the one before it; returns them first to last. */
  const chain = async (name: string, length: number): Promise<Task[]> => {
    const tasks: Task[] = [];
    for (let i = 1; i <= length; i += 1) tasks.push(await newTask(`${name} ${i}`, { dependsOnIds: tasks.length ? [tasks[tasks.length - 1].id] : [] }));
    return tasks;
  };

  it('refuses a loop closed across a chain of 40 tasks, naming all of them in order, and accepts links along the chain', async () => {
    const steps = await chain('Migrate batch', 40);
    const first = steps[0];
    const last = steps[steps.length - 1];

    // Waiting for the first batch again from the last one is no loop; the reverse is one through 40 hops.
    const shortcut = await api.gql(UPDATE_TASK, { input: { id: last.id, version: last.version, dependsOnIds: [steps[38].id, first.id] } }, token);
    expect(shortcut.errors).toBeUndefined();

    const before = await databaseFingerprint(api);
    const loop = await api.gql(UPDATE_TASK, { input: { id: first.id, version: first.version, dependsOnIds: [last.id] } }, token);
    expect(loop.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    // The shortest way back: batch 40 waits for batch 1 directly since the shortcut.
    expect(loopMessage(loop)).toBe('This would make the tasks wait for each other in a loop: “Migrate batch 1” → “Migrate batch 40” → “Migrate batch 1”.');
    const fromMiddle = await api.gql(UPDATE_TASK, { input: { id: first.id, version: first.version, dependsOnIds: [steps[20].id] } }, token);
    const names = ['1', ...Array.from({ length: 21 }, (_, i) => String(21 - i))].map((n) => `“Migrate batch ${n}”`);
    expect(loopMessage(fromMiddle)).toBe(`This would make the tasks wait for each other in a loop: ${names.join(' → ')}.`);
    expect(await databaseFingerprint(api)).toEqual(before);
    expect(await current(first.id)).toMatchObject({ dependsOnIds: [], version: first.version });
  });

  it('finds a loop through many hops across branches, whichever new prerequisite closes it, and only then', async () => {
    // Two chains of 15 joined at the end: "Go live" waits for both.
    const left = await chain('Train region A', 15);
    const right = await chain('Train region B', 15);
    const goLive = await newTask('Go live', { dependsOnIds: [left[14].id, right[14].id] });
    const unrelated = await chain('Archive old data', 5);

    const start = right[0];
    const refused = await api.gql(UPDATE_TASK, { input: { id: start.id, version: start.version, dependsOnIds: [unrelated[4].id, goLive.id] } }, token);
    const names = ['Train region B 1', 'Go live', ...Array.from({ length: 15 }, (_, i) => `Train region B ${15 - i}`)].map((n) => `“${n}”`);
    expect(loopMessage(refused)).toBe(`This would make the tasks wait for each other in a loop: ${names.join(' → ')}.`);

    const fine = await api.gql(UPDATE_TASK, { input: { id: start.id, version: start.version, dependsOnIds: [unrelated[4].id, left[14].id] } }, token);
    expect(fine.errors).toBeUndefined();
    expect((fine.data?.['updateTask'] as Task).dependsOnIds.sort()).toEqual([unrelated[4].id, left[14].id].sort());

    const self = await api.gql(UPDATE_TASK, { input: { id: goLive.id, version: goLive.version, dependsOnIds: [goLive.id] } }, token);
    expect(loopMessage(self)).toBe('This would make the tasks wait for each other in a loop: “Go live” → “Go live”.');
  });

  it('reads what every task of a page waits for without more SQL statements for more tasks', async () => {
    const statements = async (first: number) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: 'query($p: ID!, $first: Int!) { tasks(projectId: $p, first: $first) { edges { node { id dependsOnIds waitingFor { id title role { name } } } } } }',
          variables: { p: projectId, first },
        }),
      });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      const waiting = body.data.tasks.edges.filter((e: { node: Task }) => e.node.waitingFor.length > 0).length;
      return { count: Number(response.headers.get('x-sql-statements')), waiting };
    };
    const small = await statements(10);
    const large = await statements(40);
    expect(large.waiting).toBeGreaterThan(small.waiting);
    expect(small.count).toBeGreaterThan(0);
    expect(large.count).toBe(small.count);
  });
});
