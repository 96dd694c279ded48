import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface EmbeddedPostgres {
  url: string;
  /** The folder holding the Unix socket (`.s.PGSQL.5432`); owner-only. */
  socketDir: string;
  /** The thread the database's queries run on (the main thread's is 0). */
  threadId: number;
  stop(): Promise<void>;
}

/** Owner-only: read, write and enter for the user running the app, nothing for anyone else. */
export const OWNER_ONLY_FOLDER = 0o700;

/** The port number only names the socket file (`.s.PGSQL.<port>`); nothing listens on TCP. */
const SOCKET_PORT = 5432;

/**
 * Connections the app's pool opens to the embedded database. PGlite is one backend session, so
 * they do not add database throughput; they let the next statements wait in the database's
 * thread, which then picks the shortest first (embedded-socket-server.js) and never sits idle
 * while the API's thread is busy. Safe only with that server: it keeps each connection's
 * messages up to Sync together, where pglite-socket's own server interleaved them.
 */
export const EMBEDDED_POOL_SIZE = 8;

/** Unix socket paths longer than this (108 bytes on Linux, 104 on macOS) cannot be bound. */
const MAX_SOCKET_PATH = 100;

export interface EmbeddedPostgresOptions {
  /** Connections the socket accepts (the app's pool uses EMBEDDED_POOL_SIZE; tests may open more). */
  maxConnections?: number;
  /** Start from a copy of this dumped data directory (PGlite `dumpDataDir`), in memory only. */
  snapshotFile?: string;
}

/**
 * Runs PostgreSQL compiled to WASM in a worker thread of this process and serves it on a Unix
 * socket in an owner-only folder, so the ordinary `pg` driver and TypeORM talk to it exactly as
 * to a server. The thread matters: a query runs synchronously inside WASM, and on the main thread
 * one long statement (an export, a big board) held every other request's JavaScript until it
 * finished; now the API's event loop keeps answering while the database works on another core.
 * No TCP port is opened: PGlite accepts any user name and password as superuser, so a loopback
 * port would let every local process read the data. Every socket connection shares one backend
 * session: the code must never rely on session state (SET, temp tables, session advisory locks),
 * which also keeps it right behind PgBouncer in production.
 *
 * @param dataDir a folder that keeps the data across restarts (its parent is the app's data
 *   folder, which then also holds the socket), or undefined for memory only.
 */
export async function startEmbeddedPostgres(dataDir: string | undefined, options: EmbeddedPostgresOptions | number = {}): Promise<EmbeddedPostgres> {
  const { maxConnections = 20, snapshotFile } = typeof options === 'number' ? { maxConnections: options } : options;
  if (dataDir) {
    ownerOnlyFolder(dirname(dataDir));
    ownerOnlyFolder(dataDir);
  }
  const { dir, temporary } = socketFolder(dataDir ? join(dirname(dataDir), 'pg-socket') : undefined);
  const socket = join(dir, `.s.PGSQL.${SOCKET_PORT}`);
  let thread: EmbeddedThread;
  try {
    thread = await startThread({ dataDir, snapshotFile, socket, maxConnections });
  } catch (error) {
    rmSync(temporary ? dir : socket, { recursive: true, force: true });
    throw error;
  }
  return {
    url: socketUrl(dir),
    socketDir: dir,
    threadId: thread.threadId,
    async stop() {
      await thread.stop();
      rmSync(temporary ? dir : socket, { recursive: true, force: true });
    },
  };
}

/** What embedded-postgres.worker.js is given and answers (its JSDoc types say the same). */
interface EmbeddedWorkerData {
  dataDir?: string;
  snapshotFile?: string;
  socket: string;
  maxConnections: number;
}
type EmbeddedWorkerReply = { type: 'ready'; threadId: number } | { type: 'failed'; message: string; stack?: string } | { type: 'stopped' };

interface EmbeddedThread {
  threadId: number;
  stop(): Promise<void>;
}

/**
 * The worker is plain JavaScript next to this file, so it loads the same way from the build
 * (dist, where tsc copies it) and from the TypeScript sources under ts-node or jest.
 */
const WORKER_FILE = join(__dirname, 'embedded-postgres.worker.js');

async function startThread(data: EmbeddedWorkerData): Promise<EmbeddedThread> {
  const worker = new Worker(WORKER_FILE, { workerData: data });
  const started = await nextReply(worker);
  if (started.type !== 'ready') {
    await worker.terminate();
    throw Object.assign(new Error(started.type === 'failed' ? started.message : 'The embedded database thread did not start.'), {
      stack: started.type === 'failed' ? started.stack : undefined,
    });
  }
  // Past start-up an error ends the thread: connections then fail (the API answers 503) rather
  // than the unhandled event ending the whole process.
  worker.on('error', (error) => console.error('The embedded database thread failed:', error));
  let stopping: Promise<void> | undefined;
  return {
    threadId: started.threadId,
    stop: () =>
      (stopping ??= (async () => {
        const stopped = nextReply(worker);
        worker.postMessage('stop');
        const answer = await stopped;
        // The database is closed, its files flushed, once the thread says so; only then end it.
        await worker.terminate();
        if (answer.type === 'failed') throw new Error(answer.message);
      })()),
  };
}

/** The worker's next answer; an error or exit before it rejects. */
function nextReply(worker: Worker): Promise<EmbeddedWorkerReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: EmbeddedWorkerReply) => settle(() => resolve(reply));
    const onError = (error: Error) => settle(() => reject(error));
    const onExit = (code: number) => settle(() => reject(new Error(`The embedded database thread ended (exit code ${code}).`)));
    const settle = (then: () => void) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      then();
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}

function socketFolder(wanted: string | undefined): { dir: string; temporary: boolean } {
  const dir = wanted && join(wanted, `.s.PGSQL.${SOCKET_PORT}`).length <= MAX_SOCKET_PATH ? wanted : undefined;
  if (dir) {
    ownerOnlyFolder(dir);
    return { dir, temporary: false };
  }
  const temporary = mkdtempSync(join(tmpdir(), 'crm-pg-'));
  chmodSync(temporary, OWNER_ONLY_FOLDER);
  return { dir: temporary, temporary: true };
}

function socketUrl(dir: string): string {
  return `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(dir)}&port=${SOCKET_PORT}`;
}

function ownerOnlyFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: OWNER_ONLY_FOLDER });
  // mkdir leaves an existing folder's mode alone, so an older, wider data folder is narrowed here.
  chmodSync(path, OWNER_ONLY_FOLDER);
}
