import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { Client, Pool } from 'pg';

import { tidyEmbeddedDatabase } from '../../apps/api/src/common/database/embedded-maintenance';
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from '../../apps/api/src/common/database/embedded-postgres';
import { FEED_TOKEN_LIFETIME_DAYS } from '../../apps/api/src/training/calendar-feed-token';
import { assignRole, createPerson, createStandardProject } from './support/fixtures';
import { SNAPSHOT_FILE_ENV, withAdminClient } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

const onServer = Boolean(process.env['TEST_DATABASE_URL']);
// Each database has cases of its own; the other database's are not registered at all (rather than
// skipped), so a run reports only what it really tested.
const describeOnEmbedded = (name: string, cases: () => void) => (onServer ? undefined : describe(name, cases));
const describeOnServer = (name: string, cases: () => void) => (onServer ? describe(name, cases) : undefined);
const modeOf = (path: string) => statSync(path).mode & 0o777;

/**
 * The TCP ports this process listens on (Linux): its socket inodes matched against the kernel's
 * table of listening sockets (state 0A), so another server on the machine does not count.
 */
function tcpPortsListenedOnByThisProcess(): Set<number> {
  const inodes = new Set<string>();
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      const match = /^socket:\[(\d+)\]$/.exec(target);
      if (match) inodes.add(match[1]);
    } catch {
      // The descriptor closed while we looked.
    }
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length > 9 && cols[3] === '0A' && inodes.has(cols[9])) ports.add(parseInt(cols[1].split(':')[1], 16));
    }
  }
  return ports;
}

describeOnEmbedded('the embedded database', () => {
  it('listens only on a Unix socket in an owner-only folder inside an owner-only data folder', async () => {
    const dataFolder = mkdtempSync(join(tmpdir(), 'crm-data-'));
    const listeningBefore = tcpPortsListenedOnByThisProcess();
    const embedded = await startEmbeddedPostgres(join(dataFolder, 'pgdata'));
    try {
      const url = new URL(embedded.url);
      // pg takes the `host` parameter, a folder, over the URL's host: it connects to the socket file in it.
      expect(url.searchParams.get('port')).toBe('5432');
      const socketFolder = url.searchParams.get('host')!;
      expect(socketFolder).toBe(join(dataFolder, 'pg-socket'));
      expect(modeOf(dataFolder)).toBe(0o700);
      expect(modeOf(join(dataFolder, 'pgdata'))).toBe(0o700);
      expect(modeOf(socketFolder)).toBe(0o700);
      expect(modeOf(join(socketFolder, '.s.PGSQL.5432'))).toBe(0o600);
      // The app's driver gets in through the socket…
      const client = new Client({ connectionString: embedded.url });
      await client.connect();
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await client.end();
      // …and the database opened no TCP port (it used to listen on 127.0.0.1).
      expect([...tcpPortsListenedOnByThisProcess()].filter((port) => !listeningBefore.has(port))).toEqual([]);
    } finally {
      await embedded.stop();
      rmSync(dataFolder, { recursive: true, force: true });
    }
  });

  it('serves an in-memory database from an owner-only temporary folder and removes it on stop', async () => {
    const embedded = await startEmbeddedPostgres(undefined);
    const socketFolder = new URL(embedded.url).searchParams.get('host')!;
    expect(modeOf(socketFolder)).toBe(0o700);
    await embedded.stop();
    expect(() => statSync(socketFolder)).toThrow();
  });

  it('keeps its data across a restart on the same data folder', async () => {
    const dataFolder = mkdtempSync(join(tmpdir(), 'crm-data-'));
    const withClient = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
      const embedded = await startEmbeddedPostgres(join(dataFolder, 'pgdata'));
      const client = new Client({ connectionString: embedded.url });
      await client.connect();
      try {
        return await work(client);
      } finally {
        await client.end();
        await embedded.stop();
      }
    };
    try {
      await withClient((client) => client.query("CREATE TABLE notes (body text); INSERT INTO notes VALUES ('kept')"));
      expect(await withClient(async (client) => (await client.query('SELECT body FROM notes')).rows)).toEqual([{ body: 'kept' }]);
    } finally {
      rmSync(dataFolder, { recursive: true, force: true });
    }
  });

  it('gives each of several connections its own results and keeps a transaction to itself', async () => {
    const embedded = await startEmbeddedPostgres(undefined);
    const pool = new Pool({ connectionString: embedded.url, max: EMBEDDED_POOL_SIZE * 2 });
    try {
      await pool.query('CREATE TABLE entries (k int PRIMARY KEY, v int)');
      // Many parameterised statements at once: their Parse/Bind/Execute messages arrive interleaved.
      const echoed = await Promise.all(Array.from({ length: 200 }, (_, i) => pool.query('SELECT $1::int AS n, $2::text AS s', [i, `row ${i}`])));
      expect(echoed.map((r) => r.rows[0])).toEqual(Array.from({ length: 200 }, (_, i) => ({ n: i, s: `row ${i}` })));
      // Transactions side by side: each sees its own insert; the rolled-back ones leave nothing.
      const seen = await Promise.all(
        Array.from({ length: 30 }, async (_, i) => {
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            await client.query('INSERT INTO entries VALUES ($1, $2)', [i, i * 2]);
            await new Promise((resolve) => setImmediate(resolve));
            const { rows } = await client.query('SELECT v FROM entries WHERE k = $1', [i]);
            await client.query(i % 3 === 0 ? 'ROLLBACK' : 'COMMIT');
            return rows[0]?.v;
          } finally {
            client.release();
          }
        }),
      );
      expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => i * 2));
      expect((await pool.query('SELECT count(*)::int AS n FROM entries')).rows).toEqual([{ n: 20 }]);
      // A failing statement fails only its own query.
      const mixed = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => (i % 4 === 0 ? pool.query('SELECT 1 / 0') : pool.query('SELECT $1::int AS n', [i]))));
      expect(mixed.map((r) => (r.status === 'fulfilled' ? r.value.rows[0].n : 'failed'))).toEqual(Array.from({ length: 20 }, (_, i) => (i % 4 === 0 ? 'failed' : i)));
      // A client that goes away inside a transaction leaves none open for the others.
      const leaving = await pool.connect();
      await leaving.query('BEGIN');
      await leaving.query('INSERT INTO entries VALUES (999, 1)');
      leaving.release(true);
      expect((await pool.query('SELECT count(*)::int AS n FROM entries WHERE k = 999')).rows).toEqual([{ n: 0 }]);
    } finally {
      await pool.end();
      await embedded.stop();
    }
  });

  it('is vacuumed and analysed on request, which PGlite never does by itself (no autovacuum in single-user mode)', async () => {
    const embedded = await startEmbeddedPostgres(undefined);
    const client = new Client({ connectionString: embedded.url });
    try {
      await client.connect();
      await client.query('CREATE TABLE tidy_probe (id int PRIMARY KEY)');
      await client.query('INSERT INTO tidy_probe SELECT generate_series(1, 5000)');
      await client.query('DELETE FROM tidy_probe WHERE id % 2 = 0');
      const stats = async () =>
        (await client.query<{ analysed: boolean; dead: number; live: number }>(
          "SELECT last_analyze IS NOT NULL AS analysed, n_dead_tup::int AS dead, reltuples::int AS live FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid WHERE s.relname = 'tidy_probe'",
        )).rows[0];
      expect(await stats()).toMatchObject({ analysed: false });
      await tidyEmbeddedDatabase(embedded.url);
      // The planner now knows the table's size, and the deleted rows are gone.
      expect(await stats()).toEqual({ analysed: true, dead: 0, live: 2500 });
    } finally {
      await client.end();
      await embedded.stop();
    }
  });

  it('runs its queries on a thread of its own, so the API keeps turning its event loop during a long query', async () => {
    const embedded = await startEmbeddedPostgres(undefined);
    const client = new Client({ connectionString: embedded.url });
    await client.connect();
    try {
      expect(embedded.threadId).not.toBe(threadId);
      // Count turns of this thread's event loop while the database works: on the same thread a
      // query runs synchronously inside WASM and the loop stands still until it ends.
      let turns = 0;
      let counting = true;
      const turn = () => {
        turns += 1;
        if (counting) setImmediate(turn);
      };
      const long = client.query('SELECT count(*)::int AS n FROM generate_series(1, 1000000)');
      setImmediate(turn);
      const { rows } = await long;
      counting = false;
      expect(rows).toEqual([{ n: 1_000_000 }]);
      expect(turns).toBeGreaterThan(1_000);
    } finally {
      await client.end();
      await embedded.stop();
    }
  });
});

describe('calendar feed tokens', () => {
  let api: TestApp;
  let token: string;
  let waveId: string;
  let projectId: string;
  const feed = (feedToken: string, wave = waveId) => fetch(`${api.url}/calendar/waves/${wave}.ics?token=${encodeURIComponent(feedToken)}`);
  const feedTokenOf = async (session: string) => (await api.ok('{ calendarFeedToken }', {}, session))['calendarFeedToken'] as string;

  beforeAll(async () => {
    api = await startTestApp();
    ({ token } = await api.signUp('Trainer'));
    const project = await createStandardProject(api, token);
    projectId = project.id;
    const created = await api.ok(
      'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }',
      { input: { projectId: project.id, name: 'Nordics', scope: ['Oslo'], goLiveDate: '2099-03-01', readinessItems: [] } },
      token,
    );
    waveId = created['createRolloutWave'].id;
  });
  afterAll(() => api.close());

  it('are stored only as a hash, with an expiry about 180 days away, and the same link is shown again', async () => {
    const first = await feedTokenOf(token);
    expect(await feedTokenOf(token)).toBe(first);
    expect((await feed(first)).status).toBe(200);
    const rows = await api.query('SELECT * FROM users WHERE feed_token_hash IS NOT NULL');
    expect(rows).toHaveLength(1);
    // Nothing in the users table is the token itself.
    expect(JSON.stringify(rows[0])).not.toContain(first);
    const days = (new Date(rows[0].feed_token_expires_at).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(FEED_TOKEN_LIFETIME_DAYS - 1);
    expect(days).toBeLessThanOrEqual(FEED_TOKEN_LIFETIME_DAYS);
  });

  it('stop working at once when reset, and the new link works', async () => {
    const old = await feedTokenOf(token);
    const fresh = (await api.ok('mutation { resetCalendarFeedToken }', {}, token))['resetCalendarFeedToken'] as string;
    expect(fresh).not.toBe(old);
    expect((await feed(old)).status).toBe(404);
    expect((await feed(fresh)).status).toBe(200);
    expect(await feedTokenOf(token)).toBe(fresh);
  });

  it('stop working when expired, and the page is then given a new link', async () => {
    const old = await feedTokenOf(token);
    await api.query("UPDATE users SET feed_token_expires_at = now() - interval '1 second' WHERE feed_token_hash IS NOT NULL");
    expect((await feed(old)).status).toBe(404);
    const renewed = await feedTokenOf(token);
    expect(renewed).not.toBe(old);
    expect((await feed(renewed)).status).toBe(200);
  });

  it('answer a malformed link with not found or bad request, never a crash', async () => {
    const good = await feedTokenOf(token);
    // The input boundary may refuse a NUL byte before the feed sees it (400); the feed itself answers 404.
    const refused = [400, 404];
    expect(refused).toContain((await feed('\u0000')).status);
    expect(refused).toContain((await fetch(`${api.url}/calendar/waves/${waveId}.ics?token=%00`)).status);
    expect((await fetch(`${api.url}/calendar/waves/${waveId}.ics?token=a&token=b`)).status).toBe(404);
    expect((await feed(good, '------------------------------------')).status).toBe(404);
    expect(refused).toContain((await feed(good, 'not-a-wave%00')).status);
  });

  it('word the sessions in the reader’s language: the browser’s without a profile choice, the profile’s over it', async () => {
    const trainer = await createPerson(api, token, 'Feed Trainer');
    await assignRole(api, token, { projectId, roleKey: 'TRAINER', personId: trainer.id, allocationPercent: 20 });
    await api.ok(
      'mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }',
      { input: { waveId, topic: 'Pipeline basics', startsAt: '2099-02-10T08:00:00Z', timeZone: 'Europe/Rome', durationMinutes: 60, trainerId: trainer.id, inviteeIds: [], location: 'Sala 2' } },
      token,
    );
    const linesOf = async (response: Response) => (await response.text()).split(/\r\n/);
    const link = `${api.url}/calendar/waves/${waveId}.ics?token=${encodeURIComponent(await feedTokenOf(token))}`;

    expect(await linesOf(await fetch(link))).toEqual(expect.arrayContaining(['SUMMARY:Nordics: Pipeline basics', 'X-WR-CALNAME:Nordics training']));
    expect(await linesOf(await fetch(link, { headers: { 'Accept-Language': 'nl-NL,nl;q=0.9' } }))).toEqual(expect.arrayContaining(['SUMMARY:Training Pipeline basics (Nordics)']));

    const me = await api.ok<{ me: { version: number } }>('{ me { version } }', {}, token);
    await api.ok('mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { locale } }', { input: { version: me.me.version, locale: 'it' } }, token);
    const italian = await linesOf(await fetch(link, { headers: { 'Accept-Language': 'nl-NL,nl;q=0.9' } }));
    expect(italian).toEqual(expect.arrayContaining(['SUMMARY:Formazione Pipeline basics (Nordics)', 'X-WR-CALNAME:Formazione Nordics', 'DESCRIPTION:Formatore: Feed Trainer']));
  });
});

describeOnEmbedded('a database outage', () => {
  it('answers HTTP 503 SERVICE_UNAVAILABLE (retryable) and /health 503 with the database down, then recovers by itself', async () => {
    const db = await PGlite.create({ loadDataDir: new Blob([readFileSync(process.env[SNAPSHOT_FILE_ENV]!)]) });
    const folder = mkdtempSync(join(tmpdir(), 'crm-outage-'));
    const socket = join(folder, '.s.PGSQL.5432');
    let server = new PGLiteSocketServer({ db, path: socket });
    await server.start();
    const api = await startTestApp({ databaseUrl: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(folder)}&port=5432` });
    try {
      const { token } = await api.signUp('On call');
      expect((await fetch(`${api.url}/health`)).status).toBe(200);

      // The database goes away: its connections drop and new ones are refused.
      await server.stop();
      const during = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ projects { id } }' }),
      });
      expect(during.status).toBe(503);
      const body = await during.json();
      expect(body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      const health = await fetch(`${api.url}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ database: 'down' });

      // It comes back: the next request gets through without restarting the app.
      server = new PGLiteSocketServer({ db, path: socket });
      await server.start();
      expect((await fetch(`${api.url}/health`)).status).toBe(200);
      expect((await api.gql('{ projects { id } }', {}, token)).errors).toBeUndefined();
    } finally {
      await api.close();
      await server.stop();
      await db.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describeOnServer('a database outage on PostgreSQL', () => {
  it('answers HTTP 503 SERVICE_UNAVAILABLE while the database refuses connections, then recovers by itself', async () => {
    const api = await startTestApp();
    const serverUrl = process.env['TEST_DATABASE_URL']!;
    const name = (await api.query<{ name: string }>('SELECT current_database() AS name'))[0].name;
    const refuseConnections = (allow: boolean) =>
      withAdminClient(serverUrl, async (admin) => {
        await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS ${allow}`);
        if (!allow) await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      });
    try {
      const { token } = await api.signUp('On call');
      await refuseConnections(false);
      const during = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ projects { id } }' }),
      });
      expect(during.status).toBe(503);
      expect((await during.json()).errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      expect((await fetch(`${api.url}/health`)).status).toBe(503);

      await refuseConnections(true);
      expect((await fetch(`${api.url}/health`)).status).toBe(200);
      expect((await api.gql('{ projects { id } }', {}, token)).errors).toBeUndefined();
    } finally {
      await refuseConnections(true);
      await api.close();
    }
  });
});
