import 'reflect-metadata';

import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { createApp } from '../../../apps/api/src/app.factory';
import { AppConfig, loadConfig } from '../../../apps/api/src/config/app-config';
import { startTestDatabase, TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions: { code: string; [key: string]: unknown } }[];
}

export interface SignedIn {
  token: string;
  user: { id: string; email: string; name: string };
}

export class TestApp {
  private userCounter = 0;

  constructor(
    readonly app: INestApplication,
    readonly url: string,
    private readonly database: TestDatabase | undefined,
  ) {}

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  }

  /** Like gql, but fails the test on any error so a setup step never passes silently. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await this.gql<T>(query, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async signUp(name?: string): Promise<SignedIn> {
    this.userCounter += 1;
    const label = name ?? `User ${this.userCounter}`;
    const email = `${label.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${Date.now()}.${this.userCounter}@example.test`;
    const data = await this.ok<{ signUp: SignedIn }>(
      'mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email name } } }',
      { input: { email, password: 'correct horse battery', name: label } },
    );
    return data.signUp;
  }

  /** Plain SQL for assertions about what is stored. */
  query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.app.get(DataSource).query(sql, params);
  }

  /** Counts rows with plain SQL, to prove a rejected request left the database unchanged. */
  async count(table: string): Promise<number> {
    const result: { n: string }[] = await this.app.get(DataSource).query(`SELECT count(*)::text AS n FROM ${table}`);
    return Number(result[0]?.n ?? 0);
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database?.stop();
  }
}

export interface StartOptions {
  config?: Partial<AppConfig>;
  /** Reuse a database across app restarts (its owner stops it). */
  databaseUrl?: string;
}

export const TEST_JWT_SECRET = 'integration-tests-use-a-fixed-secret-0123456789';

export async function startTestApp(options: StartOptions = {}): Promise<TestApp> {
  const database = options.databaseUrl ? undefined : await startTestDatabase();
  const config: AppConfig = {
    ...loadConfig({ JWT_SECRET: TEST_JWT_SECRET }),
    seedDemo: false,
    webRoot: undefined,
    signInAttemptsPerMinute: 10_000,
    ...options.config,
  };
  const poolSize = process.env['TEST_DATABASE_URL'] ? 10 : 1;
  try {
    const app = await createApp(config, options.databaseUrl ?? database!.url, { logger: ['error'], poolSize });
    await app.listen(0, '127.0.0.1');
    return new TestApp(app, await app.getUrl(), database);
  } catch (error) {
    // A boot failure must not leave the database running, or jest waits on it forever.
    await database?.stop();
    throw error;
  }
}
