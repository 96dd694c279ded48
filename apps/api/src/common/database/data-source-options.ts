import { types } from 'pg';
import { AdvancedConsoleLogger, DataSourceOptions } from 'typeorm';

import { migrations } from '@crm/migrations';
import { sqlStatsEnabled, StatementCountingLogger } from './statement-counter';

// DATE columns are calendar days; as JS Dates they would shift with the server's time zone.
types.setTypeParser(types.builtins.DATE, (value) => value);

// Every table is read and written through its area's repository in SQL; TypeORM only connects and migrates.
export const entities = [];

export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize },
    logger: queryLogger(),
  };
}

/** Counting statements needs a lookup in the request's async context per query: only with SQL_STATS. */
function queryLogger(): AdvancedConsoleLogger {
  const levels: ('query' | 'error')[] = process.env['SQL_LOG'] === 'true' ? ['query', 'error'] : ['error'];
  return sqlStatsEnabled() ? new StatementCountingLogger(levels) : new AdvancedConsoleLogger(levels);
}
