import { types } from 'pg';
import { AdvancedConsoleLogger, DataSource, DataSourceOptions } from 'typeorm';
import { MigrationExecutor } from 'typeorm/migration/MigrationExecutor';

import { migrations } from '@crm/migrations';
import { AfterCommitSubscriber } from './after-commit';
import { sqlStatsEnabled, StatementCountingLogger } from './statement-counter';

// DATE columns are calendar days; as JS Dates they would shift with the server's time zone.
types.setTypeParser(types.builtins.DATE, (value) => value);

// Every table is read and written through its area's repository in SQL; TypeORM only connects and migrates.
export const entities = [];

/**
 * @param statementTimeoutMs PostgreSQL's statement_timeout on every pooled connection: a statement
 *   running longer is cancelled (SQLSTATE 57014, answered TIMEOUT). 0 or absent: no limit. The
 *   embedded PGlite accepts the setting but never cancels (no timers inside its WebAssembly).
 */
export function dataSourceOptions(url: string, poolSize = 10, statementTimeoutMs = 0): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    subscribers: [AfterCommitSubscriber],
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize, ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}) },
    logger: queryLogger(),
  };
}

/** Counting statements needs a lookup in the request's async context per query: only with SQL_STATS. */
function queryLogger(): AdvancedConsoleLogger {
  const levels: ('query' | 'error')[] = process.env['SQL_LOG'] === 'true' ? ['query', 'error'] : ['error'];
  return sqlStatsEnabled() ? new StatementCountingLogger(levels) : new AdvancedConsoleLogger(levels);
}

/**
 * Runs pending migrations on one connection with the statement timeout lifted: building an index
 * on a large table may rightly take longer than any request should.
 */
export async function runMigrations(db: DataSource): Promise<void> {
  const runner = db.createQueryRunner();
  try {
    await runner.query('SET statement_timeout = 0');
    const executor = new MigrationExecutor(db, runner);
    executor.transaction = 'each';
    await executor.executePendingMigrations();
  } finally {
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}
