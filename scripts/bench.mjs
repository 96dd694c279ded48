// `npm run bench`: the planning benchmark (not part of `npm test`). Set TEST_DATABASE_URL to
// measure against a PostgreSQL server instead of the embedded database.
import { ensureInstall } from './ensure-install.mjs';
import { run } from './run.mjs';

ensureInstall();
const { code } = await run('node', ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'test/bench/program-scale.bench.ts'], {
  env: { ...process.env, TS_NODE_PROJECT: 'test/tsconfig.json', NODE_NO_WARNINGS: '1' },
});
process.exit(code);
