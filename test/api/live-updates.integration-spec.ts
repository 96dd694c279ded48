import { createStandardProject, shareProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';
import { LiveSocket, openLiveSocket } from '../support/live-socket';

const PROJECT_CHANGED = `subscription($projectId: ID!) {
  projectChanged(projectId: $projectId) { projectId operation typename id actorUserId at }
}`;
const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }';
const UPDATE_TASK = 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id version } }';

const NOTIFICATION_ADDED = 'subscription { notificationAdded { id kind title read subjectId } }';

interface Added {
  notificationAdded: { id: string; kind: string; title: string; read: boolean; subjectId: string | null } | null;
}

interface Change {
  projectChanged: { projectId: string; operation: string; typename: string | null; id: string | null; actorUserId: string; at: string };
}

describe('live updates on one app (in-process, no Redis)', () => {
  let api: TestApp;
  let owner: SignedIn;
  let colleague: SignedIn;
  let projectId: string;
  let phaseId: string;
  const sockets: LiveSocket[] = [];

  const socketOf = (session?: SignedIn) => {
    const socket = openLiveSocket(api.url, session?.token);
    sockets.push(socket);
    return socket;
  };
  const createTask = async (title: string) =>
    (await api.ok<{ createTask: { id: string; version: number } }>(CREATE_TASK, { input: { projectId, phaseId, title, roleKey: 'CRM_ADMIN' } }, owner.token)).createTask;

  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Owner');
    colleague = await api.signUp('Colleague', { organisationOf: owner });
    const project = await createStandardProject(api, owner.token);
    projectId = project.id;
    phaseId = project.phases[0].id;
    await shareProject(api, owner.token, projectId, colleague, 'EDITOR');
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
  });
  afterAll(async () => {
    await api?.close();
  });

  it('tells a member about each committed change, with the record it returned and who made it', async () => {
    const subscription = socketOf(colleague).subscribe<Change>(PROJECT_CHANGED, { projectId });
    await subscription.ready(async () => (await createTask('Warm-up')).id);
    const task = await createTask('Map the lead fields');
    const created = await subscription.waitFor((e) => e.projectChanged.operation === 'createTask', 'createTask');
    expect(created.projectChanged).toMatchObject({ projectId, typename: 'Task', id: task.id, actorUserId: owner.user.id });
    expect(new Date(created.projectChanged.at).getTime()).not.toBeNaN();

    // A refused change (stale version) publishes nothing: the next event is the change that went through.
    const stale = await api.gql(UPDATE_TASK, { input: { id: task.id, version: task.version + 5, title: 'Never saved' } }, owner.token);
    expect(stale.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    await api.ok(UPDATE_TASK, { input: { id: task.id, version: task.version, title: 'Map the lead and contact fields' } }, owner.token);
    await subscription.waitFor((e) => e.projectChanged.operation === 'updateTask', 'updateTask');
    expect(subscription.events.map((e) => e.projectChanged.operation)).toEqual(['createTask', 'updateTask']);
    expect(subscription.errors).toEqual([]);
  });

  it('brings the signed-in user their own notifications as they arrive, and none to the one who acted', async () => {
    const [person] = await api.query<{ id: string }>('SELECT p.id FROM people p JOIN users u ON u.organisation_id = p.organisation_id AND u.email = p.email WHERE u.id = $1', [colleague.user.id]);
    const assign = async (title: string) =>
      (await api.ok<{ createTask: { id: string } }>(CREATE_TASK, { input: { projectId, phaseId, title, roleKey: 'CRM_ADMIN', assigneeId: person!.id } }, owner.token)).createTask.id;
    const mine = socketOf(colleague).subscribe<Added>(NOTIFICATION_ADDED);
    const actors = socketOf(owner).subscribe<Added>(NOTIFICATION_ADDED);
    await mine.ready(() => assign('Warm-up for the bell'));
    const taskId = await assign('Clean up the account list');
    const added = await mine.waitFor((e) => e.notificationAdded?.subjectId === taskId, 'the assignment');
    expect(added.notificationAdded).toMatchObject({ kind: 'TASK_ASSIGNED', read: false, title: expect.stringContaining('Clean up the account list') });
    expect(mine.errors).toEqual([]);
    expect(actors.events).toEqual([]);
  });

  it('announces bulk changes and removals too', async () => {
    const subscription = socketOf(colleague).subscribe<Change>(PROJECT_CHANGED, { projectId });
    await subscription.ready(async () => (await createTask('Warm-up')).id);
    const first = await createTask('Bulk one');
    const second = await createTask('Bulk two');
    await api.ok(
      'mutation($input: UpdateTasksInput!) { updateTasks(input: $input) { id } }',
      { input: { projectId, items: [{ id: first.id, version: first.version }, { id: second.id, version: second.version }], status: 'IN_PROGRESS' } },
      owner.token,
    );
    const bulk = await subscription.waitFor((e) => e.projectChanged.operation === 'updateTasks', 'updateTasks');
    // A list names no single record.
    expect(bulk.projectChanged).toMatchObject({ typename: null, id: null, actorUserId: owner.user.id });
    await api.ok('mutation($input: DeleteTaskInput!) { deleteTask(input: $input) { id } }', { input: { id: second.id, version: second.version + 1 } }, owner.token);
    const removal = await subscription.waitFor((e) => e.projectChanged.operation === 'deleteTask', 'deleteTask');
    expect(removal.projectChanged.typename).toBe('TrashEntry');
  });

  it('answers NOT_FOUND to someone who is not a member, of this organisation or another', async () => {
    const bystander = await api.signUp('Bystander', { organisationOf: owner });
    const stranger = await api.signUp('Stranger');
    for (const who of [bystander, stranger]) {
      const subscription = socketOf(who).subscribe<Change>(PROJECT_CHANGED, { projectId });
      await subscription.waitForEnd();
      expect(subscription.errors).toEqual([expect.objectContaining({ message: 'Not found.', extensions: { code: 'NOT_FOUND', params: { reason: 'NOT_FOUND' } } })]);
    }
    const notAnId = socketOf(owner).subscribe<Change>(PROJECT_CHANGED, { projectId: 'not-an-id' });
    await notAnId.waitForEnd();
    expect(notAnId.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND', params: expect.any(Object) }) })]);
  });

  it('refuses a socket without a valid session with 4401', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const socket = socketOf(token === undefined ? undefined : ({ token } as SignedIn));
      const closed = await socket.closed;
      expect(closed.code).toBe(4401);
    }
    // A session ended since the token was issued (signing out everywhere) is refused too.
    const leaver = await api.signUp('Leaver', { organisationOf: owner });
    await api.ok('mutation { signOutEverywhere }', {}, leaver.token);
    expect((await socketOf(leaver).closed).code).toBe(4401);
  });

  it('serves subscriptions only, within the same document limits as HTTP', async () => {
    const socket = socketOf(owner);
    const query = socket.subscribe('query { me { id } }');
    await query.waitForEnd();
    expect(query.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_REQUEST', params: expect.any(Object) }) })]);
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
    const tooMany = socket.subscribe(`subscription($projectId: ID!) { projectChanged(projectId: $projectId) { ${aliases} } }`, { projectId });
    await tooMany.waitForEnd();
    expect(tooMany.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', params: expect.any(Object) }) })]);
    const misspelt = socket.subscribe(`subscription($projectId: ID!) { projectChanged(projectId: $projectId) { operatio } }`, { projectId });
    await misspelt.waitForEnd();
    expect(JSON.stringify(misspelt.errors)).not.toMatch(/Did you mean/);
  });

  it('stops at once for a member removed while subscribed', async () => {
    const leaving = await api.signUp('Leaving', { organisationOf: owner });
    await shareProject(api, owner.token, projectId, leaving, 'VIEWER');
    const subscription = socketOf(leaving).subscribe<Change>(PROJECT_CHANGED, { projectId });
    await subscription.ready(async () => (await createTask('Seen by the member')).id);
    await api.ok('mutation($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) { email } }', { input: { projectId, userId: leaving.user.id } }, owner.token);
    const after = await createTask('Not for former members');
    await subscription.waitForEnd();
    expect(subscription.completed).toBe(true);
    // Not even the removal itself: by the time it is published the member is gone.
    expect(subscription.events).toEqual([]);
    expect(after.id).toBeTruthy();
  });
});
