import { execSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { GraphQLClient } from '../support/graphql-client';
import { ProgramFixture } from './support/bench-fixtures';
import { BENCH_USER, BenchPlan, BenchPrograms, FULL_PLAN } from './support/bench-programs';
import { benchDatabaseUrl, ensureDatabaseExists } from './support/bench-database';
import { load, LoadResult } from './support/http-load';
import { measureSequential, Measured, MeasureOptions, timedRequest } from './support/measure';
import { FIRST_BOARD_PAGE, operations, PROJECT_TIMELINE, TYPENAME } from './support/operations';
import { probeWhile, ProbeResult } from './support/probe';
import { fmt, table } from './support/report';
import { ServerProcess, startServerProcess } from './support/server-process';
import { hasWebOperation, webOperation } from './support/web-documents';

/**
 * `npm run bench`: issue 17's figures side by side in one run, on this machine. Timings are figures
 * to read, never assertions. Sections: the API's operations on the 10k and 200k programs
 * (PostgreSQL; PGlite too with BENCH_PGLITE=1), `{ __typename }` while a timeline runs, the API
 * against a raw node:http + pg handler on the same SQL, the embedded default under 1/10/50 clients
 * (embedded-fairness.ts), the planning queries on the web figures' 2,000-task program
 * (program-2k-api.ts) and the web app in Chromium (web-figures.ts). The last two lines are
 * `ratio api/raw: <x>` and `200k board p95 ms: <n>`.
 *
 * Env: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/bench200k; kept between runs),
 * BENCH_RUNS (timed runs per operation, default 20), BENCH_PGLITE=1, BENCH_PGLITE_TASKS (default
 * 200000), BENCH_SKIP=postgres,raw,probe,pglite,fairness,planning2k,web, BENCH_ROUND_MS (default 5000).
 */
const RUNS = Number(process.env['BENCH_RUNS'] ?? 20);
const ROUND_MS = Number(process.env['BENCH_ROUND_MS'] ?? 5_000);
const SKIP = new Set((process.env['BENCH_SKIP'] ?? '').split(',').filter(Boolean));
const OUTPUT = process.env['BENCH_OUTPUT'];
const startedAt = Date.now();
const printed: string[] = [];

function say(line = ''): void {
  printed.push(line);
  console.log(line);
}

const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(0)} s`;

function git(args: string): string {
  try {
    return execSync(`git ${args}`, { cwd: join(__dirname, '../..'), stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return '?';
  }
}

/** The server's version, or undefined when no PostgreSQL answers at `url` (the bench then measures only the embedded default). */
async function postgresVersion(url: string): Promise<string | undefined> {
  try {
    await ensureDatabaseExists(url);
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    await client.connect();
    const { rows } = await client.query('SHOW server_version');
    await client.end();
    return rows[0].server_version;
  } catch (error) {
    say(`PostgreSQL at ${url} is not available (${error instanceof Error ? error.message : String(error)}): its sections are skipped`);
    return undefined;
  }
}

function machineNote(postgres: string | undefined): string[] {
  const dirty = git('status --porcelain --untracked-files=no').split('\n').filter(Boolean).length;
  return [
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, PostgreSQL ${postgres ?? 'none'}; shared with other work, so figures vary run to run`,
    `commit: ${process.env['BENCH_COMMIT'] ?? `${git('log -1 --format=%h')}${dirty ? ` with ${dirty} uncommitted tracked file(s) in the work tree` : ''}`}; started ${new Date(startedAt).toISOString()}`,
  ];
}

async function signIn(url: string): Promise<GraphQLClient> {
  const anonymous = new GraphQLClient(url);
  const data = await anonymous.ok('mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { email: BENCH_USER.email, password: BENCH_USER.password } });
  return anonymous.as(data.signIn.token);
}

interface ApiServer extends ServerProcess {
  programs: BenchPrograms;
  fixtures: { big: ProgramFixture; medium: ProgramFixture };
}

async function apiServer(target: string, env: Record<string, string | undefined>, plan: BenchPlan): Promise<ApiServer> {
  const server = await startServerProcess('api-server.child.ts', { BENCH_TARGET: target, BENCH_PLAN: JSON.stringify(plan), SQL_LOG: 'false', ...env });
  const { programs, fixtures } = server.ready;
  if (!programs || !fixtures) throw new Error('The API server child did not report its programs');
  return { ...server, programs, fixtures };
}

type Results = Map<string, Map<string, Measured>>;

/** Every operation on each program, in turn; the results keyed by operation then program. */
async function runOperations(client: GraphQLClient, fixtures: Record<string, ProgramFixture>, options: MeasureOptions): Promise<Results> {
  const results: Results = new Map();
  for (const op of operations()) {
    const row = new Map<string, Measured>();
    for (const [key, fx] of Object.entries(fixtures)) row.set(key, await measureSequential(() => op.run(client, fx), options));
    results.set(op.name, row);
  }
  return results;
}

function operationsTable(title: string, latency: Results, statements: Results | undefined, programs: string[]): string[] {
  const header = ['operation', ...programs.flatMap((p) => [`${p} p50`, `${p} p95`]), `${programs[programs.length - 1]} max`, 'runs', 'rows', 'SQL stmts'];
  const notes: string[] = [];
  const rows = [...latency.entries()].map(([name, byProgram]) => {
    const last = byProgram.get(programs[programs.length - 1]);
    const error = [...byProgram.values()].find((m) => m.error)?.error;
    if (error) notes.push(`  (${notes.length + 1}) ${name}: ${error}`);
    return [
      name + (error ? ` (${notes.length})` : ''),
      ...programs.flatMap((p) => {
        const m = byProgram.get(p);
        return m?.error ? ['error', ''] : [fmt(m?.p50), fmt(m?.p95)];
      }),
      fmt(last?.max),
      programs.map((p) => byProgram.get(p)?.runs ?? '–').join('/'),
      programs.map((p) => byProgram.get(p)?.rows ?? '–').join('/'),
      programs.map((p) => statements?.get(name)?.get(p)?.statements ?? '–').join('/'),
    ];
  });
  return [title, ...table(header, rows), ...notes];
}

async function statementsPass(url: string, plan: BenchPlan): Promise<{ results: Results; fixtures: Record<string, ProgramFixture>; boardSql: Record<string, { text: string; values: unknown[] }[]>; server: ApiServer }> {
  const server = await apiServer(url, { SQL_STATS: 'true' }, plan);
  const client = await signIn(server.ready.url);
  const fixtures = { '10k': server.fixtures.medium, '200k': server.fixtures.big };
  const results = await runOperations(client, fixtures, { warmup: 1, runs: 1, budgetMs: 0 });
  const boardSql: Record<string, { text: string; values: unknown[] }[]> = {};
  for (const [key, fx] of Object.entries(fixtures)) {
    boardSql[key] = await server.capture(() => timedRequest(client, webOperation('BoardTasks'), { ...FIRST_BOARD_PAGE, projectId: fx.projectId }));
  }
  return { results, fixtures, boardSql, server };
}

async function probeSection(client: GraphQLClient, fx: ProgramFixture, server: ServerProcess): Promise<{ lines: string[]; worst: number }> {
  const heavy: { name: string; query: string; variables: Record<string, unknown> }[] = [
    { name: 'projectTimeline, whole program', query: hasWebOperation('ProjectTimeline') ? webOperation('ProjectTimeline') : PROJECT_TIMELINE, variables: { projectId: fx.projectId } },
  ];
  // The slowest page at 200k so far (every open task of every phase): does it hold the event loop too?
  heavy.push({ name: 'web ProjectOverview', query: webOperation('ProjectOverview'), variables: { id: fx.projectId } });
  // The timeline page as the web app still loads it, if it still asks for every dependency at once.
  if (hasWebOperation('TimelineProject') && webOperation('TimelineProject').includes('taskDependencies')) {
    heavy.push({ name: 'web TimelineProject (all dependencies)', query: webOperation('TimelineProject'), variables: { id: fx.projectId } });
  }
  const rows: (string | number)[][] = [];
  let worst = 0;
  let killed = false;
  for (const h of heavy) {
    if (killed) break;
    const result: ProbeResult = await probeWhile(client, () => timedRequest(client, h.query, h.variables, 120_000), TYPENAME);
    worst = Math.max(worst, result.heavyMs);
    rows.push([h.name, result.heavyError ? `${fmt(result.heavyMs)} (${result.heavyError.slice(0, 60)})` : fmt(result.heavyMs), result.probes, fmt(result.probeP50), fmt(result.probeMax)]);
    if (result.heavyError?.startsWith('no answer')) {
      // The server is still busy with it and would stay so: end it rather than wait.
      server.kill();
      killed = true;
    }
  }
  return {
    lines: [
      '{ __typename } answered while a heavy request (the timeline, the overview) runs on the 200k program (probes sent one after another):',
      ...table(['heavy request', 'heavy ms', 'probes', 'probe p50 ms', 'probe max ms'], rows),
    ],
    worst,
  };
}

async function rawSection(api: GraphQLClient, apiProcess: ServerProcess, fixtures: Record<string, ProgramFixture>, boardSql: Record<string, { text: string; values: unknown[] }[]>, url: string): Promise<{ lines: string[]; ratio: number | undefined }> {
  const rows: (string | number)[][] = [];
  let ratio: number | undefined;
  for (const [key, fx] of Object.entries(fixtures)) {
    const variables = { ...FIRST_BOARD_PAGE, projectId: fx.projectId };
    const check = await timedRequest(api, webOperation('BoardTasks'), variables);
    if (check.error) {
      rows.push([`API (${key})`, `not measured: ${check.error}`]);
      continue;
    }
    const body = JSON.stringify({ query: webOperation('BoardTasks'), variables });
    const apiCpuBefore = await apiProcess.cpuMs();
    const apiLoad = await load({ url: api.endpoint, body, headers: { authorization: `Bearer ${api.token}` }, connections: 10, rounds: 3, roundMs: ROUND_MS });
    const apiCpu = ((await apiProcess.cpuMs()) - apiCpuBefore) / apiLoad.total;
    const file = join(tmpdir(), `bench-raw-${key}-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(boardSql[key]));
    const raw = await startServerProcess('raw-board-server.child.ts', { BENCH_RAW_STATEMENTS: file, BENCH_RAW_DATABASE: url });
    let rawLoad: LoadResult;
    let rawCpu: number;
    try {
      const rawCpuBefore = await raw.cpuMs();
      rawLoad = await load({ url: raw.ready.url, body, connections: 10, rounds: 3, roundMs: ROUND_MS });
      rawCpu = ((await raw.cpuMs()) - rawCpuBefore) / rawLoad.total;
    } finally {
      await raw.stop();
      rmSync(file, { force: true });
    }
    const r = apiLoad.requestsPerSecond / rawLoad.requestsPerSecond;
    if (key === '10k') ratio = r;
    rows.push([`API (${key})`, fmt(apiLoad.requestsPerSecond), apiLoad.rounds.map((x) => fmt(x.requestsPerSecond)).join(' / '), fmt(apiLoad.p50), fmt(apiLoad.p95), apiLoad.errors, apiLoad.responseBytes, boardSql[key].length, fmt(apiCpu), fmt(r, 2), fmt(rawCpu / apiCpu, 2)]);
    rows.push([`raw node:http + pg (${key})`, fmt(rawLoad.requestsPerSecond), rawLoad.rounds.map((x) => fmt(x.requestsPerSecond)).join(' / '), fmt(rawLoad.p50), fmt(rawLoad.p95), rawLoad.errors, rawLoad.responseBytes, boardSql[key].length, fmt(rawCpu), '1', '1']);
  }
  const sql = (boardSql['200k'] ?? []).map((st, i) => `    ${i + 1}. ${st.text.replace(/\s+/g, ' ').slice(0, 150)}`);
  return {
    lines: [
      `The board's first 50 tasks (web BoardTasks), API vs a raw node:http + pg handler replaying the API's own SQL (same text and parameters, in order, on one pooled connection); 10 keep-alive connections, 3 rounds of ${ROUND_MS / 1000} s after a 1 s warm-up, median round:`,
      ...table(['server', 'req/s', 'rounds req/s', 'p50 ms', 'p95 ms', 'errors', 'bytes/answer', 'SQL stmts', 'server CPU ms/req', 'API ÷ raw', 'CPU raw ÷ API'], rows),
      '  API ÷ raw is throughput; CPU raw ÷ API compares the server processes\' own CPU per request (not the database\'s), which other',
      '  load on the machine disturbs less. ratio api/raw below is the 10k throughput one: there the request overhead, not the database, decides.',
      '  The SQL both ran (200k):',
      ...sql,
    ],
    ratio,
  };
}

async function optional(name: string, file: string, exported: string): Promise<string[]> {
  try {
    const module = require(file) as Record<string, () => Promise<string[]>>;
    if (typeof module[exported] !== 'function') return [`${name}: ${file} has no ${exported}() yet`];
    // Bounded, so a section that hangs cannot keep the last lines from being printed.
    const limitMs = Number(process.env['BENCH_SECTION_TIMEOUT_MS'] ?? 480_000);
    const timeout = new Promise<string[]>((resolve) => setTimeout(() => resolve([`${name}: no result within ${limitMs / 1000} s`]), limitMs).unref());
    return await Promise.race([module[exported](), timeout]);
  } catch (error) {
    return [`${name}: not measured — ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`];
  }
}

/** The PostgreSQL sections: operations, raw handler, freeze probe. */
async function postgresSections(url: string): Promise<{ ratio: number | undefined; board200k: Measured | undefined }> {
  // Pass 1: statements per request (x-sql-statements), and the board page's SQL for the raw handler.
  const stats = await statementsPass(url, FULL_PLAN);
  const programs = stats.server.programs;
  say(
    `bench database ${url}: ${programs.reused ? `kept from an earlier run (seed version ${programs.version}, seeded in ${programs.seedSeconds} s); migrated forward to ${programs.migrations.length} migrations` : `seeded now in ${programs.seedSeconds} s`}`,
  );
  for (const p of [programs.medium, programs.big]) say(`  ${p.name}: ${p.tasks} tasks, ${p.dependencies} dependencies (${p.id})`);
  say(`  + ${programs.others.length} small programs; boot (migrate + seed check + fixtures) ${stats.server.ready.bootSeconds.toFixed(1)} s  [${elapsed()}]`);
  await stats.server.stop();

  // Pass 2: latency, without the statement counter.
  const server = await apiServer(url, { SQL_STATS: 'false', NODE_ENV: 'production' }, FULL_PLAN);
  const client = await signIn(server.ready.url);
  const latency = await runOperations(client, stats.fixtures, { warmup: 2, runs: RUNS, budgetMs: 15_000 });
  say();
  for (const line of operationsTable(`API on PostgreSQL, one request at a time (ms)  [${elapsed()}]`, latency, stats.results, ['10k', '200k'])) say(line);
  const at200k = [...latency.entries()].map(([name, m]) => ({ name, max: m.get('200k')?.max ?? 0 })).sort((a, b) => b.max - a.max)[0];
  say(`max request ms at 200k (operations above): ${fmt(at200k.max)} (${at200k.name})`);
  const board200k = latency.get('board: first 50 + totalCount')?.get('200k');

  let ratio: number | undefined;
  if (!SKIP.has('raw')) {
    say();
    const raw = await rawSection(client, server, stats.fixtures, stats.boardSql, url);
    for (const line of raw.lines) say(line);
    ratio = raw.ratio;
    say(`  [${elapsed()}]`);
  }
  if (!SKIP.has('probe')) {
    say();
    const probe = await probeSection(client, stats.fixtures['200k'], server);
    for (const line of probe.lines) say(line);
    say(`max request ms at 200k (including the timeline above): ${fmt(Math.max(probe.worst, at200k.max))}  [${elapsed()}]`);
  }
  await server.stop();
  return { ratio, board200k };
}

/** The same operations on the embedded default, seeded in memory (200k tasks take about 50 s). */
async function pgliteSection(): Promise<void> {
  say();
  const plan: BenchPlan = { bigTasks: Number(process.env['BENCH_PGLITE_TASKS'] ?? 200_000), mediumTasks: 10_000, otherPrograms: 10, people: 2_000 };
  const embedded = await apiServer('pglite', { SQL_STATS: 'false', NODE_ENV: 'production' }, plan);
  const seeded = embedded.programs;
  say(`PGlite (embedded default as npm start runs it, in memory): seeded ${seeded.big.tasks} + ${seeded.medium.tasks} tasks + ${plan.otherPrograms} small programs in ${seeded.seedSeconds} s`);
  const pgliteClient = await signIn(embedded.ready.url);
  const pgliteFixtures = { '10k': embedded.fixtures.medium, [`${Math.round(seeded.big.tasks / 1000)}k`]: embedded.fixtures.big };
  const pgliteLatency = await runOperations(pgliteClient, pgliteFixtures, { warmup: 1, runs: Math.min(RUNS, 10), budgetMs: 10_000 });
  for (const line of operationsTable(`API on PGlite, one request at a time (ms; statements: as in the PostgreSQL table)  [${elapsed()}]`, pgliteLatency, undefined, Object.keys(pgliteFixtures))) say(line);
  await embedded.stop();
}

/** A section that fails says so and lets the others (and the last lines) still run. */
async function guarded(name: string, section: () => Promise<void>): Promise<void> {
  try {
    await section();
  } catch (error) {
    say(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

async function main(): Promise<void> {
  const url = benchDatabaseUrl();
  const postgres = await postgresVersion(url);
  for (const line of machineNote(postgres)) say(line);
  say(`runs per operation: ${RUNS} after 2 warm-up runs (fewer once one operation has taken 15 s: at least 3, or 1 when a single request takes over 5 s); latency with SQL_STATS off and NODE_ENV=production, statements in a separate pass with SQL_STATS=true`);
  say();

  let ratio: number | undefined;
  let board200k: Measured | undefined;
  if (postgres && !SKIP.has('postgres')) {
    await guarded('PostgreSQL sections', async () => {
      ({ ratio, board200k } = await postgresSections(url));
    });
  }

  if (process.env['BENCH_PGLITE'] === '1' && !SKIP.has('pglite')) await guarded('PGlite section', pgliteSection);

  if (!SKIP.has('fairness')) {
    say();
    say(`Embedded default under 1/10/50 clients with a slow request looping beside them (embedded-fairness.ts):`);
    for (const line of await optional('embedded fairness', './embedded-fairness', 'measureEmbeddedFairness')) say(line);
    say(`  [${elapsed()}]`);
  }
  if (!SKIP.has('planning2k')) {
    say();
    for (const line of await optional('planning at 2,000 tasks', './program-2k-api', 'measurePlanningAt2000')) say(line);
    say(`  [${elapsed()}]`);
  }
  if (!SKIP.has('web')) {
    say();
    say(`Web app in Chromium at 2,000 tasks (web-figures.ts):`);
    for (const line of await optional('web figures', './web-figures', 'measureWebFigures')) say(line);
    say(`  [${elapsed()}]`);
  }

  say();
  say(`total bench time ${elapsed()}`);
  say(`ratio api/raw: ${ratio === undefined ? 'n/a' : fmt(ratio, 2)}`);
  say(`200k board p95 ms: ${board200k && !board200k.error ? fmt(board200k.p95) : 'n/a'}`);
  if (OUTPUT) writeFileSync(OUTPUT, printed.join('\n') + '\n');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
