import 'reflect-metadata';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { createApp } from '../../../apps/api/src/app.factory';
import * as embeddedDatabase from '../../../apps/api/src/common/database/embedded-postgres';
import { loadConfig } from '../../../apps/api/src/config/app-config';

import { programFixture } from './bench-fixtures';
import { BenchPlan, ensureBenchPrograms } from './bench-programs';
import { answerCpuRequests, ChildReady, ParentMessage } from './server-messages';

/**
 * The API as the bench measures it, in a process of its own so the load generator does not share
 * its event loop. Started by server-process.ts with BENCH_TARGET (a PostgreSQL URL, or "pglite"
 * for the embedded default in memory) and BENCH_PLAN; SQL_STATS and NODE_ENV come from the parent.
 * Statements can be recorded on request (IPC), so the raw handler replays exactly what the API sent.
 */
interface Recorded {
  text: string;
  values: unknown[];
}

let recording: Recorded[] | undefined;
const originalQuery = Client.prototype.query;
// Wraps the pg driver's query so `capture` sees each statement's text and parameters as sent.
Client.prototype.query = function (this: Client, ...args: unknown[]) {
  const [first, second] = args as [unknown, unknown];
  if (recording) {
    if (typeof first === 'string') recording.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      const config = first as { text: string; values?: unknown[] };
      recording.push({ text: config.text, values: config.values ?? (Array.isArray(second) ? second : []) });
    }
  }
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof Client.prototype.query;

function send(message: ChildReady | { type: 'captured'; statements: Recorded[] } | { type: 'failed'; error: string }): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const target = process.env['BENCH_TARGET'] ?? '';
  const plan = JSON.parse(process.env['BENCH_PLAN'] ?? '{}') as BenchPlan;
  const embedded = target === 'pglite' ? await embeddedDatabase.startEmbeddedPostgres(undefined) : undefined;
  // The pool `npm start` gives the embedded database (1 before the database got its own thread).
  const embeddedPool = (embeddedDatabase as { EMBEDDED_POOL_SIZE?: number }).EMBEDDED_POOL_SIZE ?? 1;
  const config = { ...loadConfig({ JWT_SECRET: 'benchmark-secret-benchmark-secret-000' }), seedDemo: false, webRoot: undefined, signInAttemptsPerMinute: 1_000 };
  const seedStarted = Date.now();
  const app = await createApp(config, embedded ? embedded.url : target, { logger: ['error'], poolSize: embedded ? embeddedPool : 10 });
  const programs = await ensureBenchPrograms(app, plan, { log: (line) => console.log(line) });
  const db = app.get(DataSource);
  const fixtures = { big: await programFixture(db, programs.big.id), medium: await programFixture(db, programs.medium.id) };
  const bootSeconds = (Date.now() - seedStarted) / 1000;
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1').replace('localhost', '127.0.0.1');
  send({ type: 'ready', url, programs, fixtures, bootSeconds });

  answerCpuRequests();
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'capture-start') recording = [];
    if (message.type === 'capture-stop') {
      send({ type: 'captured', statements: recording ?? [] });
      recording = undefined;
    }
    if (message.type === 'stop') {
      void (async () => {
        await app.close();
        await embedded?.stop();
        process.exit(0);
      })();
    }
  });
}

main().catch((error: unknown) => {
  send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  console.error(error);
  process.exit(1);
});
