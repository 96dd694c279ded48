import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, GraphQLNamedType, GraphQLSchema, isLeafType, isObjectType } from 'graphql';

import { createPerson, createStandardProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { buildFixture, CASES, Fixture, QUERY_CASES, queryDocument } from './support/record-operations';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

/**
 * Nothing of one organisation reaches another. Organisation A has a program with one record of
 * each kind; B's admin calls every operation of the schema that names a record with A's ids and
 * gets NOT_FOUND with nothing changed, and every list B reads holds nothing of A. The rows come from
 * the running app's schema: an operation that is neither a row here nor listed as not
 * record-scoped fails the first test.
 */

interface Extra {
  personId: string;
  trashedPersonId: string;
  memberId: string;
  organisationInvitationId: string;
  ownProjectId: string;
}

interface IsolationCase {
  name: string;
  document: string;
  input: (f: Fixture, x: Extra) => Record<string, unknown>;
}

const m = (name: string, inputType: string) => `mutation($input: ${inputType}!) { ${name}(input: $input) { __typename } }`;

/** Record-scoped mutations beyond the program ones: people, organisation members and invitations. */
const EXTRA_MUTATIONS: IsolationCase[] = [
  { name: 'updatePerson', document: m('updatePerson', 'UpdatePersonInput'), input: (_f, x) => ({ id: x.personId, version: 1, name: 'Renamed across' }) },
  { name: 'deletePerson', document: m('deletePerson', 'DeletePersonInput'), input: (_f, x) => ({ id: x.personId, version: 1 }) },
  { name: 'restorePerson', document: m('restorePerson', 'RestorePersonInput'), input: (_f, x) => ({ id: x.trashedPersonId }) },
  { name: 'inviteMember', document: m('inviteMember', 'InviteMemberInput'), input: (f) => ({ email: 'newcomer@example.test', role: 'MEMBER', projectId: f.project.id, permission: 'EDITOR' }) },
  { name: 'resendInvitation', document: m('resendInvitation', 'ResendInvitationInput'), input: (_f, x) => ({ id: x.organisationInvitationId }) },
  { name: 'revokeInvitation', document: m('revokeInvitation', 'RevokeInvitationInput'), input: (_f, x) => ({ id: x.organisationInvitationId }) },
  { name: 'updateMemberRole', document: m('updateMemberRole', 'UpdateMemberRoleInput'), input: (_f, x) => ({ userId: x.memberId, role: 'ADMIN' }) },
  { name: 'deactivateMember', document: m('deactivateMember', 'DeactivateMemberInput'), input: (_f, x) => ({ userId: x.memberId }) },
  { name: 'reactivateMember', document: m('reactivateMember', 'ReactivateMemberInput'), input: (_f, x) => ({ userId: x.memberId, version: 1 }) },
];

/** Lists B reads of its own: none may hold anything of A. Variables may name B's own program. */
const LIST_QUERIES: { name: string; variables: (x: Extra) => Record<string, unknown> }[] = [
  { name: 'people', variables: () => ({ first: 100 }) },
  { name: 'projects', variables: () => ({ includeArchived: true }) },
  { name: 'removedProjects', variables: () => ({}) },
  { name: 'myWork', variables: () => ({}) },
  { name: 'myTasks', variables: () => ({ first: 100, includeDone: true }) },
  { name: 'notifications', variables: () => ({ first: 100 }) },
  { name: 'search', variables: (x) => ({ projectId: x.ownProjectId, text: 'staffed' }) },
  { name: 'trash', variables: (x) => ({ projectId: x.ownProjectId }) },
];

/** Operations that name no record of anyone else's, each with why. */
const NOT_RECORD_SCOPED: Record<string, string> = {
  signUp: 'public, by email, answering the same for every email; creates nothing until confirmed',
  confirmSignUp: 'public, by the secret token of a mailed link; creates a new organisation and account',
  signIn: 'anyone may try; the auth suite covers it',
  me: 'the signed-in account itself',
  organisation: "the caller's own organisation",
  updateOrganisation: "the caller's own organisation, by its version",
  configureSso: "the caller's own organisation's sign-in",
  removeSso: "the caller's own organisation's sign-in",
  completeSsoSignIn: 'public, by the one-time code of a single sign-on and the browser that started it',
  ssoSignIn: 'public, by slug: only whether an organisation offers single sign-on',
  invitationPreview: 'public, by the secret token of a mailed link',
  acceptInvitation: 'public, by the secret token of a mailed link',
  requestPasswordReset: 'public, by email, answering the same for every email',
  resetPassword: 'public, by the secret token of a mailed link',
  changePassword: "the caller's own account",
  signOutEverywhere: "the caller's own sessions",
  updateProfile: "the caller's own account",
  createProject: 'makes a new program of the caller',
  createPerson: "adds to the caller's own organisation's people",
  calendarFeedToken: "the caller's own feed token",
  resetCalendarFeedToken: "the caller's own feed token",
  notificationPreferences: "the caller's own notification settings",
  updateNotificationPreferences: "the caller's own notification settings",
  unreadNotificationCount: "the caller's own inbox",
  markNotificationsRead: "the caller's own notifications: another's id is NOT_FOUND (the notifications suite covers it)",
  templates: "the built-in templates and the caller's own organisation's (the templates suite covers it)",
  importTemplate: "keeps a template for the caller's own organisation",
};

/** Every field without required arguments, two levels of objects deep: enough to show any id of A that leaks. */
function selectionOf(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type) || depth === 0) return ' { __typename }';
  const fields = Object.values(type.getFields())
    .filter((field) => field.args.every((arg) => !String(arg.type).endsWith('!') || arg.defaultValue !== undefined))
    .map((field) => {
      const inner = getNamedType(field.type);
      if (isLeafType(inner)) return field.name;
      return depth > 1 ? `${field.name}${selectionOf(inner, depth - 1)}` : '';
    })
    .filter(Boolean);
  return ` { __typename ${fields.join(' ')} }`;
}

function listDocument(schema: GraphQLSchema, name: string, variables: Record<string, unknown>): string {
  const field = schema.getQueryType()!.getFields()[name];
  if (!field) throw new Error(`The schema has no Query.${name}`);
  const args = field.args.filter((arg) => arg.name in variables);
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `query${declared ? `(${declared})` : ''} { ${name}${passed ? `(${passed})` : ''}${selectionOf(getNamedType(field.type), 3)} }`;
}

describe('isolation between organisations', () => {
  let api: TestApp;
  let adminA: SignedIn;
  let adminB: SignedIn;
  let fixture: Fixture;
  let extra: Extra;
  let schema: GraphQLSchema;
  /** Every id and email of A's that B could be shown. */
  let secretsOfA: string[];

  beforeAll(async () => {
    api = await startTestApp();
    schema = api.app.get(GraphQLSchemaHost).schema;
    adminA = await api.signUp('Admin A');
    const memberA = await api.signUp('Member A', { organisationOf: adminA });
    adminB = await api.signUp('Admin B');
    fixture = await buildFixture(api, adminA);
    const trashed = await createPerson(api, adminA.token, 'Trashed Person');
    await api.ok('mutation($i: DeletePersonInput!) { deletePerson(input: $i) { __typename } }', { i: { id: trashed.id, version: 1 } }, adminA.token);
    const invited = await api.ok<{ inviteMember: { id: string } }>(
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }',
      { i: { email: 'pending.colleague@example.test', role: 'MEMBER' } },
      adminA.token,
    );
    // A's owner tries to draw B's admin into A's program: refused or not, B must never see it.
    await api.gql(
      'mutation($i: AddProjectMemberInput!) { addProjectMember(input: $i) { invitationId } }',
      { i: { projectId: fixture.project.id, email: adminB.user.email, permission: 'EDITOR' } },
      adminA.token,
    );
    const ownProject = await createStandardProject(api, adminB.token);
    await createPerson(api, adminB.token, 'Staffed Person of B');
    extra = {
      personId: fixture.personId,
      trashedPersonId: trashed.id,
      memberId: memberA.user.id,
      organisationInvitationId: invited.inviteMember.id,
      ownProjectId: ownProject.id,
    };
    const people = await api.query<{ id: string; email: string | null }>(
      'SELECT p.id, p.email FROM people p JOIN users u ON u.organisation_id = p.organisation_id WHERE u.id = $1',
      [adminA.user.id],
    );
    const users = await api.query<{ id: string; email: string }>('SELECT id, email FROM users WHERE organisation_id = (SELECT organisation_id FROM users WHERE id = $1)', [adminA.user.id]);
    secretsOfA = [
      fixture.project.id,
      ...fixture.project.phases.map((phase) => phase.id),
      ...Object.values(fixture.records).map((record) => record.id),
      fixture.trashedId,
      fixture.invitationId,
      invited.inviteMember.id,
      ...people.flatMap((person) => [person.id, person.email ?? '']),
      ...users.flatMap((user) => [user.id, user.email]),
    ].filter(Boolean);
  });
  afterAll(() => api.close());

  it('has a row for every operation of the schema, or a reason it names no record', () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    const queries = Object.keys(schema.getQueryType()?.getFields() ?? {});
    const rows = new Set([
      ...CASES.map((c) => c.name),
      ...EXTRA_MUTATIONS.map((c) => c.name),
      ...QUERY_CASES.map((c) => c.name),
      ...LIST_QUERIES.map((c) => c.name),
    ]);
    const missing = [...mutations, ...queries].filter((name) => !rows.has(name) && !(name in NOT_RECORD_SCOPED));
    const stale = [...rows].filter((name) => !mutations.includes(name) && !queries.includes(name));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it.each([...CASES.map((c) => ({ name: c.name, document: c.document, input: (f: Fixture) => c.valid(f) })), ...EXTRA_MUTATIONS].map((c) => [c.name, c]))(
    "%s: B's admin with A's record gets NOT_FOUND and nothing changes",
    async (_name, c) => {
      const before = await databaseFingerprint(api);
      const result = await api.gql(c.document, { input: c.input(fixture, extra) }, adminB.token);
      expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(result.data ?? null).toBeNull();
      expect(await databaseFingerprint(api)).toEqual(before);
    },
  );

  it.each(QUERY_CASES.map((c) => [c.name, c]))("%s: B's admin reading A's record gets NOT_FOUND", async (_name, c) => {
    const before = await databaseFingerprint(api);
    const variables = c.variables(fixture);
    const result = await api.gql(queryDocument(schema, c.name, variables), variables, adminB.token);
    expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(Object.values(result.data ?? {}).filter((value) => value !== null)).toEqual([]);
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it.each(LIST_QUERIES.map((c) => [c.name, c]))('%s: what B lists holds nothing of A', async (_name, c) => {
    const before = await databaseFingerprint(api);
    const result = await api.gql(listDocument(schema, c.name, c.variables(extra)), c.variables(extra), adminB.token);
    expect(result.errors).toBeUndefined();
    const answer = JSON.stringify(result.data).toLowerCase();
    expect(secretsOfA.filter((secret) => answer.includes(secret.toLowerCase()))).toEqual([]);
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it("answers B staffing A's person into B's own program as it answers a person that does not exist, and changes nothing", async () => {
    const assign = (personId: string) =>
      api.gql(m('assignRole', 'AssignRoleInput'), { input: { projectId: extra.ownProjectId, roleKey: 'TRAINER', personId, allocationPercent: 10 } }, adminB.token);
    const before = await databaseFingerprint(api);
    const acrossOrganisations = await assign(extra.personId);
    const nobody = await assign('00000000-0000-4000-8000-000000000000');
    expect(acrossOrganisations.errors?.[0]?.extensions.code).toBe(nobody.errors?.[0]?.extensions.code);
    expect(acrossOrganisations.errors?.[0]?.message).toBe(nobody.errors?.[0]?.message);
    expect(acrossOrganisations.errors).toBeDefined();
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it("finds none of A's people when B searches the directory by their name or email", async () => {
    const person = (await api.query<{ name: string; email: string }>('SELECT name, email FROM people WHERE id = $1', [fixture.personId]))[0];
    for (const search of [person.name, person.email, 'Staffed']) {
      const data = await api.ok<{ people: { id: string }[] }>('query($s: String) { people(first: 100, search: $s) { id } }', { s: search }, adminB.token);
      expect(data.people.map((p) => p.id)).not.toContain(fixture.personId);
    }
  });

  it("shows B's admin only B's members in the organisation", async () => {
    const data = await api.ok<{ organisation: { members: { user: { id: string } }[]; invitations: { id: string }[] } }>(
      '{ organisation { members { user { id } } invitations { id } } }',
      {},
      adminB.token,
    );
    expect(data.organisation.members.map((member) => member.user.id)).toEqual([adminB.user.id]);
    expect(data.organisation.invitations.map((invitation) => invitation.id)).not.toContain(extra.organisationInvitationId);
  });
});
