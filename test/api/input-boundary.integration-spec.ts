import { randomUUID } from 'node:crypto';

import { databaseFingerprint } from './support/fingerprint';
import { createStandardProject, StandardProject } from './support/fixtures';
import { GraphQLResponse, SignedIn, startTestApp, TestApp } from './support/test-app';

const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version title dueDate } }';
const UPDATE_TASK = 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id version title dueDate } }';
const TASKS = 'query($projectId: ID!, $filter: TaskFilterInput, $after: String) { tasks(projectId: $projectId, filter: $filter, after: $after) { totalCount } }';
const TASK = 'query($id: ID!) { task(id: $id) { id } }';
const SESSIONS = 'query($projectId: ID!, $from: DateTime) { projectTrainingSessions(projectId: $projectId, from: $from) { id } }';
const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) }';

function codeOf(result: GraphQLResponse<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.['code'] as string | undefined;
}

function fieldsOf(result: GraphQLResponse<unknown>): string[] {
  const fields = (result.errors?.[0]?.extensions?.['fields'] ?? []) as { field: string }[];
  return fields.map((f) => f.field);
}

describe('the input boundary: malformed values are refused before any SQL runs', () => {
  let api: TestApp;
  let owner: SignedIn;
  let project: StandardProject;
  let task: { id: string; version: number };

  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Boundary Owner');
    project = await createStandardProject(api, owner.token);
    const created = await api.ok<{ createTask: { id: string; version: number } }>(
      CREATE_TASK,
      { input: { projectId: project.id, phaseId: project.phases[0]!.id, title: 'Map the lead fields', roleKey: 'BUSINESS_ANALYST', dueDate: '2027-02-01' } },
      owner.token,
    );
    task = created.createTask;
  });
  afterAll(() => api.close());

  /** Sends the request and expects the code (and fields), with every table as it was. */
  async function refused(query: string, variables: Record<string, unknown>, code: string, fields: string[] = [], token: string | undefined = owner.token) {
    const before = await databaseFingerprint(api);
    const result = await api.gql(query, variables, token);
    expect(codeOf(result)).toBe(code);
    for (const field of fields) expect(fieldsOf(result)).toContain(field);
    expect(await databaseFingerprint(api)).toEqual(before);
    return result;
  }

  const newTask = (extra: Record<string, unknown>) => ({
    input: { projectId: project.id, phaseId: project.phases[0]!.id, title: 'A task', roleKey: 'BUSINESS_ANALYST', ...extra },
  });

  describe('text PostgreSQL cannot store', () => {
    it('refuses a NUL byte in a text field, naming it', async () => {
      await refused(CREATE_TASK, newTask({ title: 'Map\u0000fields' }), 'BAD_USER_INPUT', ['title']);
    });

    it('refuses a NUL byte in an update', async () => {
      await refused(UPDATE_TASK, { input: { id: task.id, version: task.version, description: 'x\u0000' } }, 'BAD_USER_INPUT', ['description']);
    });

    it('refuses a NUL byte in a search', async () => {
      await refused(TASKS, { projectId: project.id, filter: { search: 'lead\u0000' } }, 'BAD_USER_INPUT', ['filter.search']);
    });

    it('refuses a lone UTF-16 surrogate when signing up and signing in', async () => {
      await refused(SIGN_UP, { input: { email: 'half@example.test', password: 'a long enough password', name: 'Half \ud800' } }, 'BAD_USER_INPUT', ['name'], undefined);
      const signIn = await api.gql('mutation($input: SignInInput!) { signIn(input: $input) { token } }', {
        input: { email: 'x@example.test', password: 'pass\udc00word' },
      });
      expect(codeOf(signIn)).toBe('BAD_USER_INPUT');
    });

    it('accepts a well-formed pair of surrogates (an emoji)', async () => {
      const result = await api.gql(CREATE_TASK, newTask({ title: 'Celebrate 🎉' }), owner.token);
      expect(result.errors).toBeUndefined();
    });
  });

  describe('an explicit null on an update field', () => {
    it('refuses null for a field that must hold a value, naming it', async () => {
      await refused(UPDATE_TASK, { input: { id: task.id, version: task.version, title: null } }, 'BAD_USER_INPUT', ['title']);
    });

    it('clears a field where null means "no value"', async () => {
      const fresh = await api.ok<{ createTask: { id: string; version: number } }>(CREATE_TASK, newTask({ dueDate: '2027-03-01' }), owner.token);
      const cleared = await api.ok<{ updateTask: { dueDate: string | null } }>(
        UPDATE_TASK,
        { input: { id: fresh.createTask.id, version: fresh.createTask.version, dueDate: null } },
        owner.token,
      );
      expect(cleared.updateTask.dueDate).toBeNull();
    });
  });

  describe('dates and times', () => {
    it('refuses year 0000 in a date', async () => {
      await refused(CREATE_TASK, newTask({ dueDate: '0000-01-01' }), 'BAD_USER_INPUT', ['dueDate']);
    });

    it('refuses a date-time on a day that does not exist instead of rolling it over', async () => {
      const result = await refused(SESSIONS, { projectId: project.id, from: '2027-02-30T10:00:00Z' }, 'BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/does not exist/);
    });

    it('refuses true, a number and a date-time without offset as DateTime', async () => {
      await refused(SESSIONS, { projectId: project.id, from: true }, 'BAD_USER_INPUT');
      await refused(SESSIONS, { projectId: project.id, from: 0 }, 'BAD_USER_INPUT');
      await refused(SESSIONS, { projectId: project.id, from: '2027-02-01T10:00:00' }, 'BAD_USER_INPUT');
    });

    it('accepts a real date-time with an offset', async () => {
      const result = await api.gql(SESSIONS, { projectId: project.id, from: '2027-02-28T10:00:00+01:00' }, owner.token);
      expect(result.errors).toBeUndefined();
    });
  });

  describe('ids and cursors', () => {
    it('answers 36 dashes as an id like an unknown id', async () => {
      const dashes = await refused(TASK, { id: '-'.repeat(36) }, 'NOT_FOUND');
      const unknown = await refused(TASK, { id: randomUUID() }, 'NOT_FOUND');
      expect(dashes.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
      await refused(UPDATE_TASK, { input: { id: '-'.repeat(36), version: 1, title: 'x' } }, 'NOT_FOUND');
    });

    it('refuses a cursor that decodes to a huge number or to garbage', async () => {
      const huge = Buffer.from(`c:${'9'.repeat(40)}`).toString('base64url');
      await refused(TASKS, { projectId: project.id, after: huge }, 'BAD_USER_INPUT', ['after']);
      await refused(TASKS, { projectId: project.id, after: '%%%not-base64%%%' }, 'BAD_USER_INPUT', ['after']);
    });

    it('answers the same NOT_FOUND text for another program’s record, an unknown id and an unknown project', async () => {
      const stranger = await api.signUp('Boundary Stranger');
      const theirs = await refused(TASK, { id: task.id }, 'NOT_FOUND', [], stranger.token);
      const missing = await refused(TASK, { id: randomUUID() }, 'NOT_FOUND', [], owner.token);
      const project = await refused(TASKS, { projectId: randomUUID() }, 'NOT_FOUND', [], owner.token);
      expect(theirs.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
      expect(project.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
      expect(missing.errors?.[0]?.message).not.toMatch(/task|project/i);
    });
  });

  it('answers a NUL byte in a calendar feed token with 400, not 500', async () => {
    const response = await fetch(`${api.url}/calendar/waves/${randomUUID()}.ics?token=%00`);
    expect(response.status).toBe(400);
  });

  it('answers a persisted-query hash that does not match the query with a 4xx and a code', async () => {
    const response = await api.client.postRaw(
      JSON.stringify({ query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });
});

describe('what the GraphQL endpoint tells about its schema', () => {
  const INTROSPECT = JSON.stringify({ query: '{ __schema { queryType { name } } }' });
  const MISSPELT = JSON.stringify({ query: '{ me { emial } }' });

  describe('by default', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp();
    });
    afterAll(() => api.close());

    it('refuses introspection', async () => {
      const response = await api.client.postRaw(INTROSPECT);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { data?: unknown; errors: { message: string }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]!.message).toMatch(/introspection/i);
    });

    it('names an unknown field without suggesting the real ones', async () => {
      const body = (await (await api.client.postRaw(MISSPELT)).json()) as { errors: { message: string }[] };
      expect(body.errors[0]!.message).toMatch(/emial/);
      expect(body.errors[0]!.message).not.toMatch(/did you mean/i);
    });

    it('counts __typename aliases against the alias limit', async () => {
      const aliases = Array.from({ length: 30 }, (_, i) => `t${i}: __typename`).join(' ');
      const response = await api.client.postRaw(JSON.stringify({ query: `{ ${aliases} }` }));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/alias/i);
    });
  });

  describe('with GRAPHQL_INTROSPECTION=true', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp({ config: { graphqlIntrospection: true } });
    });
    afterAll(() => api.close());

    it('answers introspection and suggests field names', async () => {
      const introspection = (await (await api.client.postRaw(INTROSPECT)).json()) as { data: { __schema: { queryType: { name: string } } } };
      expect(introspection.data.__schema.queryType.name).toBe('Query');
      const body = (await (await api.client.postRaw(MISSPELT)).json()) as { errors: { message: string }[] };
      expect(body.errors[0]!.message).toMatch(/did you mean/i);
    });
  });
});
