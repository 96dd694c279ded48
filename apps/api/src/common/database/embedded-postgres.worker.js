// @ts-check
// The embedded database's thread (see embedded-postgres.ts). Plain CommonJS rather than
// TypeScript: the same file then runs from the build (tsc copies it with allowJs), under ts-node
// and under jest, none of which would otherwise load TypeScript in a worker thread. It needs no
// app code, only the compiled pglite packages.
'use strict';

const { chmodSync, readFileSync, rmSync } = require('node:fs');
const { parentPort, threadId, workerData } = require('node:worker_threads');

const { PGlite } = require('@electric-sql/pglite');

const { startSocketServer } = require('./embedded-socket-server');

/**
 * @typedef {{ dataDir?: string, snapshotFile?: string, socket: string, maxConnections: number }} EmbeddedWorkerData
 * @typedef {{ type: 'ready', threadId: number } | { type: 'failed', message: string, stack?: string } | { type: 'stopped' }} EmbeddedWorkerReply
 */

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const options = /** @type {EmbeddedWorkerData} */ (workerData);

/** @param {EmbeddedWorkerReply} reply */
const reply = (reply) => port.postMessage(reply);

async function start() {
  const db = await PGlite.create(
    options.snapshotFile ? { loadDataDir: new Blob([readFileSync(options.snapshotFile)]) } : options.dataDir ? { dataDir: options.dataDir } : {},
  );
  /** @type {{ stop(): Promise<void> } | undefined} */
  let server;
  try {
    // A socket file left by a process that did not shut down cleanly would make listen() fail.
    rmSync(options.socket, { force: true });
    server = await startSocketServer(db, { path: options.socket, maxConnections: options.maxConnections });
    chmodSync(options.socket, 0o600);
  } catch (error) {
    await server?.stop();
    await db.close();
    throw error;
  }
  const running = server;
  port.on('message', (message) => {
    if (message !== 'stop') return;
    (async () => {
      await running.stop();
      await db.close();
      // The main thread ends this thread once it reads this.
      reply({ type: 'stopped' });
    })().catch(failed);
  });
  reply({ type: 'ready', threadId });
}

/** @param {unknown} error */
function failed(error) {
  const err = error instanceof Error ? error : new Error(String(error));
  reply({ type: 'failed', message: err.message, stack: err.stack });
}

start().catch(failed);
