import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs PostgreSQL compiled to WASM inside this process and serves it on a loopback port, so the
 * ordinary `pg` driver and TypeORM talk to it exactly as to a server. Every socket connection
 * shares one backend session: the code must never rely on session state (SET, temp tables,
 * session advisory locks), which also keeps it right behind PgBouncer in production.
 *
 * @param dataDir a folder that keeps the data across restarts, or undefined for memory only.
 */
export async function startEmbeddedPostgres(dataDir: string | undefined, maxConnections = 20): Promise<EmbeddedPostgres> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  // Port 0 lets the OS choose; after start the server reports the host:port it listens on.
  return {
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
