import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';

import { createApp } from './app.factory';
import { startEmbeddedPostgres } from './common/database/embedded-postgres';
import { loadConfig } from './config/app-config';

export const SCHEMA_FILE = resolve(__dirname, '..', 'schema.gql');

/** Writes the schema the code defines to apps/api/schema.gql, the contract the web client is generated from. */
async function main(): Promise<void> {
  const db = await startEmbeddedPostgres(undefined);
  const config = { ...loadConfig({ JWT_SECRET: 'schema-printing-needs-no-real-secret-000' }), seedDemo: false, webRoot: undefined };
  const app = await createApp(config, db.url, { logger: ['error'], poolSize: 1 });
  await app.init();
  writeFileSync(SCHEMA_FILE, printSchema(app.get(GraphQLSchemaHost).schema) + '\n');
  await app.close();
  await db.stop();
  console.log(`Wrote ${SCHEMA_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
