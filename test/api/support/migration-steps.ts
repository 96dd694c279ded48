import { randomBytes } from 'node:crypto';

import { DataSource } from 'typeorm';

import { migrations } from '@crm/migrations';

import { dataSourceOptions, runMigrations } from '../../../apps/api/src/common/database/data-source-options';
import { startEmbeddedPostgres } from '../../../apps/api/src/common/database/embedded-postgres';
import { databaseUrl, TestDatabase, withAdminClient } from './test-database';

/**
 * For suites that prove one migration on data written the old way: an empty database (the
 * suites' shared snapshot is already migrated past every step), on PGlite or, with
 * TEST_DATABASE_URL, a throwaway database on the PostgreSQL server.
 */
export async function emptyDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) return startEmbeddedPostgres(undefined, { maxConnections: 4 });
  const name = `crm_test_migration_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  return {
    url: databaseUrl(serverUrl, name),
    stop: () => withAdminClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Runs the migrations up to (not including) index `end`, on a connection of its own. */
export async function migrateUpTo(url: string, end: number): Promise<void> {
  const db = new DataSource({ ...dataSourceOptions(url, 1), migrations: migrations.slice(0, end) });
  await db.initialize();
  try {
    await runMigrations(db);
  } finally {
    await db.destroy();
  }
}
