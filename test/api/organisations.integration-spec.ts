import { createStandardProject, tasksOf } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { GraphQLResponse, SignedIn, startTestApp, TestApp } from './support/test-app';
import { TEST_PASSWORD, uniqueEmail } from '../support/graphql-client';

/** Organisations: who signs up becomes an admin; colleagues join by a mailed single-use invitation. */

const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email role status projectId permission } }';
const PREVIEW = 'query($token: String!) { invitationPreview(token: $token) { organisationName email role projectName accountExists } }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id email organisationRole } } }';
const SET_ROLE = 'mutation($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { role user { id } } }';
const DEACTIVATE = 'mutation($input: DeactivateMemberInput!) { deactivateMember(input: $input) { active deactivatedAt user { id } } }';
const MEMBERS = '{ organisation { id name myRole members { role active user { id email } } } }';

const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions['code'];
const stateOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions['state'];

describe('organisations', () => {
  let api: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.signUp('Founding Admin');
  });
  afterAll(() => api.close());

  const invite = (input: Record<string, unknown>, token = admin.token) => api.gql<{ inviteMember: { id: string } }>(INVITE, { input }, token);
  const accept = (token: string, name = 'New Colleague') => api.gql<{ acceptInvitation: SignedIn }>(ACCEPT, { input: { token, name, password: TEST_PASSWORD } });

  it('makes whoever signs up the admin of a new organisation of their own', async () => {
    const data = await api.ok(MEMBERS, {}, admin.token);
    expect(data['organisation'].myRole).toBe('ADMIN');
    expect(data['organisation'].members).toEqual([{ role: 'ADMIN', active: true, user: { id: admin.user.id, email: admin.user.email } }]);
    const other = await api.signUp('Someone Else');
    const theirs = await api.ok(MEMBERS, {}, other.token);
    expect(theirs['organisation'].id).not.toBe(data['organisation'].id);
    expect(theirs['organisation'].myRole).toBe('ADMIN');
  });

  it('invites by mail; the link previews the invitation and accepting creates the account, its person and the program membership', async () => {
    const project = await createStandardProject(api, admin.token);
    const email = uniqueEmail('invitee');
    const invited = await invite({ email, role: 'MEMBER', projectId: project.id, permission: 'EDITOR' });
    expect(invited.errors).toBeUndefined();
    const mail = await api.lastMailTo(email);
    expect(mail?.kind).toBe('INVITATION');
    const token = await api.linkToken(email, '/accept-invitation');

    const preview = await api.ok(PREVIEW, { token });
    expect(preview['invitationPreview']).toMatchObject({ email, role: 'MEMBER', accountExists: false });
    expect(preview['invitationPreview'].projectName).toBeTruthy();

    const accepted = await accept(token);
    expect(accepted.errors).toBeUndefined();
    const joined = accepted.data!.acceptInvitation;
    expect(joined.user.email).toBe(email);
    const members = await api.ok(MEMBERS, {}, admin.token);
    expect(members['organisation'].members.map((m: { user: { id: string } }) => m.user.id)).toContain(joined.user.id);
    const people = await api.ok('query($s: String) { people(search: $s) { email } }', { s: email }, admin.token);
    expect(people['people'].map((p: { email: string }) => p.email)).toEqual([email]);
    const theirProject = await api.ok('query($id: ID!) { project(id: $id) { myPermission } }', { id: project.id }, joined.token);
    expect(theirProject['project'].myPermission).toBe('EDITOR');

    // Single use: the same link a second time.
    const again = await accept(token, 'Someone Again');
    expect(codeOf(again)).toBe('INVALID_STATE');
    expect(stateOf(again)).toBe('LINK_USED');
  });

  it('refuses an expired link with LINK_EXPIRED and a revoked one with INVITATION_REVOKED', async () => {
    const late = uniqueEmail('late');
    await invite({ email: late, role: 'MEMBER' });
    const lateToken = await api.linkToken(late, '/accept-invitation');
    await api.query("UPDATE organisation_invitations SET expires_at = now() - interval '1 minute' WHERE email = $1", [late]);
    const before = await databaseFingerprint(api);
    const expired = await accept(lateToken);
    expect(stateOf(expired)).toBe('LINK_EXPIRED');
    expect(await databaseFingerprint(api)).toEqual(before);

    const withdrawn = uniqueEmail('withdrawn');
    const invitation = (await invite({ email: withdrawn, role: 'MEMBER' })).data!.inviteMember;
    const withdrawnToken = await api.linkToken(withdrawn, '/accept-invitation');
    await api.ok('mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { status } }', { input: { id: invitation.id } }, admin.token);
    expect(stateOf(await accept(withdrawnToken))).toBe('INVITATION_REVOKED');
  });

  it('resending kills the old link and the new one works', async () => {
    const email = uniqueEmail('resent');
    const invitation = (await invite({ email, role: 'MEMBER' })).data!.inviteMember;
    const oldToken = await api.linkToken(email, '/accept-invitation');
    await api.ok('mutation($input: ResendInvitationInput!) { resendInvitation(input: $input) { id } }', { input: { id: invitation.id } }, admin.token);
    const newToken = await api.linkToken(email, '/accept-invitation');
    expect(newToken).not.toBe(oldToken);
    expect(codeOf(await accept(oldToken))).toBe('NOT_FOUND');
    expect((await accept(newToken)).errors).toBeUndefined();
  });

  it('lets a member invite only for a program they own, and only as a member', async () => {
    const member = await api.signUp('Plain Member', { organisationOf: admin });
    const before = await databaseFingerprint(api);
    expect(codeOf(await invite({ email: uniqueEmail('x'), role: 'MEMBER' }, member.token))).toBe('FORBIDDEN');
    expect(await databaseFingerprint(api)).toEqual(before);

    const own = await createStandardProject(api, member.token);
    const asAdmin = await invite({ email: uniqueEmail('y'), role: 'ADMIN', projectId: own.id, permission: 'VIEWER' }, member.token);
    expect(codeOf(asAdmin)).toBe('FORBIDDEN');
    const forProgram = await invite({ email: uniqueEmail('z'), role: 'MEMBER', projectId: own.id, permission: 'VIEWER' }, member.token);
    expect(forProgram.errors).toBeUndefined();
  });

  it('answers ALREADY_MEMBER for a colleague who is already in, and OTHER_ORGANISATION for an account elsewhere', async () => {
    const colleague = await api.signUp('Colleague', { organisationOf: admin });
    const again = await invite({ email: colleague.user.email, role: 'MEMBER' });
    expect(stateOf(again)).toBe('ALREADY_MEMBER');

    const elsewhere = await api.signUp('Elsewhere');
    const invited = await invite({ email: elsewhere.user.email, role: 'MEMBER' });
    expect(invited.errors).toBeUndefined();
    const token = await api.linkToken(elsewhere.user.email, '/accept-invitation');
    const before = await databaseFingerprint(api);
    const result = await accept(token);
    expect(codeOf(result)).toBe('INVALID_STATE');
    expect(stateOf(result)).toBe('OTHER_ORGANISATION');
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('renames the organisation, refusing a stale version with CONFLICT', async () => {
    const owner = await api.signUp('Renaming Admin');
    const { organisation } = await api.ok<{ organisation: { version: number } }>('{ organisation { version } }', {}, owner.token);
    const rename = (name: string) =>
      api.gql('mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { name version } }', { input: { name, version: organisation.version } }, owner.token);
    const renamed = await rename('Renamed Organisation');
    expect(renamed.data?.['updateOrganisation']).toEqual({ name: 'Renamed Organisation', version: organisation.version + 1 });
    const before = await databaseFingerprint(api);
    expect(codeOf(await rename('Lost Update'))).toBe('CONFLICT');
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  describe('roles', () => {
    it('refuses to demote the last admin', async () => {
      const solo = await api.signUp('Solo Admin');
      const before = await databaseFingerprint(api);
      const result = await api.gql(SET_ROLE, { input: { userId: solo.user.id, role: 'MEMBER' } }, solo.token);
      expect(stateOf(result)).toBe('LAST_ADMIN');
      expect(await databaseFingerprint(api)).toEqual(before);
    });

    it('leaves one admin when two admins demote each other at once', async () => {
      const first = await api.signUp('First Admin');
      const second = await api.signUp('Second Admin', { organisationOf: first, role: 'ADMIN' });
      const results = await Promise.all([
        api.gql(SET_ROLE, { input: { userId: second.user.id, role: 'MEMBER' } }, first.token),
        api.gql(SET_ROLE, { input: { userId: first.user.id, role: 'MEMBER' } }, second.token),
      ]);
      const refused = results.filter((r) => r.errors);
      expect(refused).toHaveLength(1);
      expect(stateOf(refused[0]) ?? codeOf(refused[0])).toMatch(/^(LAST_ADMIN|FORBIDDEN|UNAUTHENTICATED)$/);
      const admins = await api.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM users WHERE organisation_id = (SELECT organisation_id FROM users WHERE id = $1) AND organisation_role = 'ADMIN' AND deactivated_at IS NULL",
        [first.user.id],
      );
      expect(admins[0].n).toBe(1);
    });
  });

  describe('deactivation', () => {
    it('ends their sessions at once, refuses their sign-in, and ends their roles so their tasks show unowned, while they stay listed', async () => {
      const leaver = await api.signUp('Leaver', { organisationOf: admin });
      const project = await createStandardProject(api, admin.token);
      const [person] = (await api.ok('query($s: String) { people(search: $s) { id } }', { s: leaver.user.email }, admin.token))['people'];
      const role = (await api.ok('query($p: ID!) { tasks(projectId: $p, first: 1) { edges { node { role { key } } } } }', { p: project.id }, admin.token))['tasks'].edges[0].node.role.key;
      await api.ok('mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }', { i: { projectId: project.id, roleKey: role, personId: person.id, primary: true } }, admin.token);
      const owned = (await tasksOf(api, admin.token, project.id)).edges.filter((edge) => edge.node.owner?.id === person.id).map((edge) => edge.node.id);
      expect(owned.length).toBeGreaterThan(0);

      const deactivated = await api.ok(DEACTIVATE, { input: { userId: leaver.user.id } }, admin.token);
      expect(deactivated['deactivateMember'].active).toBe(false);

      expect(codeOf(await api.gql('{ me { id } }', {}, leaver.token))).toBe('UNAUTHENTICATED');
      const signIn = await api.gql('mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { email: leaver.user.email, password: TEST_PASSWORD } });
      expect(signIn.errors).toBeDefined();
      expect(signIn.data?.['signIn'] ?? null).toBeNull();

      const after = (await tasksOf(api, admin.token, project.id)).edges.filter((edge) => owned.includes(edge.node.id));
      expect(after.map((edge) => edge.node.owner)).toEqual(owned.map(() => null));

      const members = await api.ok(MEMBERS, {}, admin.token);
      expect(members['organisation'].members.find((m: { user: { id: string } }) => m.user.id === leaver.user.id)).toMatchObject({ active: false });
    });
  });
});
