import 'reflect-metadata';

import { randomUUID } from 'node:crypto';

import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { createApp } from '../../apps/api/src/app.factory';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { startTestDatabase } from '../api/support/test-database';
import { GraphQLClient, GraphQLRequestError } from '../support/graphql-client';

/**
 * `npm run bench`: a program of 10,000 tasks, 300 people and 20 roles, measured over HTTP.
 * Prints median and p95 latency and SQL statements per request. Not part of `npm test`: timings
 * are figures to read, never assertions.
 */
const TASKS = 10_000;
const PEOPLE = 300;
const RUNS = Number(process.env['BENCH_RUNS'] ?? 40);
const WARMUP = 5;

const OVERVIEW = `query($id: ID!) { project(id: $id) {
  id name crmProduct startDate targetGoLiveDate myPermission unownedTaskCount
  nextMilestone { id name dueDate }
  overdueMilestones { id name daysLate }
  upcomingMilestones(first: 5) { id name dueDate }
  phases { id kind name status plannedStart plannedEnd progress { doneTasks totalTasks ratio } gateBlockers
    exitCriteria { id label done } milestones { id name dueDate status overdue daysLate } }
} }`;

const TASK_PAGE = `query($id: ID!, $first: Int!, $filter: TaskFilterInput) { tasks(projectId: $id, first: $first, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id title status priority dueDate overdue version role { key name } owner { id name } ownerSource phase { id name } milestone { id name } } }
} }`;

const MY_TASKS = `{ myTasks(first: 50) { id title status dueDate role { key } owner { id } project { id name } phase { name } } }`;

async function bulk(db: DataSource, table: string, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const columns = Object.keys(chunk[0]);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => `(${columns.map((c) => `$${params.push(row[c] ?? null)}`).join(',')})`);
    await db.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${tuples.join(',')}`, params);
  }
}

/** A timed request through the shared test client; any GraphQL error stops the benchmark. */
async function gql(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) {
  const response = await client.request(query, variables);
  if (response.errors?.length) throw new GraphQLRequestError(response);
  return { body: { data: response.data as any }, ms: response.ms, statements: Number(response.headers.get('x-sql-statements')) };
}

async function seed(app: INestApplication, anonymous: GraphQLClient) {
  const session = await anonymous.signUp('Bench Manager', { email: 'bench@example.test', password: 'benchmark-password' });
  const token = session.token;
  const client = anonymous.as(token);
  const created = await gql(client, 'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }', {
    i: { name: 'Global Salesforce rollout', crmProduct: 'Salesforce', startDate: '2026-01-05', targetGoLiveDate: '2027-06-30' },
  });
  const projectId: string = created.body.data.createProject.id;
  const db = app.get(DataSource);
  for (let i = 1; i <= 7; i += 1) {
    await gql(client, 'mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }', { i: { projectId, name: `Regional lead ${i}` } });
  }
  const roles: { id: string }[] = await db.query('SELECT id FROM roles WHERE project_id = $1 ORDER BY position, key', [projectId]);
  const phases: { id: string }[] = await db.query('SELECT id FROM phases WHERE project_id = $1 ORDER BY position', [projectId]);
  const milestones: { id: string; phase_id: string }[] = await db.query('SELECT id, phase_id FROM milestones WHERE project_id = $1', [projectId]);

  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    id: randomUUID(),
    email: i === 0 ? 'bench@example.test' : `person${String(i).padStart(3, '0')}@example.test`,
    name: i === 0 ? 'Bench Manager' : `Person ${String(i).padStart(3, '0')}`,
    department: ['Sales', 'Service', 'Marketing', 'IT', 'Finance'][i % 5],
  }));
  await bulk(db, 'people', people);
  // Every role has a primary holder and two backups; person 0 (the bench user) holds two roles.
  const assignments = roles.flatMap((role, r) =>
    [0, 1, 2].map((k) => ({
      project_id: projectId,
      role_id: role.id,
      person_id: people[r === 0 && k === 0 ? 0 : (r * 3 + k + 1) % PEOPLE].id,
      allocation_percent: k === 0 ? 50 : 25,
      is_primary: k === 0,
    })),
  );
  assignments.push({ project_id: projectId, role_id: roles[1].id, person_id: people[0].id, allocation_percent: 30, is_primary: false });
  await bulk(db, 'role_assignments', assignments);
  await db.query('UPDATE role_assignments SET is_primary = false WHERE role_id = $1 AND is_primary', [roles[1].id]);
  await db.query('UPDATE role_assignments SET is_primary = true WHERE role_id = $1 AND person_id = $2', [roles[1].id, people[0].id]);

  const statuses = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'];
  const [{ fromTemplate }] = await db.query('SELECT count(*)::int AS "fromTemplate" FROM tasks WHERE project_id = $1', [projectId]);
  const tasks = Array.from({ length: TASKS - fromTemplate }, (_, i) => {
    const phase = phases[i % phases.length];
    const phaseMilestones = milestones.filter((m) => m.phase_id === phase.id);
    const day = 1 + (i % 540);
    return {
      project_id: projectId,
      phase_id: phase.id,
      milestone_id: i % 3 === 0 ? phaseMilestones[i % phaseMilestones.length]?.id : null,
      role_id: roles[i % roles.length].id,
      assignee_id: i % 7 === 0 ? people[(i * 13) % PEOPLE].id : null,
      title: `Task ${i}: ${['configure', 'review', 'migrate', 'train', 'document'][i % 5]} ${['accounts', 'leads', 'cases', 'reports', 'territories'][i % 5]}`,
      status: statuses[i % 4],
      priority: ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'][i % 4],
      due_date: new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10),
      estimate_hours: 4 + (i % 20),
    };
  });
  await bulk(db, 'tasks', tasks);
  await db.query('ANALYZE');
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM tasks WHERE project_id = $1', [projectId]);
  return { client, projectId, taskCount: n as number, roleCount: roles.length, roleKeys: (await db.query('SELECT key FROM roles WHERE project_id = $1 ORDER BY position LIMIT 3', [projectId])).map((r: { key: string }) => r.key) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(name: string, run: () => Promise<{ ms: number; statements: number; rows: number }>) {
  for (let i = 0; i < WARMUP; i += 1) await run();
  const times: number[] = [];
  const statements = new Set<number>();
  let rows = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const result = await run();
    times.push(result.ms);
    statements.add(result.statements);
    rows = result.rows;
  }
  times.sort((a, b) => a - b);
  return { name, rows, median: percentile(times, 50), p95: percentile(times, 95), statements: [...statements].join('/') };
}

async function main(): Promise<void> {
  const database = await startTestDatabase();
  const serverMode = Boolean(process.env['TEST_DATABASE_URL']);
  const config = { ...loadConfig({ JWT_SECRET: 'benchmark-secret-benchmark-secret-000' }), seedDemo: false, webRoot: undefined };
  // Statements per request come from X-SQL-Statements, which the app sends only with SQL_STATS=true.
  process.env['SQL_STATS'] = 'true';
  const app = await createApp(config, database.url, { logger: ['error'], poolSize: serverMode ? 10 : 1 });
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  try {
    const seedStart = Date.now();
    const { client, projectId, taskCount, roleCount, roleKeys } = await seed(app, new GraphQLClient(url));
    console.log(`Database: ${serverMode ? 'PostgreSQL server (TEST_DATABASE_URL)' : 'embedded PGlite'}`);
    console.log(`Seeded ${taskCount} tasks, ${PEOPLE} people, ${roleCount} roles in ${((Date.now() - seedStart) / 1000).toFixed(1)} s; ${RUNS} runs after ${WARMUP} warm-up runs.\n`);
    const filter = { statuses: ['TODO', 'IN_PROGRESS'], roleKeys };
    const results = [
      await measure('project overview', async () => {
        const r = await gql(client, OVERVIEW, { id: projectId });
        return { ...r, rows: r.body.data.project.phases.length };
      }),
      await measure('tasks: first 50, filtered, with owners', async () => {
        const r = await gql(client, TASK_PAGE, { id: projectId, first: 50, filter });
        return { ...r, rows: r.body.data.tasks.edges.length };
      }),
      await measure('tasks: first 10, same filter', async () => {
        const r = await gql(client, TASK_PAGE, { id: projectId, first: 10, filter });
        return { ...r, rows: r.body.data.tasks.edges.length };
      }),
      await measure('tasks: first 100, same filter', async () => {
        const r = await gql(client, TASK_PAGE, { id: projectId, first: 100, filter });
        return { ...r, rows: r.body.data.tasks.edges.length };
      }),
      await measure('myTasks (first 50)', async () => {
        const r = await gql(client, MY_TASKS);
        return { ...r, rows: r.body.data.myTasks.length };
      }),
    ];
    console.log('request                                   rows   median ms   p95 ms   SQL statements');
    for (const r of results) {
      console.log(`${r.name.padEnd(40)} ${String(r.rows).padStart(5)} ${r.median.toFixed(1).padStart(11)} ${r.p95.toFixed(1).padStart(8)}   ${r.statements}`);
    }
  } finally {
    await app.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
