import { INestApplication, LogLevel } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { AppModule } from './app.module';
import { countStatementsPerRequest } from './common/database/statement-counter';
import { DatabaseOutageFilter } from './common/errors/database-outage.filter';
import { createValidationPipe } from './common/errors/validation';
import { requestErrorHandler } from './common/http/request-errors';
import { securityHeaders } from './common/http/security-headers';
import { AppConfig } from './config/app-config';
import { seedDemoProgram } from './seed/demo-seed';

export interface CreateAppOptions {
  logger?: LogLevel[] | false;
  /**
   * Connections in the pool. The embedded database needs 1: pglite-socket feeds every connection
   * into one backend session message by message, so two connections' queries can interleave
   * their extended-protocol messages and receive each other's results.
   */
  poolSize?: number;
}

/** Builds the application the same way for the server, the tests and the benchmark. */
export async function createApp(config: AppConfig, databaseUrl: string, options: CreateAppOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, options.poolSize ?? 10), {
    bodyParser: false,
    logger: options.logger ?? ['log', 'warn', 'error'],
  });
  app.use(securityHeaders);
  app.use(countStatementsPerRequest);
  app.useBodyParser('json', { limit: '1mb' });
  app.use(requestErrorHandler);
  app.useGlobalPipes(createValidationPipe());
  // A database outage answers 503 SERVICE_UNAVAILABLE (retryable), not INTERNAL with HTTP 200.
  app.useGlobalFilters(new DatabaseOutageFilter(app.get(HttpAdapterHost).httpAdapter));
  app.disable('x-powered-by');
  app.enableShutdownHooks();

  const db = app.get(DataSource);
  await db.runMigrations({ transaction: 'each' });
  if (config.seedDemo) await seedDemoProgram(app);
  return app;
}
