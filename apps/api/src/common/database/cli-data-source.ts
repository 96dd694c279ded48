import 'reflect-metadata';

import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { loadConfig } from '../../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * The database the TypeORM CLI works on: DATABASE_URL when set, else the embedded one in DATA_DIR.
 * Exported as a promise, which the CLI's `-d` option accepts.
 */
async function cliDataSource(): Promise<DataSource> {
  const config = loadConfig();
  let url = config.databaseUrl;
  if (!url) {
    const embedded = await startEmbeddedPostgres(join(config.dataDir, 'pgdata'));
    url = embedded.url;
    // Let the CLI exit once it has written its migration instead of waiting on the socket.
    process.once('beforeExit', () => void embedded.stop());
  }
  return new DataSource(dataSourceOptions(url, 1));
}

export default cliDataSource();
