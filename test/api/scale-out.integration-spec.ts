import { randomBytes } from 'node:crypto';

import Redis from 'ioredis';

import { createStandardProject, shareProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';
import { startTestDatabase, TestDatabase } from './support/test-database';
import { LiveSocket, openLiveSocket } from '../support/live-socket';

/** The Redis every run uses (CI and this machine); each run keeps to channels and keys of its own. */
const REDIS_URL = 'redis://127.0.0.1:6379';
const runPrefix = (what: string) => `crm-test:${what}:${randomBytes(6).toString('hex')}:`;

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }';
const UPDATE_TASK = 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id version status } }';
const PROJECT_CHANGED = 'subscription($projectId: ID!) { projectChanged(projectId: $projectId) { projectId operation typename id actorUserId } }';

interface Change {
  projectChanged: { projectId: string; operation: string; typename: string | null; id: string | null; actorUserId: string };
}

/** Two replicas of the API on one database and one Redis, as docker-compose runs them behind the proxy. */
async function startReplicas(database: TestDatabase, prefix: string, signInAttemptsPerMinute = 10_000): Promise<[TestApp, TestApp]> {
  const config = { redisUrl: REDIS_URL, redisPrefix: prefix, signInAttemptsPerMinute };
  const one = await startTestApp({ databaseUrl: database.url, config });
  try {
    return [one, await startTestApp({ databaseUrl: database.url, config })];
  } catch (error) {
    await one.close();
    throw error;
  }
}

describe('two replicas sharing one Redis', () => {
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;
  const sockets: LiveSocket[] = [];
  const prefix = runPrefix('live');

  beforeAll(async () => {
    database = await startTestDatabase();
    [one, two] = await startReplicas(database, prefix);
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await database?.stop();
  });

  it('delivers a change made through one replica to a subscription held on the other', async () => {
    const owner: SignedIn = await one.signUp('Owner');
    const colleague: SignedIn = await one.signUp('Colleague', { organisationOf: owner });
    const project = await createStandardProject(one, owner.token);
    await shareProject(one, owner.token, project.id, colleague, 'EDITOR');
    const createTask = async (title: string) =>
      (await one.ok<{ createTask: { id: string; version: number } }>(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, title, roleKey: 'CRM_ADMIN' } }, owner.token))
        .createTask;

    const socket = openLiveSocket(two.url, colleague.token);
    sockets.push(socket);
    const subscription = socket.subscribe<Change>(PROJECT_CHANGED, { projectId: project.id });
    await subscription.ready(async () => (await createTask('Warm-up')).id);

    const task = await createTask('Configure the pipeline stages');
    await one.ok(UPDATE_TASK, { input: { id: task.id, version: task.version, status: 'IN_PROGRESS' } }, owner.token);
    const moved = await subscription.waitFor((e) => e.projectChanged.operation === 'updateTask', 'the move made on the other replica');
    expect(moved.projectChanged).toEqual({ projectId: project.id, operation: 'updateTask', typename: 'Task', id: task.id, actorUserId: owner.user.id });
    expect(subscription.events.map((e) => e.projectChanged.operation)).toEqual(['createTask', 'updateTask']);

    // Nothing of this run leaks past its prefix: another run's subscriber would not hear it.
    const redis = new Redis(REDIS_URL);
    try {
      const channels = await redis.pubsub('CHANNELS', `${prefix}*`);
      expect(channels).toContain(`${prefix}project:${project.id}`);
    } finally {
      redis.disconnect();
    }
  });
});

describe('the sign-in limit across replicas', () => {
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    database = await startTestDatabase();
    [one, two] = await startReplicas(database, runPrefix('limit'), 3);
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await database?.stop();
  });

  it('counts attempts spread over both replicas against one limit', async () => {
    const codes: string[] = [];
    for (const api of [one, two, one, two]) {
      const result = await api.gql(SIGN_IN, { input: { email: 'target@example.test', password: 'guess number one' } });
      codes.push(String(result.errors?.[0]?.extensions?.['code']));
    }
    // Each replica alone has seen only two attempts, under its limit of three.
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
  });
});

describe('a replica whose Redis is gone', () => {
  let api: TestApp;

  beforeAll(async () => {
    // Nothing listens on port 1: the connections keep retrying in the background.
    api = await startTestApp({ config: { redisUrl: 'redis://127.0.0.1:1', redisPrefix: runPrefix('gone'), signInAttemptsPerMinute: 2 } });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('keeps serving HTTP, counting sign-in attempts in the process meanwhile', async () => {
    const owner = await api.signUp('Owner without Redis');
    const project = await createStandardProject(api, owner.token);
    const task = await api.ok<{ createTask: { id: string } }>(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, title: 'Still saved', roleKey: 'CRM_ADMIN' } }, owner.token);
    expect(task.createTask.id).toBeTruthy();
    const codes: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      codes.push(String((await api.gql(SIGN_IN, { input: { email: 'target@example.test', password: 'guess' } })).errors?.[0]?.extensions?.['code']));
    }
    expect(codes.slice(-1)).toEqual(['TOO_MANY_REQUESTS']);
  });
});
