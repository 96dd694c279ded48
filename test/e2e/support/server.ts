import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { GraphQLClient, LinkFinder } from '../../support/graphql-client';
import { linksIn, MAIL_WAIT_LIMIT_MS } from '../../support/received-mail';
import { linkTo, SmtpInbox, startSmtpInbox } from '../../support/smtp-inbox';

const root = join(__dirname, '..', '..', '..');

/** Only a safety net against a hang, with the server's log in the error; the wait itself is for the ready line. */
const BOOT_LIMIT_MS = 240_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningServer {
  url: string;
  /** The shared GraphQL test client, for seeding through the public API as any client would. */
  api: GraphQLClient;
  /** The real SMTP server the app sends its mail to, when started with `{ smtp: true }` or given one. */
  inbox?: SmtpInbox;
  /** Everything the process wrote to stdout and stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Starts an in-test SMTP inbox of this server's own, stopped with it. */
  smtp?: boolean;
  /** An inbox the caller owns (several servers may share it); the server sends to it and leaves it running. */
  inbox?: SmtpInbox;
  /**
   * A PostgreSQL database instead of the embedded one, e.g. for several processes on one database.
   * It needs a JWT_SECRET in `env`, shared by all of them so a sign-in holds on each.
   */
  databaseUrl?: string;
  /** Extra environment of the process (REDIS_URL, JOB_POLL_MS, …), applied last. */
  env?: Record<string, string>;
}

/** Starts the built app exactly as `npm start` runs it, on a fresh embedded database. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'false' };
  const ownInbox = options.smtp && !options.inbox ? await startSmtpInbox() : undefined;
  const inbox = options.inbox ?? ownInbox;
  // Links in mail and the single sign-on redirect point at this server, so a test can follow them.
  env['PUBLIC_URL'] = `http://127.0.0.1:${port}`;
  // The in-test OpenID provider serves plain http on this machine.
  env['SSO_ALLOW_HTTP_ISSUERS'] = 'true';
  if (inbox) env['SMTP_URL'] = inbox.url;
  if (process.env['TEST_DATABASE_URL']) delete env['DATABASE_URL'];
  if (options.databaseUrl) env['DATABASE_URL'] = options.databaseUrl;
  Object.assign(env, options.env);
  const child: ChildProcess = spawn(process.execPath, [join(root, 'dist/apps/api/apps/api/src/main.js')], { cwd: root, env, stdio: 'pipe' });
  let log = '';
  const url = `http://127.0.0.1:${port}`;
  // The server logs this line once it listens (apps/api/src/main.ts): wait for it, not for a clock.
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not get ready within ${BOOT_LIMIT_MS / 1000} s:\n${log}`)), BOOT_LIMIT_MS);
    const onData = (chunk: Buffer) => {
      log += chunk;
      if (/is ready at/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited early (code ${code}):\n${log}`));
    });
  });
  try {
    await ready;
    const health = await fetch(`${url}/health`);
    if (!health.ok) throw new Error(`The server is up but /health answers ${health.status}:\n${log}`);
  } catch (error) {
    if (child.exitCode === null) child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
    await ownInbox?.stop();
    throw error;
  }
  return {
    url,
    api: new GraphQLClient(url, undefined, inbox ? inboxLinkFinder(inbox) : logLinkFinder(() => log)),
    inbox,
    log: () => log,
    async stop() {
      const exited = new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
      await ownInbox?.stop();
    },
  };
}

function tokenOf(link: URL | undefined, email: string, path: string): string {
  const token = link?.searchParams.get('token');
  if (!token) throw new Error(`The mail to ${email} holds no link to ${path} with a token`);
  return token;
}

/** Reads the link from the mail the app sent to the in-test SMTP inbox. */
function inboxLinkFinder(inbox: SmtpInbox): LinkFinder {
  return async (email, path) => {
    const mail = await inbox.waitFor(email, (m) => m.links.some((l) => new URL(l).pathname === path));
    return tokenOf(linkTo(mail, path), email, path);
  };
}

const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * Without SMTP the app logs every mail as "Mail to <email>: <subject> — <links>" (MailService):
 * the newest such line for the address, waited for since the log arrives through a pipe.
 */
function logLinkFinder(log: () => string): LinkFinder {
  return async (email, path) => {
    const marker = `Mail to ${email.trim().toLowerCase()}: `;
    const deadline = Date.now() + MAIL_WAIT_LIMIT_MS;
    for (;;) {
      const line = log()
        .replace(ANSI_COLOUR, '')
        .split('\n')
        .filter((l) => l.includes(marker))
        .pop();
      const link = line && linksIn(line).map((l) => new URL(l)).find((url) => url.pathname === path);
      if (link) return tokenOf(link, email, path);
      if (Date.now() > deadline) throw new Error(`The server logged no mail to ${email} with a link to ${path} within ${MAIL_WAIT_LIMIT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
}
