import { seedProgram } from '../e2e/support/large-program';
import { startServer } from '../e2e/support/server';
import { measureSequential, timedRequest } from './support/measure';
import { CRITICAL_PATH, GO_LIVE_FORECAST, PROJECT_TIMELINE } from './support/operations';
import { fmt, table } from './support/report';
import { hasWebOperation, webOperation } from './support/web-documents';

/**
 * The planning queries through the API on the program web-figures.ts draws (2,000 tasks seeded
 * through the API by `seedProgram`, every other to-do task waiting for the one before), on the
 * built server and its embedded database as `npm start` runs it: the timeline the Gantt loads,
 * the go-live forecast of the overview's card and the critical path. Figures, never assertions.
 */
const TASKS = Number(process.env['WEB_BENCH_TASKS'] ?? 2000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 20);

export async function measurePlanningAt2000(): Promise<string[]> {
  const server = await startServer({ env: { SQL_STATS: 'true' } });
  try {
    const seedStarted = Date.now();
    const program = await seedProgram(server.api, TASKS);
    const client = server.api.as(program.session.token);
    const variables = { projectId: program.projectId };
    const queries = [
      { name: 'timeline: whole program', query: hasWebOperation('ProjectTimeline') ? webOperation('ProjectTimeline') : PROJECT_TIMELINE, rows: (d: any) => d.projectTimeline.tasks.length },
      { name: 'goLiveForecast (overview card)', query: GO_LIVE_FORECAST(), rows: (d: any) => d.goLiveForecast.drivers.length },
      { name: 'criticalPath', query: CRITICAL_PATH, rows: (d: any) => d.criticalPath.taskIds.length },
    ];
    const rows: (string | number)[][] = [];
    for (const q of queries) {
      const m = await measureSequential(async () => {
        const r = await timedRequest(client, q.query, variables);
        return { ...r, rows: r.error || !r.data ? undefined : q.rows(r.data) };
      }, { warmup: 2, runs: RUNS, budgetMs: 15_000 });
      rows.push(m.error ? [q.name, `error: ${m.error}`] : [q.name, fmt(m.p50), fmt(m.p95), fmt(m.max), m.runs, m.rows ?? '–', m.statements ?? '–']);
    }
    return [
      `planning queries on the web figures' ${TASKS}-task program (seeded through the API in ${Date.now() - seedStarted} ms; built server, embedded database, SQL_STATS on), one request at a time:`,
      ...table(['operation', 'p50 ms', 'p95 ms', 'max ms', 'runs', 'rows', 'SQL stmts'], rows),
    ];
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  measurePlanningAt2000()
    .then((lines) => {
      for (const line of lines) console.log(line);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
