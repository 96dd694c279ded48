// `npm run db:migration:generate -- <name>`: diffs the entities against a scratch database that has
// every existing migration applied, and writes migrations/<timestamp>-<name>.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { root } from './run.mjs';

const name = process.argv[2];
if (!name) {
  console.error('Usage: npm run db:migration:generate -- <what-changed>   (e.g. added-version-to-task)');
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), 'crm-migration-'));
const env = { ...process.env, DATA_DIR: scratch, TS_NODE_PROJECT: 'apps/api/tsconfig.app.json' };
delete env.DATABASE_URL;
const tsNode = ['-P', 'apps/api/tsconfig.app.json', '-r', 'tsconfig-paths/register'];
const steps = [
  ['node_modules/.bin/ts-node', [...tsNode, 'apps/api/src/common/database/cli.ts', 'migrate']],
  [
    'node',
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'node_modules/typeorm/cli.js', 'migration:generate', `migrations/${name}`, '-d', 'apps/api/src/common/database/cli-data-source.ts'],
  ],
];
let status = 0;
for (const [command, args] of steps) {
  status = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;
  if (status !== 0) break;
}
rmSync(scratch, { recursive: true, force: true });
if (status === 0) console.log('Add the new class to migrations/index.ts, then review the SQL it contains.');
process.exit(status);
