import { Client } from 'pg';

export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/bench200k';

/** The PostgreSQL database the bench keeps its seeded programs in (BENCH_DATABASE_URL). */
export function benchDatabaseUrl(): string {
  return process.env['BENCH_DATABASE_URL'] || DEFAULT_BENCH_DATABASE_URL;
}

/** Creates the bench database on its server when it is missing; the app then migrates it. */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^bench/i.test(name)) throw new Error(`The bench wipes and reseeds its database; give it one whose name starts with "bench" (got "${name}").`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
