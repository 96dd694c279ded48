import { INVITATIONS_PER_MINUTE } from '@crm/domain';

import { createStandardProject, shareProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { TEST_PASSWORD as PASSWORD } from '../support/graphql-client';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

/**
 * Sharing a program by email: one rule, the organisation invitations'. A colleague joins at once;
 * anyone else is mailed a link that makes them a member of the organisation and of the program.
 */
const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email role projectId projectName permission status } }';
const SHARE = 'mutation($input: AddProjectMemberInput!) { addProjectMember(input: $input) { user { id } email permission status invitationId } }';
const PROGRAM_INVITATIONS = 'query($id: ID!) { project(id: $id) { invitations { id email permission status projectId invitedBy { name } } } }';
const PREVIEW = 'query($token: String!) { invitationPreview(token: $token) { organisationName projectId projectName accountExists } }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id email } } }';
const RESEND = 'mutation($input: ResendInvitationInput!) { resendInvitation(input: $input) { id status } }';
const REVOKE = 'mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { id status } }';
const MY_PERMISSION = 'query($id: ID!) { project(id: $id) { myPermission } }';
const HISTORY = 'query($p: ID!) { auditEvents(projectId: $p, first: 50) { edges { node { entityType action } } } }';

describe('sharing a program by email', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** An organisation whose admin is not the program's owner: the owner is a plain member. */
  async function programOfAMember(label: string): Promise<{ admin: SignedIn; owner: SignedIn; projectId: string }> {
    const admin = await api.signUp(`${label} admin`);
    const owner = await api.signUp(`${label} owner`, { organisationOf: admin });
    const project = await createStandardProject(api, owner.token);
    return { admin, owner, projectId: project.id };
  }

  const mailsTo = async (email: string) => (await api.query('SELECT 1 FROM mail_outbox WHERE to_email = $1', [email])).length;
  const historyOf = async (projectId: string, token: string) =>
    (await api.ok(HISTORY, { p: projectId }, token))['auditEvents'].edges.map((e: { node: { entityType: string; action: string } }) => `${e.node.entityType} ${e.node.action}`);

  it('mails an unknown email a link; accepting it makes them a member of the program with the invited permission', async () => {
    const { owner, projectId } = await programOfAMember('Mailing');
    const email = `newcomer-${Date.now()}@example.test`;
    const invited = (await api.ok(INVITE, { input: { email, role: 'MEMBER', projectId, permission: 'VIEWER' } }, owner.token))['inviteMember'];
    expect(invited).toMatchObject({ email, role: 'MEMBER', projectId, permission: 'VIEWER', status: 'PENDING' });
    expect((await api.lastMailTo(email))?.text).toContain('as a viewer');
    expect((await api.ok(PROGRAM_INVITATIONS, { id: projectId }, owner.token))['project'].invitations).toEqual([
      { id: invited.id, email, permission: 'VIEWER', status: 'PENDING', projectId, invitedBy: { name: 'Mailing owner' } },
    ]);

    const token = await api.linkToken(email, '/accept-invitation');
    expect((await api.ok(PREVIEW, { token }))['invitationPreview']).toMatchObject({ projectId, accountExists: false });
    const joined = (await api.ok(ACCEPT, { input: { token, name: 'Newcomer', password: PASSWORD } }))['acceptInvitation'];
    expect((await api.ok(MY_PERMISSION, { id: projectId }, joined.token))['project'].myPermission).toBe('VIEWER');
    expect((await api.ok(PROGRAM_INVITATIONS, { id: projectId }, owner.token))['project'].invitations).toEqual([]);
    expect(await historyOf(projectId, owner.token)).toEqual(expect.arrayContaining(['Invitation INVITED', 'ProjectMember ADDED']));
  });

  it('words the invitation in the inviter’s language: the newcomer has no account, so no language of their own yet', async () => {
    const { owner, projectId } = await programOfAMember('Dutch inviting');
    const { me } = await api.ok<{ me: { version: number } }>('{ me { version } }', {}, owner.token);
    await api.ok('mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }', { input: { version: me.version, locale: 'nl' } }, owner.token);
    const email = `nieuwkomer-${Date.now()}@example.test`;
    await api.ok(INVITE, { input: { email, role: 'MEMBER', projectId, permission: 'EDITOR' } }, owner.token);
    const mail = await api.lastMailTo(email);
    expect(mail?.subject).toMatch(/^Dutch inviting owner heeft je uitgenodigd voor /);
    expect(mail?.text).toContain('de link werkt één keer');
  });

  it('adds a colleague of the organisation at once, without mailing them a link', async () => {
    const { admin, owner, projectId } = await programOfAMember('Colleague');
    const colleague = await api.signUp('Colleague joining', { organisationOf: admin });
    const mailsBefore = await mailsTo(colleague.user.email);
    const added = (await api.ok(INVITE, { input: { email: colleague.user.email.toUpperCase(), role: 'MEMBER', projectId, permission: 'EDITOR' } }, owner.token))['inviteMember'];
    expect(added).toMatchObject({ email: colleague.user.email, projectId, permission: 'EDITOR', status: 'ACCEPTED' });
    expect(await mailsTo(colleague.user.email)).toBe(mailsBefore);
    expect((await api.ok(MY_PERMISSION, { id: projectId }, colleague.token))['project'].myPermission).toBe('EDITOR');
    expect((await api.ok(PROGRAM_INVITATIONS, { id: projectId }, owner.token))['project'].invitations).toEqual([]);
    expect(await historyOf(projectId, owner.token)).toEqual(expect.arrayContaining(['ProjectMember ADDED']));
  });

  it('answers sharing from the settings (addProjectMember) by the same rule: a colleague is ACTIVE, anyone else PENDING with a mailed link', async () => {
    const { admin, owner, projectId } = await programOfAMember('Settings');
    const colleague = await api.signUp('Settings colleague', { organisationOf: admin });
    const toColleague = (await api.ok(SHARE, { input: { projectId, email: colleague.user.email, permission: 'VIEWER' } }, owner.token))['addProjectMember'];
    expect(toColleague).toEqual({ user: { id: colleague.user.id }, email: colleague.user.email, permission: 'VIEWER', status: 'ACTIVE', invitationId: null });
    const toStranger = (await api.ok(SHARE, { input: { projectId, email: 'settings-stranger@example.test', permission: 'EDITOR' } }, owner.token))['addProjectMember'];
    expect(toStranger).toMatchObject({ user: null, permission: 'EDITOR', status: 'PENDING' });
    const [listed] = (await api.ok(PROGRAM_INVITATIONS, { id: projectId }, owner.token))['project'].invitations;
    expect(listed).toMatchObject({ id: toStranger.invitationId, email: 'settings-stranger@example.test' });
    expect(await api.linkToken('settings-stranger@example.test', '/accept-invitation')).toBeTruthy();
  });

  it('answers the same for an account of another organisation as for an unknown email, and makes nobody a member', async () => {
    const { owner, projectId } = await programOfAMember('Edge');
    const elsewhere = await api.signUp('Account of another organisation');
    const toElsewhere = await api.gql(SHARE, { input: { projectId, email: elsewhere.user.email, permission: 'EDITOR' } }, owner.token);
    const toUnknown = await api.gql(SHARE, { input: { projectId, email: 'nobody-here@example.test', permission: 'EDITOR' } }, owner.token);
    const shapeOf = (answer: typeof toUnknown) => ({ ...answer.data?.['addProjectMember'], email: undefined, invitationId: typeof answer.data?.['addProjectMember']?.invitationId });
    expect(shapeOf(toElsewhere)).toEqual({ user: null, email: undefined, permission: 'EDITOR', status: 'PENDING', invitationId: 'string' });
    expect(shapeOf(toUnknown)).toEqual(shapeOf(toElsewhere));
    expect(toUnknown.headers.get('x-sql-statements')).toBe(toElsewhere.headers.get('x-sql-statements'));
    expect((await api.gql(MY_PERMISSION, { id: projectId }, elsewhere.token)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    // The link reaches them, but an account belongs to one organisation.
    const token = await api.linkToken(elsewhere.user.email, '/accept-invitation');
    const accepted = await api.gql(ACCEPT, { input: { token, name: 'Elsewhere', password: PASSWORD } });
    expect(accepted.errors?.[0]?.extensions.state).toBe('OTHER_ORGANISATION');
  });

  it('refuses an editor or a viewer who invites to the program, or asks who is invited, with FORBIDDEN, and changes nothing', async () => {
    const { admin, owner, projectId } = await programOfAMember('Refusing');
    const editor = await api.signUp('Refused editor', { organisationOf: admin });
    const viewer = await api.signUp('Refused viewer', { organisationOf: admin });
    await shareProject(api, owner.token, projectId, editor, 'EDITOR');
    await shareProject(api, owner.token, projectId, viewer, 'VIEWER');
    await api.ok(INVITE, { input: { email: 'already-invited@example.test', role: 'MEMBER', projectId, permission: 'VIEWER' } }, owner.token);
    for (const member of [editor, viewer]) {
      const before = await databaseFingerprint(api);
      const invite = await api.gql(INVITE, { input: { email: 'refused@example.test', role: 'MEMBER', projectId, permission: 'VIEWER' } }, member.token);
      expect(invite.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const share = await api.gql(SHARE, { input: { projectId, email: 'refused@example.test', permission: 'VIEWER' } }, member.token);
      expect(share.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(await databaseFingerprint(api)).toEqual(before);
      const list = await api.gql(PROGRAM_INVITATIONS, { id: projectId }, member.token);
      expect(list.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    // Nothing was mailed for the refused invitations.
    expect(await mailsTo('refused@example.test')).toBe(0);
  });

  it("lists only the program's own open invitations, and lets its owner resend and revoke them", async () => {
    const { admin, owner, projectId } = await programOfAMember('Listing');
    const other = await createStandardProject(api, owner.token);
    const kept = (await api.ok(INVITE, { input: { email: 'kept@example.test', role: 'MEMBER', projectId, permission: 'EDITOR' } }, owner.token))['inviteMember'];
    const withdrawn = (await api.ok(INVITE, { input: { email: 'withdrawn@example.test', role: 'MEMBER', projectId, permission: 'VIEWER' } }, owner.token))['inviteMember'];
    await api.ok(INVITE, { input: { email: 'other-program@example.test', role: 'MEMBER', projectId: other.id, permission: 'VIEWER' } }, owner.token);
    await api.ok(INVITE, { input: { email: 'organisation-only@example.test', role: 'MEMBER' } }, admin.token);

    const firstToken = await api.linkToken('kept@example.test', '/accept-invitation');
    expect((await api.ok(RESEND, { input: { id: kept.id } }, owner.token))['resendInvitation'].status).toBe('PENDING');
    const secondToken = await api.linkToken('kept@example.test', '/accept-invitation');
    expect(secondToken).not.toBe(firstToken);

    const withdrawnToken = await api.linkToken('withdrawn@example.test', '/accept-invitation');
    expect((await api.ok(REVOKE, { input: { id: withdrawn.id } }, owner.token))['revokeInvitation'].status).toBe('REVOKED');
    expect((await api.gql(PREVIEW, { token: withdrawnToken })).errors?.[0]?.extensions.state).toBe('INVITATION_REVOKED');
    expect((await api.gql(REVOKE, { input: { id: withdrawn.id } }, owner.token)).errors?.[0]?.extensions.code).toBe('INVALID_STATE');

    const listed = (await api.ok(PROGRAM_INVITATIONS, { id: projectId }, owner.token))['project'].invitations;
    expect(listed.map((i: { email: string }) => i.email)).toEqual(['kept@example.test']);
  });

  it('keeps one open invitation per email and program; inviting again changes its permission', async () => {
    const { owner, projectId } = await programOfAMember('Twice');
    const first = (await api.ok(SHARE, { input: { projectId, email: 'twice@example.test', permission: 'VIEWER' } }, owner.token))['addProjectMember'];
    const second = (await api.ok(SHARE, { input: { projectId, email: 'twice@example.test', permission: 'EDITOR' } }, owner.token))['addProjectMember'];
    expect(second.invitationId).toBe(first.invitationId);
    expect((await api.ok(PROGRAM_INVITATIONS, { id: projectId }, owner.token))['project'].invitations).toEqual([
      expect.objectContaining({ id: first.invitationId, email: 'twice@example.test', permission: 'EDITOR', status: 'PENDING' }),
    ]);
  });

  it("changes a member's permission at once, and refuses to share with someone who owns the program", async () => {
    const { admin, owner, projectId } = await programOfAMember('Changing');
    const member = await api.signUp('Member to promote', { organisationOf: admin });
    await shareProject(api, owner.token, projectId, member, 'VIEWER');
    const changed = (await api.ok(SHARE, { input: { projectId, email: member.user.email, permission: 'EDITOR' } }, owner.token))['addProjectMember'];
    expect(changed).toMatchObject({ status: 'ACTIVE', permission: 'EDITOR', user: { id: member.user.id } });
    expect((await api.ok(MY_PERMISSION, { id: projectId }, member.token))['project'].myPermission).toBe('EDITOR');
    const before = await databaseFingerprint(api);
    const own = await api.gql(SHARE, { input: { projectId, email: owner.user.email, permission: 'EDITOR' } }, owner.token);
    expect(own.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it(`refuses the invitation after ${INVITATIONS_PER_MINUTE} in a minute with TOO_MANY_REQUESTS and stores nothing`, async () => {
    const { owner, projectId } = await programOfAMember('Prolific');
    for (let i = 0; i < INVITATIONS_PER_MINUTE; i += 1) {
      await api.ok(SHARE, { input: { projectId, email: `probe-${i}@example.test`, permission: 'VIEWER' } }, owner.token);
    }
    const before = await databaseFingerprint(api);
    const refused = await api.gql(SHARE, { input: { projectId, email: 'one-too-many@example.test', permission: 'VIEWER' } }, owner.token);
    expect(refused.errors?.[0]?.extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(await databaseFingerprint(api)).toEqual(before);
    // Another account is not held back by this one's invitations.
    const other = await programOfAMember('Other');
    await api.ok(SHARE, { input: { projectId: other.projectId, email: 'one-too-many@example.test', permission: 'VIEWER' } }, other.owner.token);
  });
});
