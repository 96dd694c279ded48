import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { startEmbeddedPostgres } from '../../../apps/api/src/common/database/embedded-postgres';

export interface TestDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Set by the jest global setup (./global-setup.ts), which migrates once per run: the file of a
 * migrated PGlite data directory, or the name of a migrated template database on the
 * TEST_DATABASE_URL server. Without them (the benchmark, a script) a database starts empty and
 * the app migrates it on boot, as before.
 */
export const SNAPSHOT_FILE_ENV = 'CRM_TEST_PGLITE_SNAPSHOT';
export const TEMPLATE_DATABASE_ENV = 'CRM_TEST_TEMPLATE_DATABASE';

/** The connections one embedded database accepts; the app's pool uses one, tests may open more. */
const EMBEDDED_MAX_CONNECTIONS = 20;

/**
 * One database per suite, so no suite sees another's rows. With TEST_DATABASE_URL a throwaway
 * database is created on that server (a copy of the migrated template) and dropped afterwards;
 * otherwise an in-memory PGlite loaded from the migrated snapshot.
 *
 * @param dataDir keep an embedded database in this folder (no snapshot: it migrates on boot).
 */
export async function startTestDatabase(dataDir?: string): Promise<TestDatabase> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (serverUrl) return createServerDatabase(serverUrl, process.env[TEMPLATE_DATABASE_ENV]);
  const snapshot = process.env[SNAPSHOT_FILE_ENV];
  // The snapshot is loaded in the database's own thread, as `npm start` runs it.
  return startEmbeddedPostgres(dataDir, { maxConnections: EMBEDDED_MAX_CONNECTIONS, snapshotFile: dataDir ? undefined : snapshot });
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdminClient<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** PostgreSQL refuses to copy a template while anyone else is connected to it (55006); that passes. */
const OBJECT_IN_USE = '55006';

async function createServerDatabase(serverUrl: string, template: string | undefined): Promise<TestDatabase> {
  const name = `crm_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, async (admin) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  return {
    url: databaseUrl(serverUrl, name),
    stop: () => withAdminClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
