import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { DEFAULT_LANGUAGE, DEFAULT_NOTIFICATION_BATCH_MINUTES } from '@crm/domain';

export interface AppConfig {
  port: number;
  /** The address to listen on (HOST); every interface by default, as in a container. */
  host: string;
  /** A PostgreSQL server; when absent the embedded database in `dataDir` is used. */
  databaseUrl?: string;
  dataDir: string;
  jwtSecret: string;
  jwtExpiresIn: string;
  signInAttemptsPerMinute: number;
  /** The built Angular app, served from the same port when it exists. */
  webRoot?: string;
  seedDemo: boolean;
  /** GRAPHQL_INTROSPECTION=true: introspection and "Did you mean …" suggestions for any client. */
  graphqlIntrospection: boolean;
  /**
   * STATEMENT_TIMEOUT_MS: PostgreSQL cancels any statement running longer, so one slow request
   * cannot hold a connection (and the server's pool) for ever; the request answers TIMEOUT.
   */
  statementTimeoutMs: number;
  /** SMTP_URL (smtp:// or smtps://): mail leaves through it; without it mail waits in the outbox and its links go to the log. */
  smtpUrl?: string;
  /** MAIL_FROM: the sender of every mail. */
  mailFrom: string;
  /** PUBLIC_URL: the address users reach the app at, for links in mail and the SSO redirect. */
  publicUrl: string;
  /** SSO_ALLOW_HTTP_ISSUERS=true: single sign-on may use a plain-http provider on this machine (development, tests). */
  ssoAllowHttpIssuers: boolean;
  /** JOB_POLL_MS: how often the job runner looks for due jobs (reminders); a job due at once is also run right after its commit. */
  jobPollMs: number;
  /**
   * NOTIFICATION_BATCH_MINUTES: a notification mail waits this long for more of its kind to the
   * same address, so a burst of events becomes one mail; 0 sends each at once.
   */
  notificationBatchMinutes: number;
  /**
   * REDIS_URL (redis:// or rediss://): live updates and the sign-in limit go through Redis, so
   * every replica sees every change and one limit holds across them. Without it both stay in the process.
   */
  redisUrl?: string;
  /** REDIS_PREFIX: the start of every channel and key this app uses in Redis; default `crm:`. */
  redisPrefix: string;
  /**
   * TRUST_PROXY: the proxies in front of the app (addresses or CIDR ranges, comma-separated), whose
   * X-Forwarded-For names the client. Behind one, without it every client shares the proxy's sign-in limit.
   */
  trustProxy?: string[];
}

export class ConfigError extends Error {}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(`${name} must be a positive whole number, got "${raw}".`);
  return value;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number of 0 or more, got "${raw}".`);
  return value;
}

function booleanFlag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new ConfigError(`${name} must be true or false, got "${raw}".`);
}

/**
 * The embedded database generates its signing secret once and keeps it beside the data, so
 * sign-ins survive a restart without anyone having to configure anything.
 */
function embeddedJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Reads the environment once at boot and fails with a message naming the variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env['DATABASE_URL'] || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL.');
  }
  const dataDir = resolve(env['DATA_DIR'] || '.data');
  let jwtSecret = env['JWT_SECRET'];
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters long.');
  }
  if (!jwtSecret) {
    if (databaseUrl) throw new ConfigError('JWT_SECRET is required when DATABASE_URL points at a PostgreSQL server.');
    jwtSecret = embeddedJwtSecret(dataDir);
  }
  const smtpUrl = env['SMTP_URL'] || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL.');
  const port = positiveInt(env, 'PORT', 3000);
  const publicUrl = (env['PUBLIC_URL'] || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(publicUrl)) throw new ConfigError('PUBLIC_URL must be an http:// or https:// URL.');
  const redisUrl = env['REDIS_URL'] || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL.');
  const trustProxy = (env['TRUST_PROXY'] ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  const webRoot = resolve(env['WEB_ROOT'] || 'dist/apps/web/browser');
  return {
    port,
    host: env['HOST'] || '0.0.0.0',
    databaseUrl,
    dataDir,
    jwtSecret,
    jwtExpiresIn: env['JWT_EXPIRES_IN'] || '7d',
    signInAttemptsPerMinute: positiveInt(env, 'SIGN_IN_ATTEMPTS_PER_MINUTE', 10),
    // The production build has one app per language (en/, nl/, it/); the development build one at the root.
    webRoot: existsSync(join(webRoot, 'index.html')) || existsSync(join(webRoot, DEFAULT_LANGUAGE, 'index.html')) ? webRoot : undefined,
    seedDemo: env['SEED_DEMO'] !== 'false',
    graphqlIntrospection: booleanFlag(env, 'GRAPHQL_INTROSPECTION'),
    statementTimeoutMs: positiveInt(env, 'STATEMENT_TIMEOUT_MS', 15_000),
    smtpUrl,
    mailFrom: env['MAIL_FROM'] || 'CRM Rollout Tracker <no-reply@rollout.invalid>',
    publicUrl,
    ssoAllowHttpIssuers: booleanFlag(env, 'SSO_ALLOW_HTTP_ISSUERS'),
    jobPollMs: positiveInt(env, 'JOB_POLL_MS', 5_000),
    notificationBatchMinutes: wholeNumber(env, 'NOTIFICATION_BATCH_MINUTES', DEFAULT_NOTIFICATION_BATCH_MINUTES),
    redisUrl,
    redisPrefix: env['REDIS_PREFIX'] || 'crm:',
    trustProxy: trustProxy.length ? trustProxy : undefined,
  };
}

/** The injection token of the loaded AppConfig (provided by AppModule, global). */
export const APP_CONFIG = Symbol('APP_CONFIG');
