import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';

import { migrations } from '@crm/migrations';
import { UserEntity } from '../../auth/user.entity';
import { StatementCountingLogger } from './statement-counter';
import { ProjectMemberEntity } from '../../projects/project-member.entity';
import { ProjectEntity } from '../../projects/project.entity';

// DATE columns are calendar days; as JS Dates they would shift with the server's time zone.
types.setTypeParser(types.builtins.DATE, (value) => value);

export const entities = [UserEntity, ProjectEntity, ProjectMemberEntity];

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
