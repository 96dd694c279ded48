import { Logger } from '@nestjs/common';
import { Client } from 'pg';

/** How often the embedded database is vacuumed and its statistics renewed while the server runs. */
export const TIDY_EVERY_MS = 24 * 60 * 60 * 1000;

/**
 * PGlite runs PostgreSQL in single-user mode, where no autovacuum worker ever starts: without this
 * the planner never learns how large the tables have grown (a 10,000-task program planned as if
 * it were empty), dead rows from every update stay in the tables, and counts cannot be answered
 * from an index alone (the visibility map is only kept by VACUUM). A PostgreSQL server does this
 * itself. Runs on a connection of its own, outside the app's pool.
 */
export async function tidyEmbeddedDatabase(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('VACUUM (ANALYZE)');
  } finally {
    await client.end();
  }
}

/** Tidies once now and then every `everyMs`; a failure is logged and tried again next time. Returns a stop function. */
export function keepEmbeddedDatabaseTidy(url: string, everyMs = TIDY_EVERY_MS): () => void {
  const logger = new Logger('EmbeddedDatabase');
  const tidy = () => tidyEmbeddedDatabase(url).catch((error: unknown) => logger.warn(`Vacuum and analyze failed; trying again later: ${String(error)}`));
  void tidy();
  const timer = setInterval(tidy, everyMs);
  // The schedule alone must not keep the process alive.
  timer.unref();
  return () => clearInterval(timer);
}
