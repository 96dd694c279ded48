import { assignRole, createPerson, createStandardProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const CREATE = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id name email capacityHoursPerWeek version } }';
const UPDATE = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id name department version } }';

describe('the people directory', () => {
  let api: TestApp;
  let token: string;
  let me: SignedIn;
  beforeAll(async () => {
    api = await startTestApp();
    me = await api.signUp('Directory keeper');
    token = me.token;
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
    expect(duplicate.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'email', message: expect.stringMatching(/already/) })]);
    expect(await api.count('people')).toBe(before);
  });

  it('refuses a capacity outside 1–80 hours a week', async () => {
    const result = await api.gql(CREATE, { input: { name: 'Overworked', email: 'ow@fabrikam.test', capacityHoursPerWeek: 120 } }, token);
    expect(result.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'capacityHoursPerWeek', message: expect.any(String) })]);
  });

  it('refuses a page size outside 1–100 instead of quietly changing it', async () => {
    const result = await api.gql('{ people(first: 500) { id } }', {}, token);
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
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

  describe('who sees whom', () => {
    const SEARCH = 'query($s: String) { people(search: $s) { id name } }';

    it('shows a user who belongs to no program and created nobody an empty directory', async () => {
      await api.ok(CREATE, { input: { name: 'Somebody Else', email: 'somebody@fabrikam.test' } }, token);
      const newcomer = await api.signUp('Newcomer');
      expect((await api.ok(SEARCH, {}, newcomer.token))['people']).toEqual([]);
    });

    it('shows a colleague the whole directory of their organisation, and an outsider none of it', async () => {
      const owner = await api.signUp('Program owner');
      const colleague = await api.signUp('Colleague', { organisationOf: owner });
      const outsider = await api.signUp('Outsider');
      const project = await createStandardProject(api, owner.token);
      const staffed = await createPerson(api, owner.token, 'Staffed Sara');
      const benched = await createPerson(api, owner.token, 'Benched Ben');
      await assignRole(api, owner.token, { projectId: project.id, roleKey: 'TRAINER', personId: staffed.id });

      const seenBy = async (t: string) => ((await api.ok(SEARCH, {}, t))['people'] as { id: string; name: string }[]).map((p) => p.id);
      // The colleague joined by invitation, which put them in the directory too.
      const colleaguePerson = (await api.query<{ id: string }>('SELECT id FROM people WHERE email = $1', [colleague.user.email]))[0].id;
      for (const t of [owner.token, colleague.token]) {
        expect((await seenBy(t)).sort()).toEqual([staffed.id, benched.id, colleaguePerson].sort());
      }
      expect(await seenBy(outsider.token)).toEqual([]);

      // A colleague staffs their own program with anyone of the organisation and edits them; the outsider cannot.
      const other = await createStandardProject(api, colleague.token);
      await assignRole(api, colleague.token, { projectId: other.id, roleKey: 'KEY_USER', personId: benched.id });
      const [{ version }] = await api.query<{ version: number }>('SELECT version FROM people WHERE id = $1', [staffed.id]);
      await api.ok(UPDATE, { input: { id: staffed.id, version, department: 'Enablement' } }, colleague.token);
      const refused = await api.gql(UPDATE, { input: { id: staffed.id, version: version + 1, department: 'Nope' } }, outsider.token);
      expect(refused.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      // Nor can the outsider put someone of another organisation on their own program.
      const theirs = await createStandardProject(api, outsider.token);
      const crossing = await api.gql(
        'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }',
        { input: { projectId: theirs.id, roleKey: 'TRAINER', personId: staffed.id } },
        outsider.token,
      );
      expect(crossing.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    });

    it('does not let a stranger rename someone else’s person: it answers as if there were nobody', async () => {
      const created = (await api.ok(CREATE, { input: { name: 'Private Pia', email: 'pia@fabrikam.test' } }, token))['createPerson'];
      const stranger = await api.signUp('Stranger');
      const renamed = await api.gql(UPDATE, { input: { id: created.id, version: created.version, name: 'Hijacked' } }, stranger.token);
      expect(renamed.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      const [stored] = await api.query<{ name: string; version: number }>('SELECT name, version FROM people WHERE id = $1', [created.id]);
      expect(stored).toEqual({ name: 'Private Pia', version: created.version });
    });

    it('keeps one directory per organisation: another organisation may have a person with the same email, and a colleague may not', async () => {
      await api.ok(CREATE, { input: { name: 'Hidden Hal', email: 'hal@fabrikam.test' } }, token);
      const stranger = await api.signUp('Another stranger');
      const theirs = await api.ok(CREATE, { input: { name: 'Hal Elsewhere', email: 'hal@fabrikam.test' } }, stranger.token);
      expect(theirs['createPerson'].name).toBe('Hal Elsewhere');
      const colleague = await api.signUp('Same-organisation colleague', { organisationOf: me });
      const duplicate = await api.gql(CREATE, { input: { name: 'Hal Again', email: 'hal@fabrikam.test' } }, colleague.token);
      expect(duplicate.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    });
  });
});
