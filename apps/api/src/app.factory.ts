import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { AppModule } from './app.module';
import { createValidationPipe } from './common/errors/validation';
import { requestErrorHandler } from './common/http/request-errors';
import { AppConfig } from './config/app-config';
import { seedDemoProgram } from './seed/demo-seed';

export interface CreateAppOptions {
  logger?: LogLevel[] | false;
}

/** Builds the application the same way for the server, the tests and the benchmark. */
export async function createApp(config: AppConfig, databaseUrl: string, options: CreateAppOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bodyParser: false,
    logger: options.logger ?? ['log', 'warn', 'error'],
  });
  app.useBodyParser('json', { limit: '1mb' });
  app.use(requestErrorHandler);
  app.useGlobalPipes(createValidationPipe());
  app.disable('x-powered-by');
  app.enableShutdownHooks();

  const db = app.get(DataSource);
  await db.runMigrations({ transaction: 'each' });
  if (config.seedDemo) await seedDemoProgram(app);
  return app;
}
