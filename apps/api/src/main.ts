import './register-paths';
import 'reflect-metadata';

import { join } from 'node:path';

import { Logger } from '@nestjs/common';

import { createApp } from './app.factory';
import { keepEmbeddedDatabaseTidy } from './common/database/embedded-maintenance';
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from './common/database/embedded-postgres';
import { ConfigError, loadConfig } from './config/app-config';
import { DEMO_SIGN_IN } from './seed/demo-seed';

async function bootstrap(): Promise<void> {
  const logger = new Logger('Bootstrap');
  const config = loadConfig();
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(join(config.dataDir, 'pgdata'));
  if (embedded) logger.log(`Embedded PostgreSQL (PGlite) keeps its data in ${join(config.dataDir, 'pgdata')}`);
  const app = await createApp(config, config.databaseUrl ?? embedded!.url, { poolSize: embedded ? EMBEDDED_POOL_SIZE : 10, shutdownHooks: !embedded });
  if (embedded) {
    const stopTidying = keepEmbeddedDatabaseTidy(embedded.url);
    // The app closes first (no request still needs the database), then the database, then the process.
    const shutdown = async () => {
      stopTidying();
      await app.close();
      await embedded.stop();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  }
  // Fastify listens on localhost only unless told otherwise; the server (and its container) answers on every interface.
  await app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}`;
  logger.log(`CRM Rollout Tracker is ready at ${url} (GraphQL at ${url}/graphql)`);
  if (!config.webRoot) logger.warn('The web app is not built; run `npm run build` to serve it from this port.');
  if (config.seedDemo) logger.log(`Demo sign-in: ${DEMO_SIGN_IN.email} / ${DEMO_SIGN_IN.password}`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
