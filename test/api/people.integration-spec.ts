import { startTestApp, TestApp } from './support/test-app';

const CREATE = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id name email capacityHoursPerWeek version } }';
const UPDATE = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id name department version } }';

describe('the people directory', () => {
  let api: TestApp;
  let token: string;
  beforeAll(async () => {
    api = await startTestApp();
    ({ token } = await api.signUp('Directory keeper'));
  });
  afterAll(() => api.close());

  it('finds people by part of their name or email, ignoring case', async () => {
    await api.ok(CREATE, { input: { name: 'Rosa Delgado', email: 'rosa.d@fabrikam.test', department: 'Service' } }, token);
    await api.ok(CREATE, { input: { name: 'Sam Ortiz', email: 'sam@fabrikam.test', capacityHoursPerWeek: 20 } }, token);
    const byName = await api.ok('{ people(search: "delga") { name } }', {}, token);
    expect(byName['people']).toEqual([{ name: 'Rosa Delgado' }]);
    const byEmail = await api.ok('{ people(search: "SAM@FABRIKAM") { name capacityHoursPerWeek } }', {}, token);
    expect(byEmail['people']).toEqual([{ name: 'Sam Ortiz', capacityHoursPerWeek: 20 }]);
  });

  it('keeps emails unique whatever their case and stores nothing on a duplicate', async () => {
    await api.ok(CREATE, { input: { name: 'First Lee', email: 'lee@fabrikam.test' } }, token);
    const before = await api.count('people');
    const duplicate = await api.gql(CREATE, { input: { name: 'Second Lee', email: 'LEE@Fabrikam.test' } }, token);
    expect(duplicate.errors?.[0]?.extensions['fields']).toEqual([{ field: 'email', message: expect.stringMatching(/already/) }]);
    expect(await api.count('people')).toBe(before);
  });

  it('refuses a capacity outside 1–80 hours a week', async () => {
    const result = await api.gql(CREATE, { input: { name: 'Overworked', email: 'ow@fabrikam.test', capacityHoursPerWeek: 120 } }, token);
    expect(result.errors?.[0]?.extensions['fields']).toEqual([{ field: 'capacityHoursPerWeek', message: expect.any(String) }]);
  });

  it('updates a person once per version read', async () => {
    const created = (await api.ok(CREATE, { input: { name: 'Vera Update', email: 'vera@fabrikam.test' } }, token))['createPerson'];
    const updated = await api.ok(UPDATE, { input: { id: created.id, version: created.version, department: 'Finance' } }, token);
    expect(updated['updatePerson']).toMatchObject({ department: 'Finance', version: created.version + 1 });
    const stale = await api.gql(UPDATE, { input: { id: created.id, version: created.version, name: 'Lost edit' } }, token);
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const stored = await api.ok('{ people(search: "vera") { name } }', {}, token);
    expect(stored['people']).toEqual([{ name: 'Vera Update' }]);
  });
});
