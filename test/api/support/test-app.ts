import 'reflect-metadata';

import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { createApp } from '../../../apps/api/src/app.factory';
import { EMBEDDED_POOL_SIZE } from '../../../apps/api/src/common/database/embedded-postgres';
import { AppConfig, loadConfig } from '../../../apps/api/src/config/app-config';
import { GraphQLClient, GraphQLResponse, Session, TEST_PASSWORD, uniqueEmail } from '../../support/graphql-client';
import { startTestDatabase, TestDatabase } from './test-database';

export type { GraphQLResponse } from '../../support/graphql-client';

export type SignedIn = Session;

export class TestApp {
  private userCounter = 0;

  constructor(
    readonly app: INestApplication,
    readonly url: string,
    private readonly database: TestDatabase | undefined,
  ) {
    this.client = new GraphQLClient(url, undefined, (email, path) => this.linkToken(email, path));
  }

  /** The shared test client, pointed at this app. */
  readonly client: GraphQLClient;

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
    return this.client.request<T>(query, variables, token);
  }

  /** Like gql, but fails the test on any error so a setup step never passes silently. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    return this.client.ok<T>(query, variables, token);
  }

  /**
   * A new account. Alone it starts an organisation of its own (as its admin); with
   * `organisationOf` it joins that account's organisation the way a colleague does: that account
   * (an admin) invites the email and the new account accepts the mailed link.
   */
  async signUp(name?: string, options: { organisationOf?: SignedIn; email?: string; role?: 'ADMIN' | 'MEMBER' } = {}): Promise<SignedIn> {
    this.userCounter += 1;
    const displayName = name ?? `User ${this.userCounter}`;
    if (!options.organisationOf) return this.client.signUp(displayName, { email: options.email });
    const email = options.email ?? uniqueEmail(displayName);
    await this.ok(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
      { input: { email, role: options.role ?? 'MEMBER' } },
      options.organisationOf.token,
    );
    const token = await this.linkToken(email, '/accept-invitation');
    const data = await this.ok<{ acceptInvitation: SignedIn }>(
      'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id email name } } }',
      { input: { token, name: displayName, password: TEST_PASSWORD } },
    );
    return data.acceptInvitation;
  }

  /** The newest mail to the address, as the outbox keeps it (every mail goes there, sent by SMTP or not). */
  async lastMailTo(email: string): Promise<{ kind: string; subject: string; text: string } | undefined> {
    const rows: { kind: string; subject: string; text_body: string }[] = await this.query(
      'SELECT kind, subject, text_body FROM mail_outbox WHERE to_email = $1 ORDER BY created_at DESC, id DESC LIMIT 1',
      [email.trim().toLowerCase()],
    );
    return rows[0] && { kind: rows[0].kind, subject: rows[0].subject, text: rows[0].text_body };
  }

  /** The token of the newest link to `path` mailed to the address. */
  async linkToken(email: string, path: string): Promise<string> {
    const mail = await this.lastMailTo(email);
    const link = mail?.text.match(/https?:\/\/\S+/g)?.map((l) => new URL(l)).find((url) => url.pathname === path);
    const token = link?.searchParams.get('token');
    if (!token) throw new Error(`No mail to ${email} holds a link to ${path}; the newest is: ${mail?.subject ?? 'none'}`);
    return token;
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
  /**
   * Whether the app sends `X-SQL-Statements` (`SQL_STATS=true`). On by default: the suites that
   * hold statement counts read it; a suite that proves production leaves it out passes false.
   */
  sqlStats?: boolean;
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
  // As `npm start` runs: the embedded database takes EMBEDDED_POOL_SIZE connections; a database a test
  // serves itself (with pglite-socket's own server) takes one, as that server needs.
  const poolSize = process.env['TEST_DATABASE_URL'] ? 10 : options.databaseUrl ? 1 : EMBEDDED_POOL_SIZE;
  // The app reads SQL_STATS once, when its GraphQL server starts (inside listen).
  const sqlStatsBefore = process.env['SQL_STATS'];
  process.env['SQL_STATS'] = String(options.sqlStats ?? true);
  try {
    const app = await createApp(config, options.databaseUrl ?? database!.url, { logger: ['error'], poolSize });
    // Any free port, unless the test set one (its public URL must then name that port).
    await app.listen(options.config?.port ?? 0, '127.0.0.1');
    return new TestApp(app, await app.getUrl(), database);
  } catch (error) {
    // A boot failure must not leave the database running, or jest waits on it forever.
    await database?.stop();
    throw error;
  } finally {
    if (sqlStatsBefore === undefined) delete process.env['SQL_STATS'];
    else process.env['SQL_STATS'] = sqlStatsBefore;
  }
}
