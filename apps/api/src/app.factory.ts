import { INestApplication, LogLevel } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

import { AppModule } from './app.module';
import { runMigrations } from './common/database/data-source-options';
import { countStatementsPerRequest, sqlStatsEnabled } from './common/database/statement-counter';
import { DatabaseOutageFilter } from './common/errors/database-outage.filter';
import { createValidationPipe } from './common/errors/validation';
import { compressResponses } from './common/http/compression';
import { AppFastifyAdapter } from './common/http/request-errors';
import { addSecurityHeaders } from './common/http/security-headers';
import { serveWebApp } from './common/http/web-app';
import { AppConfig } from './config/app-config';
import { seedDemoProgram } from './seed/demo-seed';

export interface CreateAppOptions {
  logger?: LogLevel[] | false;
  /** Connections in the pool: 10 on a server, `EMBEDDED_POOL_SIZE` on the embedded database. */
  poolSize?: number;
  /**
   * Nest's own SIGINT/SIGTERM handling (default on). Off where the caller must do more after the
   * app has closed: Nest re-sends the signal once it has closed, which would end the process
   * before the embedded database has shut down.
   */
  shutdownHooks?: boolean;
}

const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Builds the application the same way for the server, the tests and the benchmark. Fastify, not
 * Express: on the same SQL it serves GraphQL at about twice Express's rate (DEVELOPMENT.md).
 */
export async function createApp(config: AppConfig, databaseUrl: string, options: CreateAppOptions = {}): Promise<INestApplication> {
  const adapter = new AppFastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, trustProxy: config.trustProxy });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl, options.poolSize ?? 10),
    adapter,
    // Fastify's own JSON parser (with the body limit above); Nest's would parse every body twice over.
    { bodyParser: false, logger: options.logger ?? ['log', 'warn', 'error'] },
  );
  const fastify = adapter.getInstance();
  // Hooks first: they apply to the routes registered after them (static files, Nest, GraphQL).
  addSecurityHeaders(fastify);
  // Async-context tracking costs every request (promise hooks): only when the count is reported.
  if (sqlStatsEnabled()) countStatementsPerRequest(fastify);
  await compressResponses(fastify);
  if (config.webRoot) await serveWebApp(fastify, config.webRoot);
  app.useGlobalPipes(createValidationPipe());
  // A database outage answers 503 SERVICE_UNAVAILABLE (retryable), not INTERNAL with HTTP 200.
  app.useGlobalFilters(new DatabaseOutageFilter(app.get(HttpAdapterHost).httpAdapter));
  if (options.shutdownHooks ?? true) app.enableShutdownHooks();

  await runMigrations(app.get(DataSource));
  if (config.seedDemo) await seedDemoProgram(app);
  return app;
}
