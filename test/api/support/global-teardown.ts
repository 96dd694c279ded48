import { rmSync } from 'node:fs';
import { dirname } from 'node:path';

import { SNAPSHOT_FILE_ENV, TEMPLATE_DATABASE_ENV, withAdminClient } from './test-database';

/** Removes what ./global-setup.ts made: the snapshot file, or the template database. */
export default async function globalTeardown(): Promise<void> {
  const snapshot = process.env[SNAPSHOT_FILE_ENV];
  if (snapshot) rmSync(dirname(snapshot), { recursive: true, force: true });
  const template = process.env[TEMPLATE_DATABASE_ENV];
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (template && serverUrl) await withAdminClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
}
