import { writeFileSync } from 'node:fs';

import { Client } from 'pg';

import { GraphQLClient } from '../support/graphql-client';
import { BENCH_USER, FULL_PLAN } from './support/bench-programs';
import { benchDatabaseUrl, ensureDatabaseExists } from './support/bench-database';
import { operations } from './support/operations';
import { fmt, table } from './support/report';
import { startServerProcess } from './support/server-process';

/**
 * `npm run bench -- --explain [--plans FILE]`: every statement the API sends for each read-only
 * operation of the bench on the 200k program, recorded as sent (text and parameters), then run
 * again under EXPLAIN (ANALYZE, BUFFERS) on the bench database: execution time, rows and the plan's
 * top node per statement, so a slow request can be traced to its statement and plan. With --plans,
 * the full text plans go to FILE.
 */
const READ_ONLY = (name: string) => !/^(updateTask|deleteTask)/.test(name);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Total Time'?: number;
  Plans?: PlanNode[];
}

/** The plan's most telling node: the scan of a table that took longest (a small table's seq scan says little). */
function telling(node: PlanNode): string {
  const scans: PlanNode[] = [];
  const walk = (n: PlanNode) => {
    if (n['Relation Name']) scans.push(n);
    n.Plans?.forEach(walk);
  };
  walk(node);
  const pick = scans.sort((a, b) => (b['Actual Total Time'] ?? 0) - (a['Actual Total Time'] ?? 0))[0] ?? node;
  return `${pick['Node Type']}${pick['Index Name'] ? ` ${pick['Index Name']}` : pick['Relation Name'] ? ` ${pick['Relation Name']}` : ''}`;
}

async function main(): Promise<void> {
  const url = benchDatabaseUrl();
  await ensureDatabaseExists(url);
  const plansFile = process.argv.includes('--plans') ? process.argv[process.argv.indexOf('--plans') + 1] : undefined;
  const server = await startServerProcess('api-server.child.ts', { BENCH_TARGET: url, BENCH_PLAN: JSON.stringify(FULL_PLAN), SQL_STATS: 'false' });
  const db = new Client({ connectionString: url });
  await db.connect();
  const plans: string[] = [];
  try {
    const fx = server.ready.fixtures?.big;
    if (!fx) throw new Error('The API server child did not report its programs');
    const anonymous = new GraphQLClient(server.ready.url);
    const { signIn } = await anonymous.ok('mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { email: BENCH_USER.email, password: BENCH_USER.password } });
    const client = anonymous.as(signIn.token);
    const rows: (string | number)[][] = [];
    for (const op of operations().filter((o) => READ_ONLY(o.name))) {
      await op.run(client, fx);
      const statements = await server.capture(() => op.run(client, fx));
      for (const [i, s] of statements.entries()) {
        if (!/^\s*(SELECT|WITH)/i.test(s.text)) continue;
        const [{ 'QUERY PLAN': [plan] }] = (await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.text}`, s.values)).rows;
        rows.push([i === 0 ? op.name : '', i + 1, fmt(plan['Execution Time']), plan.Plan['Actual Rows'] ?? '', telling(plan.Plan), s.text.replace(/\s+/g, ' ').slice(0, 90)]);
        if (plansFile) {
          const text = (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values)).rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
          plans.push(`### ${op.name} — statement ${i + 1}\n${s.text}\n-- parameters: ${JSON.stringify(s.values).slice(0, 500)}\n${text}\n`);
        }
      }
    }
    console.log(`EXPLAIN ANALYZE of every statement the API sends, 200k program (${fx.projectId}):`);
    for (const line of table(['operation', '#', 'exec ms', 'rows', 'telling node', 'SQL'], rows)) console.log(line);
    if (plansFile) {
      writeFileSync(plansFile, plans.join('\n'));
      console.log(`full plans: ${plansFile}`);
    }
  } finally {
    await db.end();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
