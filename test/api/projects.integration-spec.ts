import { createStandardProject } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const CREATE = `mutation($input: CreateProjectInput!) {
  createProject(input: $input) { id name crmProduct startDate targetGoLiveDate status version }
}`;
const LIST = '{ projects { id name } }';
const valid = { name: 'Contoso Dynamics rollout', crmProduct: 'Dynamics 365 Sales', startDate: '2027-01-04', targetGoLiveDate: '2027-06-30' };

describe('projects', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('creates a project that its creator then sees in the list, newest first', async () => {
    const { token } = await api.signUp('Planner');
    const first = await api.ok(CREATE, { input: { ...valid, name: 'First program' } }, token);
    const second = await api.ok(CREATE, { input: valid }, token);
    expect(second['createProject']).toMatchObject({ ...valid, status: 'ACTIVE', version: 1 });
    const list = await api.ok(LIST, {}, token);
    expect(list['projects'].map((p: { id: string }) => p.id)).toEqual([second['createProject'].id, first['createProject'].id]);
  });

  it('keeps each user to their own projects', async () => {
    const alice = await api.signUp('Alice');
    const bob = await api.signUp('Bob');
    const created = await api.ok(CREATE, { input: valid }, alice.token);
    expect((await api.ok(LIST, {}, bob.token))['projects']).toEqual([]);
    const peek = await api.gql('query($id: ID!) { project(id: $id) { name } }', { id: created['createProject'].id }, bob.token);
    expect(peek.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('rejects a go-live before the start date on the go-live field and stores nothing', async () => {
    const { token } = await api.signUp();
    const before = await api.count('projects');
    const result = await api.gql(CREATE, { input: { ...valid, targetGoLiveDate: '2026-12-01' } }, token);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'targetGoLiveDate', message: 'Target go-live must come after the start date.', code: 'GO_LIVE_NOT_AFTER_START' })],
    });
    expect(await api.count('projects')).toBe(before);
  });

  it('rejects dates that do not exist and empty names, naming each field', async () => {
    const { token } = await api.signUp();
    const result = await api.gql(CREATE, { input: { ...valid, name: '', startDate: '2027-02-30' } }, token);
    const fields = (result.errors?.[0]?.extensions['fields'] as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['name', 'startDate']);
  });

  it('answers NOT_FOUND for an id that is not even a UUID', async () => {
    const { token } = await api.signUp();
    const result = await api.gql('{ project(id: "42") { name } }', {}, token);
    expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('refuses to create a project without signing in', async () => {
    const before = await api.count('projects');
    const result = await api.gql(CREATE, { input: valid });
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await api.count('projects')).toBe(before);
  });

  it('refuses a count of upcoming milestones outside 1 to 50 instead of quietly cutting it', async () => {
    const { token } = await api.signUp();
    const project = await createStandardProject(api, token);
    const upcoming = (first: number) => api.gql(`{ project(id: "${project.id}") { upcomingMilestones(first: ${first}) { name } } }`, {}, token);
    expect((await upcoming(500)).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await upcoming(0)).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const three = await upcoming(3);
    expect(three.errors).toBeUndefined();
    expect(three.data?.['project'].upcomingMilestones).toHaveLength(3);
  });
});
