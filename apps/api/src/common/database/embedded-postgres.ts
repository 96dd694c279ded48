import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  /** The folder holding the Unix socket (`.s.PGSQL.5432`); owner-only. */
  socketDir: string;
  stop(): Promise<void>;
}

/** Owner-only: read, write and enter for the user running the app, nothing for anyone else. */
export const OWNER_ONLY_FOLDER = 0o700;

/** The port number only names the socket file (`.s.PGSQL.<port>`); nothing listens on TCP. */
const SOCKET_PORT = 5432;

/** Unix socket paths longer than this (108 bytes on Linux, 104 on macOS) cannot be bound. */
const MAX_SOCKET_PATH = 100;

/**
 * Runs PostgreSQL compiled to WASM inside this process and serves it on a Unix socket in an
 * owner-only folder, so the ordinary `pg` driver and TypeORM talk to it exactly as to a server.
 * No TCP port is opened: PGlite accepts any user name and password as superuser, so a loopback
 * port would let every local process read the data. Every socket connection shares one backend
 * session: the code must never rely on session state (SET, temp tables, session advisory locks),
 * which also keeps it right behind PgBouncer in production.
 *
 * @param dataDir a folder that keeps the data across restarts (its parent is the app's data
 *   folder, which then also holds the socket), or undefined for memory only.
 */
export async function startEmbeddedPostgres(dataDir: string | undefined, maxConnections = 20): Promise<EmbeddedPostgres> {
  if (dataDir) {
    ownerOnlyFolder(dirname(dataDir));
    ownerOnlyFolder(dataDir);
  }
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  try {
    return await serveOnUnixSocket(db, maxConnections, dataDir ? join(dirname(dataDir), 'pg-socket') : undefined);
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * Serves an open PGlite on a Unix socket in `socketDir` (created owner-only), or in a fresh
 * owner-only temporary folder when none is given or its path is too long for a socket.
 * Stopping closes the server and the database and removes a temporary folder.
 */
export async function serveOnUnixSocket(db: PGlite, maxConnections: number, socketDir?: string): Promise<EmbeddedPostgres> {
  let dir = socketDir && join(socketDir, `.s.PGSQL.${SOCKET_PORT}`).length <= MAX_SOCKET_PATH ? socketDir : undefined;
  const temporary = !dir;
  if (dir) ownerOnlyFolder(dir);
  else dir = mkdtempSync(join(tmpdir(), 'crm-pg-'));
  chmodSync(dir, OWNER_ONLY_FOLDER);
  const socket = join(dir, `.s.PGSQL.${SOCKET_PORT}`);
  // A socket file left by a process that did not shut down cleanly would make listen() fail.
  rmSync(socket, { force: true });
  const server = new PGLiteSocketServer({ db, path: socket, maxConnections });
  await server.start();
  chmodSync(socket, 0o600);
  const socketFolder = dir;
  return {
    url: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketFolder)}&port=${SOCKET_PORT}`,
    socketDir: socketFolder,
    async stop() {
      await server.stop();
      await db.close();
      rmSync(temporary ? socketFolder : socket, { recursive: true, force: true });
    },
  };
}

function ownerOnlyFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: OWNER_ONLY_FOLDER });
  // mkdir leaves an existing folder's mode alone, so an older, wider data folder is narrowed here.
  chmodSync(path, OWNER_ONLY_FOLDER);
}
