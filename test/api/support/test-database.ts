import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { startEmbeddedPostgres } from '../../../apps/api/src/common/database/embedded-postgres';

export interface TestDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * One database per suite, so no suite sees another's rows. With TEST_DATABASE_URL a throwaway
 * database is created on that server and dropped afterwards; otherwise an in-memory PGlite.
 */
export async function startTestDatabase(dataDir?: string): Promise<TestDatabase> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) return startEmbeddedPostgres(dataDir, 20);
  const name = `crm_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop() {
      const dropper = new Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
