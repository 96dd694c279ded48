import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';

import { migrations } from '@crm/migrations';
import { StatementCountingLogger } from './statement-counter';

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
    logger: new StatementCountingLogger(process.env['SQL_LOG'] === 'true' ? ['query', 'error'] : ['error']),
  };
}
