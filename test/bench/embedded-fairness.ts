import 'reflect-metadata';

import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { createApp } from '../../apps/api/src/app.factory';
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from '../../apps/api/src/common/database/embedded-postgres';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { GraphQLClient, GraphQLRequestError } from '../support/graphql-client';
import { outboxLinkToken } from '../support/received-mail';

/**
 * How the embedded default (PGlite, `npm start` without DATABASE_URL) is shared between users:
 * throughput and latency of a cheap request (the board's first page) for 1, 10 and 50 concurrent
 * clients, alone and with one more client looping a slow request beside them. Figures to read,
 * never assertions. Runnable on its own:
 *   TS_NODE_PROJECT=test/tsconfig.json node -r ts-node/register/transpile-only -r tsconfig-paths/register test/bench/embedded-fairness.ts
 * or called from `npm run bench` through measureEmbeddedFairness().
 */
const TASKS = Number(process.env['FAIRNESS_TASKS'] ?? 10_000);
const PEOPLE = 300;
const REQUIREMENTS = 5_000;
const SESSIONS = 40;
const INVITED_PER_SESSION = 250;
const WINDOW_MS = Number(process.env['FAIRNESS_WINDOW_MS'] ?? 4_000);
const CLIENTS = (process.env['FAIRNESS_CLIENTS'] ?? '1,10,50').split(',').map(Number);

const BOARD_PAGE = `query($id: ID!) { tasks(projectId: $id, first: 50) {
  pageInfo { hasNextPage endCursor }
  edges { node { id title status priority dueDate overdue version role { key name } owner { id name } ownerSource phase { id name } } }
} }`;

const BOARD_ALL_FILTERS = `query($id: ID!, $filter: TaskFilterInput) { tasks(projectId: $id, first: 50, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id title status priority dueDate overdue version role { key name } owner { id name } ownerSource phase { id name } milestone { id name } } }
} }`;

interface LoadRequest {
  query: string;
  variables: Record<string, unknown>;
}

interface WindowResult {
  /** Completed cheap requests per second, summed over the cheap clients. */
  throughput: number;
  p50: number;
  p99: number;
  /** Completed slow requests per second (0 without a loop). */
  loopRate: number;
  /** The API's event loop: the longest it was held, in ms, during the window. */
  loopDelayMax: number;
}

/**
 * The load runs in a worker thread of its own, so the clients' JSON work never shares the API's
 * event loop: the figures are the server's, as another machine's browsers would see them.
 */
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, token, cheap, slow, clients, windowMs } = workerData;
const headers = { 'content-type': 'application/json', authorization: 'Bearer ' + token };
async function send(request) {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(request) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return performance.now() - started;
}
(async () => {
  const times = [];
  let slowDone = 0;
  let running = true;
  const cheapClient = async () => { while (running) times.push(await send(cheap)); };
  const slowClient = async () => { while (running) { await send(slow); if (running) slowDone += 1; } };
  const all = Array.from({ length: clients }, cheapClient);
  if (slow) all.push(slowClient());
  // Requests finishing after the window still complete, but only those inside it count.
  const counted = await new Promise((resolve) => setTimeout(() => { running = false; resolve({ n: times.length, slowDone }); }, windowMs));
  await Promise.all(all);
  parentPort.postMessage({ times: times.slice(0, counted.n), slowDone: counted.slowDone });
})().catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

function runWindow(url: string, token: string, cheap: LoadRequest, slow: LoadRequest | undefined, clients: number): Promise<WindowResult> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_WORKER, { eval: true, workerData: { url, token, cheap, slow, clients, windowMs: WINDOW_MS } });
    worker.once('error', reject);
    worker.once('message', (message: { times?: number[]; slowDone?: number; error?: string }) => {
      void worker.terminate();
      delay.disable();
      if (message.error) return reject(new Error(message.error));
      const times = message.times!.sort((a, b) => a - b);
      const at = (p: number) => (times.length ? times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] : NaN);
      resolve({ throughput: (times.length * 1000) / WINDOW_MS, p50: at(50), p99: at(99), loopRate: (message.slowDone! * 1000) / WINDOW_MS, loopDelayMax: delay.max / 1e6 });
    });
  });
}

async function gql(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) {
  const response = await client.request(query, variables);
  if (response.errors?.length) throw new GraphQLRequestError(response);
  return response.data as any;
}

/** A program of TASKS tasks with big requirement and attendance lists, mostly by bulk SQL. */
export async function seed(app: INestApplication, anonymous: GraphQLClient) {
  const { token } = await anonymous.signUp('Fairness Manager', { email: 'fairness@example.test', password: 'benchmark-password' });
  const client = anonymous.as(token);
  const created = await gql(client, 'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }', {
    i: { name: 'Fairness rollout', crmProduct: 'Salesforce', startDate: '2026-01-05', targetGoLiveDate: '2027-06-30' },
  });
  const projectId: string = created.createProject.id;
  const wave = await gql(client, 'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }', {
    input: { projectId, name: 'Nordics', scope: ['Oslo'], goLiveDate: '2027-03-01', readinessItems: [] },
  });
  const waveId: string = wave.createRolloutWave.id;
  const db = app.get(DataSource);
  await db.query(
    `INSERT INTO people (email, name, department, organisation_id)
     SELECT 'person' || lpad(i::text, 3, '0') || '@example.test', 'Person ' || lpad(i::text, 3, '0'), (ARRAY['Sales','Service','Marketing','IT','Finance'])[1 + i % 5],
            (SELECT organisation_id FROM projects WHERE id = $2)
     FROM generate_series(1, $1) i`,
    [PEOPLE, projectId],
  );
  await db.query(
    `INSERT INTO tasks (project_id, phase_id, role_id, assignee_id, title, status, priority, due_date, estimate_hours)
     SELECT $1, ph.ids[1 + i % array_length(ph.ids, 1)], r.ids[1 + i % array_length(r.ids, 1)],
            CASE WHEN i % 7 = 0 THEN pe.ids[1 + i % array_length(pe.ids, 1)] END,
            'Task ' || i || ': ' || (ARRAY['configure','review','migrate','train','document'])[1 + i % 5] || ' accounts',
            (ARRAY['TODO','IN_PROGRESS','BLOCKED','DONE'])[1 + i % 4], (ARRAY['LOW','MEDIUM','HIGH','CRITICAL'])[1 + i % 4],
            DATE '2026-01-01' + (i % 540), 4 + i % 20
     FROM generate_series(1, GREATEST($2 - (SELECT count(*) FROM tasks WHERE project_id = $1), 0)::int) i,
          (SELECT array_agg(id ORDER BY position) ids FROM phases WHERE project_id = $1) ph,
          (SELECT array_agg(id ORDER BY position) ids FROM roles WHERE project_id = $1) r,
          (SELECT array_agg(id ORDER BY email) ids FROM people) pe`,
    [projectId, TASKS],
  );
  await db.query(
    `INSERT INTO requirements (project_id, title, description, department, stakeholder_id, priority, gap_note)
     SELECT $1, 'Requirement ' || i, 'Sales reps need to see the account hierarchy, item ' || i, (ARRAY['SALES','MARKETING','FINANCE','SERVICE','IT'])[1 + i % 5],
            CASE WHEN i % 3 = 0 THEN pe.ids[1 + i % array_length(pe.ids, 1)] END, (ARRAY['MUST','SHOULD','COULD','WONT'])[1 + i % 4], ''
     FROM generate_series(1, $2) i, (SELECT array_agg(id ORDER BY email) ids FROM people) pe`,
    [projectId, REQUIREMENTS],
  );
  await db.query(
    `INSERT INTO training_sessions (project_id, wave_id, topic, starts_at, time_zone, duration_minutes, trainer_id)
     SELECT $1, $2, 'Session ' || i, TIMESTAMPTZ '2027-01-04 09:00+00' + i * INTERVAL '1 day', 'Europe/Oslo', 90, (SELECT id FROM people ORDER BY email LIMIT 1)
     FROM generate_series(1, $3) i`,
    [projectId, waveId, SESSIONS],
  );
  await db.query(
    `INSERT INTO attendance (session_id, person_id, status)
     SELECT s.id, p.id, 'INVITED' FROM training_sessions s
     CROSS JOIN LATERAL (SELECT id FROM people ORDER BY email LIMIT $2) p WHERE s.wave_id = $1`,
    [waveId, INVITED_PER_SESSION],
  );
  await db.query('ANALYZE');
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM tasks WHERE project_id = $1', [projectId]);
  const roleKeys = (await db.query('SELECT key FROM roles WHERE project_id = $1 ORDER BY position LIMIT 3', [projectId])).map((r: { key: string }) => r.key);
  return { token, projectId, waveId, taskCount: n as number, roleKeys };
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

/** Lines to print: the table of every client count, alone and beside each slow loop, with the ratios. */
export async function measureEmbeddedFairness(): Promise<string[]> {
  const database = await startEmbeddedPostgres(undefined);
  const config = { ...loadConfig({ JWT_SECRET: 'benchmark-secret-benchmark-secret-000' }), seedDemo: false, webRoot: undefined };
  const app = await createApp(config, database.url, { logger: ['error'], poolSize: Number(process.env['FAIRNESS_POOL_SIZE'] ?? EMBEDDED_POOL_SIZE) });
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const lines: string[] = [];
  try {
    const seedStart = Date.now();
    const { token, projectId, waveId, taskCount, roleKeys } = await seed(app, new GraphQLClient(await app.getUrl(), undefined, (email, path) => outboxLinkToken((sql, params) => app.get(DataSource).query(sql, params), email, path)));
    lines.push(`Embedded PGlite fairness: ${taskCount} tasks, ${REQUIREMENTS} requirements, ${SESSIONS * INVITED_PER_SESSION} attendance rows (seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s); ${WINDOW_MS / 1000} s per window, load from a worker thread.`);
    const cheap: LoadRequest = { query: BOARD_PAGE, variables: { id: projectId } };
    const loops: { name: string; request: LoadRequest }[] = [
      { name: 'requirements CSV', request: { query: 'query($id: ID!) { exportRequirementsCsv(projectId: $id) }', variables: { id: projectId } } },
      { name: 'attendance CSV', request: { query: 'query($id: ID!) { exportAttendanceCsv(waveId: $id) }', variables: { id: waveId } } },
      {
        name: 'board, all filters+count',
        request: { query: BOARD_ALL_FILTERS, variables: { id: projectId, filter: { statuses: ['TODO', 'IN_PROGRESS', 'BLOCKED'], roleKeys, search: 'accounts', overdue: true } } },
      },
    ];
    // Warm up the plans and the JIT-less WASM caches before the first window.
    await runWindow(url, token, cheap, loops[0].request, 2);
    lines.push('clients  loop beside them            req/s   p50 ms   p99 ms  loop req/s  API event loop held max ms  others with loop / alone just before');
    for (const clients of CLIENTS) {
      // Each loop window is paired with a window alone just before it, and its ratio taken
      // against that one: on a shared machine the load drifts between windows.
      const rows: string[] = [];
      const alone: WindowResult[] = [];
      for (const loop of loops) {
        const before = await runWindow(url, token, cheap, undefined, clients);
        const beside = await runWindow(url, token, cheap, loop.request, clients);
        alone.push(before);
        rows.push(
          `${String(clients).padStart(7)}  ${loop.name.padEnd(26)} ${fmt(beside.throughput).padStart(6)} ${fmt(beside.p50).padStart(8)} ${fmt(beside.p99).padStart(8)}  ${fmt(beside.loopRate).padStart(10)}  ${fmt(beside.loopDelayMax).padStart(26)}  ${fmt(beside.throughput / before.throughput, 2).padStart(6)}`,
        );
      }
      const mean = (pick: (r: WindowResult) => number) => alone.reduce((sum, r) => sum + pick(r), 0) / alone.length;
      lines.push(
        `${String(clients).padStart(7)}  ${'(none, mean of 3)'.padEnd(26)} ${fmt(mean((r) => r.throughput)).padStart(6)} ${fmt(mean((r) => r.p50)).padStart(8)} ${fmt(mean((r) => r.p99)).padStart(8)}  ${'-'.padStart(10)}  ${fmt(Math.max(...alone.map((r) => r.loopDelayMax))).padStart(26)}`,
        ...rows,
      );
    }
  } finally {
    await app.close();
    await database.stop();
  }
  return lines;
}

if (require.main === module) {
  measureEmbeddedFairness()
    .then((lines) => console.log(lines.join('\n')))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
