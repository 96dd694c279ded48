import { Client } from 'pg';

import { createStandardProject } from './support/fixtures';
import { startTestDatabase, TestDatabase } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

describe('requests that never reach a resolver', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const post = (body: string) => api.client.postRaw(body);

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const response = await post('{"query": "{ me { id }');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].message).toBe('The request body is not valid JSON.');
    expect(text).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('answers an oversized body with 413', async () => {
    const response = await post(JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(2_000_000)}` }));
    expect(response.status).toBe(413);
  });

  it('answers a syntax error with 400', async () => {
    const response = await post(JSON.stringify({ query: '{ me { id ' }));
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with 400 and names it', async () => {
    const response = await post(JSON.stringify({ query: '{ me { id shoeSize } }' }));
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].message).toMatch(/shoeSize/);
  });

  it('refuses a request that multiplies one field through many aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ');
    const response = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].message).toMatch(/alias/i);
  });

  it('keeps serving after all of the above', async () => {
    const health = await fetch(`${api.url}/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
  });
});

// PGlite accepts statement_timeout but never cancels a statement (no timers inside WebAssembly),
// so these cases run where the limit is enforced: on PostgreSQL (TEST_DATABASE_URL).
if (process.env['TEST_DATABASE_URL']) {
  describe('a statement that runs past STATEMENT_TIMEOUT_MS', () => {
    let database: TestDatabase;
    let api: TestApp;
    let token: string;
    let projectId: string;
    beforeAll(async () => {
      database = await startTestDatabase();
      api = await startTestApp({ databaseUrl: database.url, config: { statementTimeoutMs: 300 } });
      ({ token } = await api.signUp('Patient planner'));
      projectId = (await createStandardProject(api, token)).id;
    });
    afterAll(async () => {
      await api.close();
      await database.stop();
    });

    const TASKS = 'query($p: ID!) { tasks(projectId: $p, first: 5) { edges { node { id title } } } }';

    /** Another session holds a lock on every task for as long as `work` runs: the board waits on it. */
    async function whileTasksAreLocked<T>(work: () => Promise<T>): Promise<T> {
      const other = new Client({ connectionString: database.url });
      await other.connect();
      try {
        await other.query('BEGIN');
        await other.query('LOCK TABLE tasks IN ACCESS EXCLUSIVE MODE');
        return await work();
      } finally {
        await other.query('ROLLBACK');
        await other.end();
      }
    }

    it('stops the statement and answers TIMEOUT (HTTP 503, retryable) with a message saying what happened, never INTERNAL', async () => {
      const response = await whileTasksAreLocked(() => api.client.request(TASKS, { p: projectId }, token));
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      const [error, ...others] = response.errors ?? [];
      expect(others).toEqual([]);
      expect(error?.extensions).toMatchObject({ code: 'TIMEOUT', retryable: true });
      expect(error?.message).toMatch(/took too long/);
    });

    it('answers a stopped change TIMEOUT too and keeps serving once the lock is gone', async () => {
      const rename = 'mutation($i: UpdateTaskInput!) { updateTask(input: $i) { id title } }';
      const [task] = (await api.ok<{ tasks: { edges: { node: { id: string } }[] } }>(TASKS, { p: projectId }, token)).tasks.edges;
      const version = (await api.query<{ version: number }>('SELECT version FROM tasks WHERE id = $1', [task.node.id]))[0].version;
      const stopped = await whileTasksAreLocked(() => api.client.request(rename, { i: { id: task.node.id, version, title: 'Renamed under a lock' } }, token));
      expect(stopped.errors?.[0]?.extensions?.['code']).toBe('TIMEOUT');
      expect((await api.query<{ title: string }>('SELECT title FROM tasks WHERE id = $1', [task.node.id]))[0].title).not.toBe('Renamed under a lock');

      const board = await api.ok<{ tasks: { edges: unknown[] } }>(TASKS, { p: projectId }, token);
      expect(board.tasks.edges.length).toBeGreaterThan(0);
    });
  });
}
