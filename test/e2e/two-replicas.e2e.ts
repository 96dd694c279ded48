import { randomBytes } from 'node:crypto';

import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Session } from '../support/graphql-client';
import { LiveSocket, openLiveSocket } from '../support/live-socket';
import { SmtpInbox, startSmtpInbox } from '../support/smtp-inbox';
import { RunningServer, startServer } from './support/server';

/** The PostgreSQL server and the Redis of this machine and of CI. */
const POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = 'redis://127.0.0.1:6379';
/** Only stops a hang: the runners poll every 200 ms, a loaded machine may still be slow. */
const SETTLE_LIMIT_MS = 60_000;
const MILESTONES = 10;

const CREATE_PROJECT = 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id phases { id } } }';
const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }';
const UPDATE_TASK = 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id version status } }';
const CREATE_MILESTONE = 'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id name } }';
const ASSIGN_ROLE = 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }';
const PROJECT_CHANGED = 'subscription($projectId: ID!) { projectChanged(projectId: $projectId) { projectId operation typename id actorUserId } }';

interface Change {
  projectChanged: { projectId: string; operation: string; typename: string | null; id: string | null; actorUserId: string };
}

async function until(check: () => Promise<boolean>, what: string, limitMs = SETTLE_LIMIT_MS): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Two built API processes on one fresh PostgreSQL database, one Redis (under a prefix of this run)
 * and one SMTP inbox, as docker-compose runs its replicas behind the proxy.
 */
describe('two API processes on one PostgreSQL and one Redis', () => {
  const databaseName = `crm_replicas_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: `${POSTGRES_URL}/postgres` });
  let database: Client | undefined;
  let databaseCreated = false;
  let inbox: SmtpInbox | undefined;
  let one: RunningServer | undefined;
  let two: RunningServer | undefined;
  const sockets: LiveSocket[] = [];
  let owner: Session;
  let projectId: string;
  let phaseId: string;

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${databaseName}`);
    databaseCreated = true;
    inbox = await startSmtpInbox();
    const shared = {
      databaseUrl: `${POSTGRES_URL}/${databaseName}`,
      inbox,
      env: {
        // One secret for both, so a sign-in made on one holds on the other.
        JWT_SECRET: randomBytes(32).toString('hex'),
        REDIS_URL,
        REDIS_PREFIX: `crm-test:replicas:${randomBytes(6).toString('hex')}:`,
        JOB_POLL_MS: '200',
        NOTIFICATION_BATCH_MINUTES: '0',
      },
    };
    // The first migrates the empty database; the second finds it migrated.
    one = await startServer(shared);
    two = await startServer(shared);
    database = new Client({ connectionString: shared.databaseUrl });
    await database.connect();

    owner = await one.api.signUp('Pat Manager');
    const created = await one.api.ok<{ createProject: { id: string; phases: { id: string }[] } }>(
      CREATE_PROJECT,
      { input: { name: 'Northwind Dynamics rollout', crmProduct: 'Dynamics 365', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' } },
      owner.token,
    );
    projectId = created.createProject.id;
    phaseId = created.createProject.phases[0].id;
  });

  afterAll(async () => {
    // Each step on its own, so one failing still lets the others clean up.
    await Promise.allSettled(sockets.map((socket) => socket.dispose()));
    await database?.end().catch(() => undefined);
    await Promise.allSettled([one?.stop(), two?.stop()]);
    await inbox?.stop().catch(() => undefined);
    if (databaseCreated) await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch((error) => console.error(`Could not drop ${databaseName}:`, error));
    await admin.end().catch(() => undefined);
  });

  /** What beforeAll started; it throws before any case runs when something did not start. */
  function started(): { one: RunningServer; two: RunningServer; inbox: SmtpInbox; database: Client } {
    if (!one || !two || !inbox || !database) throw new Error('The two processes did not start');
    return { one, two, inbox, database };
  }
  const sql = async <T>(text: string, values: unknown[] = []): Promise<T[]> => (await started().database.query(text, values)).rows as T[];

  it('delivers a task changed through process one to a projectChanged subscription held on process two', async () => {
    const { one, two } = started();
    const createTask = async (title: string) =>
      (await one.api.ok<{ createTask: { id: string; version: number } }>(CREATE_TASK, { input: { projectId, phaseId, title, roleKey: 'CRM_ADMIN' } }, owner.token)).createTask;

    const socket = openLiveSocket(two.url, owner.token);
    sockets.push(socket);
    await socket.connected;
    const subscription = socket.subscribe<Change>(PROJECT_CHANGED, { projectId });
    await subscription.ready(async () => (await createTask('Warm-up')).id);

    const task = await createTask('Map the account fields');
    await one.api.ok(UPDATE_TASK, { input: { id: task.id, version: task.version, status: 'IN_PROGRESS' } }, owner.token);
    const moved = await subscription.waitFor((e) => e.projectChanged.operation === 'updateTask', 'the change made through process one', SETTLE_LIMIT_MS);
    expect(moved.projectChanged).toEqual({ projectId, operation: 'updateTask', typename: 'Task', id: task.id, actorUserId: owner.user.id });
    expect(subscription.errors).toEqual([]);
  });

  it('delivers due milestone reminders once, not once per process', async () => {
    const { one, two, inbox } = started();
    // The owner, entered in the people directory under their account's email, as project manager:
    // the role every milestone without an owner role reminds.
    const person = (
      await one.api.ok<{ createPerson: { id: string } }>('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { name: owner.user.name, email: owner.user.email } }, owner.token)
    ).createPerson;
    await one.api.ok(ASSIGN_ROLE, { input: { projectId, roleKey: 'PROJECT_MANAGER', personId: person.id, allocationPercent: 50 } }, owner.token);

    const names = Array.from({ length: MILESTONES }, (_, i) => `Readiness check ${i + 1}`);
    const milestones: { id: string; name: string }[] = [];
    for (const [i, name] of names.entries()) {
      const dueDate = `2027-05-${String(i + 10).padStart(2, '0')}`;
      milestones.push((await one.api.ok<{ createMilestone: { id: string; name: string } }>(CREATE_MILESTONE, { input: { phaseId, name, dueDate } }, owner.token)).createMilestone);
    }
    const ids = milestones.map((m) => m.id);
    // The template's own milestones have reminders too; only these ten are made due.
    const dueJobs = "WHERE kind = 'MILESTONE_DUE' AND project_id = $1 AND subject_id = ANY($2::uuid[])";
    expect(await sql(`SELECT 1 FROM jobs ${dueJobs}`, [projectId, ids])).toHaveLength(MILESTONES);

    // All due at once: both runners poll every 200 ms and race for the same rows.
    await sql(`UPDATE jobs SET run_at = now() - interval '1 second' ${dueJobs}`, [projectId, ids]);
    await until(async () => (await sql(`SELECT 1 FROM jobs ${dueJobs}`, [projectId, ids])).length === 0, 'the due reminders to run');

    const told = await sql<{ subject_id: string; n: string }>(
      "SELECT subject_id, count(*) AS n FROM notifications WHERE user_id = $1 AND kind = 'MILESTONE_DUE' GROUP BY subject_id ORDER BY subject_id",
      [owner.user.id],
    );
    expect(told).toEqual([...ids].sort().map((id) => ({ subject_id: id, n: '1' })));

    // With batching off, one mail per reminder, each sent; the inbox received exactly those.
    const email = owner.user.email.toLowerCase();
    await until(
      async () => (await sql("SELECT 1 FROM mail_outbox WHERE kind = 'NOTIFICATION_MILESTONE_DUE' AND to_email = $1 AND sent_at IS NOT NULL", [email])).length >= MILESTONES,
      'the reminder mails to leave',
    );
    const outbox = await sql<{ subject: string; sent: boolean }>("SELECT subject, sent_at IS NOT NULL AS sent FROM mail_outbox WHERE kind = 'NOTIFICATION_MILESTONE_DUE' AND to_email = $1", [email]);
    expect(outbox.map((m) => m.subject).sort()).toEqual(names.map((n) => `${n} is due in 3 days`).sort());
    expect(outbox.every((m) => m.sent)).toBe(true);
    await until(async () => inbox.all().filter((m) => m.to === email && m.subject.endsWith('is due in 3 days')).length >= MILESTONES, 'the reminder mails to arrive');
    const received = inbox.all().filter((m) => m.to === email && m.subject.endsWith('is due in 3 days'));
    expect(received.map((m) => m.subject).sort()).toEqual(names.map((n) => `${n} is due in 3 days`).sort());

    // The job runner logs only failures, so the split between the processes shows only if one failed.
    const failures = [one, two].map((server) => (server.log().match(/Job milestone-due:\S+ failed/g) ?? []).length);
    console.log(`Reminder jobs that failed and were retried: process one ${failures[0]}, process two ${failures[1]} (runs themselves are not logged).`);
  });
});
