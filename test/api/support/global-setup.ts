import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { register } from 'tsconfig-paths';

import { databaseUrl, SNAPSHOT_FILE_ENV, TEMPLATE_DATABASE_ENV, withAdminClient } from './test-database';

/**
 * Jest global setup: migrates ONE database from the migrations as they are now (never a committed
 * snapshot), and tells every suite where to copy it from. Suites then start in a fraction of the
 * time the migrations take, and a loaded machine no longer runs their boot hooks into timeouts.
 * - embedded (default): a migrated PGlite data directory dumped to a file in a temp folder;
 * - TEST_DATABASE_URL: a migrated template database on that server, dropped by the teardown.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (serverUrl) {
    const template = `crm_test_template_${randomBytes(6).toString('hex')}`;
    await withAdminClient(serverUrl, (admin) => admin.query(`CREATE DATABASE ${template}`));
    try {
      await migrate(databaseUrl(serverUrl, template), 10);
    } catch (error) {
      await withAdminClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
      throw error;
    }
    process.env[TEMPLATE_DATABASE_ENV] = template;
  } else {
    const db = await PGlite.create();
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
    await server.start();
    try {
      await migrate(`postgresql://postgres:postgres@${server.getServerConn()}/postgres`, 1);
    } finally {
      await server.stop();
    }
    const dump = await db.dumpDataDir('none');
    await db.close();
    const file = join(mkdtempSync(join(tmpdir(), 'crm-test-snapshot-')), 'migrated.tar');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    process.env[SNAPSHOT_FILE_ENV] = file;
  }
  if (process.env['CI'] || process.env['TEST_SNAPSHOT_LOG']) console.log(`\nMigrated the test database snapshot in ${Date.now() - started} ms.`);
}

/** Runs the migrations with the app's own data source options (same table, same order). */
async function migrate(url: string, poolSize: number): Promise<void> {
  // Jest's module mapper does not apply to global setup; the app's imports need the path aliases.
  const root = join(__dirname, '..', '..', '..');
  const paths = (await import(join(root, 'tsconfig.base.json'))).compilerOptions.paths as Record<string, string[]>;
  const unregister = register({ baseUrl: root, paths });
  try {
    const { DataSource } = await import('typeorm');
    const { dataSourceOptions } = await import('../../../apps/api/src/common/database/data-source-options');
    const dataSource = new DataSource(dataSourceOptions(url, poolSize));
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
  } finally {
    unregister();
  }
}
