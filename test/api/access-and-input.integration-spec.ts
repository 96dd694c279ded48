import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLSchema } from 'graphql';

import { shareProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import {
  CASES,
  buildFixture,
  Fixture,
  NOT_PROJECT_SCOPED_MUTATIONS,
  NOT_PROJECT_SCOPED_QUERIES,
  PROJECT_ARGUMENTS,
  QUERY_CASES,
  queryDocument,
} from './support/record-operations';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

/**
 * The access and bad-input matrix. Its rows come from the running app's schema: every mutation,
 * and every query that takes the id of a project or of a record in one, must have a case
 * (support/record-operations.ts) or be listed there as not project-scoped, with the reason. A new
 * operation without either fails the first test.
 */

describe('access and input checks on every project operation', () => {
  let api: TestApp;
  let owner: SignedIn;
  let viewer: SignedIn;
  let stranger: SignedIn;
  let fixture: Fixture;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    api = await startTestApp();
    schema = api.app.get(GraphQLSchemaHost).schema;
    owner = await api.signUp('Owner');
    // A viewer can only be drawn from the owner's organisation; the stranger has one of their own.
    viewer = await api.signUp('Viewer', { organisationOf: owner });
    stranger = await api.signUp('Stranger');
    await api.signUp('Someone');
    fixture = await buildFixture(api, owner);
    await shareProject(api, owner.token, fixture.project.id, viewer, 'VIEWER');
  });
  afterAll(() => api.close());

  it('has a case for every mutation and every project-scoped query of the schema', () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    const queries = Object.values(schema.getQueryType()?.getFields() ?? {});
    const withCase = new Set([...CASES.map((c) => c.name), ...QUERY_CASES.map((c) => c.name)]);
    const missing = [
      ...mutations.filter((name) => !withCase.has(name) && !(name in NOT_PROJECT_SCOPED_MUTATIONS)).map((name) => `mutation ${name}`),
      ...queries
        .filter((field) => !withCase.has(field.name) && !(field.name in NOT_PROJECT_SCOPED_QUERIES))
        .map((field) => `query ${field.name}(${field.args.map((arg) => arg.name).join(', ')})`),
    ];
    // A query that names a project or a record inside one cannot be excused: it needs its case.
    const excusedButScoped = queries
      .filter((field) => field.name in NOT_PROJECT_SCOPED_QUERIES && field.args.some((arg) => PROJECT_ARGUMENTS.includes(arg.name)))
      .map((field) => `query ${field.name}`);
    // Listed operations the schema no longer has, so the lists cannot go stale.
    const stale = [
      ...Object.keys(NOT_PROJECT_SCOPED_MUTATIONS).filter((name) => !mutations.includes(name)),
      ...Object.keys(NOT_PROJECT_SCOPED_QUERIES).filter((name) => !queries.some((field) => field.name === name)),
      ...[...withCase].filter((name) => !mutations.includes(name) && !queries.some((field) => field.name === name)),
    ];
    expect({ missing, excusedButScoped, stale }).toEqual({ missing: [], excusedButScoped: [], stale: [] });
  });

  it.each(CASES.filter((c) => !c.viewerMay).map((c) => [c.name, c]))('%s: a viewer gets FORBIDDEN and nothing changes', async (_name, c) => {
    const before = await databaseFingerprint(api);
    const result = await api.gql(c.document, { input: c.valid(fixture) }, viewer.token);
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it.each(CASES.filter((c) => c.viewerMay).map((c) => [c.name, c]))('%s: a viewer may do it', async (_name, c) => {
    const result = await api.gql(c.document, { input: c.valid(fixture) }, viewer.token);
    expect(result.errors).toBeUndefined();
  });

  it.each(CASES.map((c) => [c.name, c]))('%s: a non-member gets NOT_FOUND and nothing changes', async (_name, c) => {
    const before = await databaseFingerprint(api);
    const result = await api.gql(c.document, { input: c.valid(fixture) }, stranger.token);
    expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it.each(CASES.map((c) => [c.name, c]))('%s: malformed input gets BAD_USER_INPUT and nothing changes', async (_name, c) => {
    const before = await databaseFingerprint(api);
    const result = await api.gql(c.document, { input: c.malformed(fixture) }, owner.token);
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('lets a viewer read the project, its tasks and its team', async () => {
    const data = await api.ok(
      'query($id: ID!) { project(id: $id) { myPermission phases { id } } team(projectId: $id) { roles { key } } tasks(projectId: $id, first: 5) { totalCount } }',
      { id: fixture.project.id },
      viewer.token,
    );
    expect(data['project'].myPermission).toBe('VIEWER');
    expect(data['tasks'].totalCount).toBeGreaterThan(0);
  });

  it.each(QUERY_CASES.map((c) => [c.name, c]))('%s: a viewer reads it', async (_name, c) => {
    const variables = c.variables(fixture);
    const result = await api.gql(queryDocument(schema, c.name, variables), variables, viewer.token);
    expect(result.errors).toBeUndefined();
  });

  it.each(QUERY_CASES.map((c) => [c.name, c]))('%s: a non-member gets NOT_FOUND and nothing changes', async (_name, c) => {
    const before = await databaseFingerprint(api);
    const variables = c.variables(fixture);
    const result = await api.gql(queryDocument(schema, c.name, variables), variables, stranger.token);
    expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(Object.values(result.data ?? {}).filter((value) => value !== null)).toEqual([]);
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  describe('the people directory', () => {
    it('shows an account that belongs to no program nobody', async () => {
      const loner = await api.signUp('Loner');
      const result = await api.ok('{ people(first: 100) { id } }', {}, loner.token);
      expect(result['people']).toEqual([]);
    });

    it("answers NOT_FOUND to an account outside the person's programs that renames them, and changes nothing", async () => {
      const loner = await api.signUp('Renamer');
      const before = await databaseFingerprint(api);
      const result = await api.gql(
        'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
        { input: { id: fixture.personId, version: 1, name: 'Renamed by a stranger' } },
        loner.token,
      );
      expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(await databaseFingerprint(api)).toEqual(before);
    });
  });

  it('lets an editor change tasks but not share the project', async () => {
    const editor = await api.signUp('Editor', { organisationOf: owner });
    await shareProject(api, owner.token, fixture.project.id, editor, 'EDITOR');
    const created = await api.gql(CASES.find((c) => c.name === 'createTask')!.document, { input: CASES.find((c) => c.name === 'createTask')!.valid(fixture) }, editor.token);
    expect(created.errors).toBeUndefined();
    const share = await api.gql(
      'mutation($input: AddProjectMemberInput!) { addProjectMember(input: $input) { permission } }',
      { input: { projectId: fixture.project.id, email: stranger.user.email, permission: 'VIEWER' } },
      editor.token,
    );
    expect(share.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
