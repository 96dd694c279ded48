import 'reflect-metadata';

import { createApp } from '../../apps/api/src/app.factory';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { BENCH_USER, ensureBenchPrograms, FULL_PLAN } from './support/bench-programs';
import { benchDatabaseUrl, ensureDatabaseExists } from './support/bench-database';

/**
 * `npm run bench -- --seed [--force]`: migrates the bench database and seeds the 200k, 10k and 50
 * small programs into it (or keeps an earlier seeding of the same version), then prints their ids.
 */
async function main(): Promise<void> {
  const url = benchDatabaseUrl();
  await ensureDatabaseExists(url);
  const config = { ...loadConfig({ JWT_SECRET: 'benchmark-secret-benchmark-secret-000' }), seedDemo: false, webRoot: undefined };
  const app = await createApp(config, url, { logger: ['error'], poolSize: 4 });
  try {
    const programs = await ensureBenchPrograms(app, FULL_PLAN, { force: process.argv.includes('--force'), log: (line) => console.log(line) });
    console.log(`${programs.reused ? 'Kept' : 'Seeded'} ${url} (seeding took ${programs.seedSeconds} s)`);
    for (const p of [programs.big, programs.medium]) console.log(`  ${p.name}: ${p.id} — ${p.tasks} tasks, ${p.dependencies} dependencies`);
    console.log(`  ${programs.others.length} other programs; sign in as ${BENCH_USER.email} / ${BENCH_USER.password}`);
    console.log(`  migrations applied: ${programs.migrations.length}, last ${programs.migrations[programs.migrations.length - 1]}`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
