// `npm run bench`: the performance bench (not part of `npm test`), everything side by side in one
// run; see test/bench/bench.ts. `npm run bench -- --seed [--force]` only migrates and seeds the
// bench database (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/bench200k);
// `npm run bench -- --explain [--plans FILE]` EXPLAIN ANALYZEs every statement of the 200k operations.
import { ensureInstall } from './ensure-install.mjs';
import { run } from './run.mjs';

ensureInstall();
const args = process.argv.slice(2);
const entry = args.includes('--seed') ? 'test/bench/seed-bench-db.ts' : args.includes('--explain') ? 'test/bench/explain-operations.ts' : 'test/bench/bench.ts';
const { code } = await run('node', ['--expose-gc', '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', entry, ...args], {
  env: { ...process.env, TS_NODE_PROJECT: 'test/tsconfig.json', NODE_NO_WARNINGS: '1' },
});
process.exit(code);
