import { INVITATIONS_PER_MINUTE } from '@crm/domain';

import { createStandardProject, shareProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { startTestApp, TestApp } from './support/test-app';

const INVITE = 'mutation($input: AddProjectMemberInput!) { addProjectMember(input: $input) { user { id } email permission status invitationId } }';
const MINE = '{ myProjectInvitations { id projectId projectName email permission invitedByName status } }';
const PENDING_OF = 'query($p: ID!) { projectInvitations(projectId: $p) { id email permission status } }';
const ACCEPT = 'mutation($input: AcceptProjectInvitationInput!) { acceptProjectInvitation(input: $input) { id status permission } }';
const DECLINE = 'mutation($input: DeclineProjectInvitationInput!) { declineProjectInvitation(input: $input) { id status } }';
const REVOKE = 'mutation($input: RevokeProjectInvitationInput!) { revokeProjectInvitation(input: $input) { id status } }';
const MEMBERS = 'query($id: ID!) { project(id: $id) { members { user { email } permission status } } }';
const HISTORY = 'query($p: ID!) { auditEvents(projectId: $p, first: 50) { edges { node { entityType action } } } }';

describe('project invitations', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** The answer without the invitation's own id, which differs between any two invitations. */
  const shapeOf = (answer: { errors?: unknown; data?: Record<string, any> | null }) => {
    const { invitationId, email: _email, ...rest } = answer.data?.['addProjectMember'] ?? {};
    return { errors: answer.errors, ...rest, hasInvitation: typeof invitationId === 'string' };
  };

  it('answers the same for an email with an account and one without, and makes nobody a member', async () => {
    const owner = await api.signUp('Inviting owner');
    const registered = await api.signUp('Registered invitee', { organisationOf: owner });
    const project = await createStandardProject(api, owner.token);
    const toRegistered = await api.gql(INVITE, { input: { projectId: project.id, email: registered.user.email, permission: 'EDITOR' } }, owner.token);
    const toUnknown = await api.gql(INVITE, { input: { projectId: project.id, email: 'nobody-here@example.test', permission: 'EDITOR' } }, owner.token);
    expect(shapeOf(toRegistered)).toEqual({ errors: undefined, user: null, permission: 'EDITOR', status: 'PENDING', hasInvitation: true });
    expect(shapeOf(toUnknown)).toEqual(shapeOf(toRegistered));
    // The same statements run either way, so neither the header nor the timing tells them apart.
    expect(toUnknown.headers.get('x-sql-statements')).toBe(toRegistered.headers.get('x-sql-statements'));
    const members = (await api.ok(MEMBERS, { id: project.id }, owner.token))['project'].members;
    expect(members.map((m: { user: { email: string } }) => m.user.email)).toEqual([owner.user.email]);
    const pending = (await api.ok(PENDING_OF, { p: project.id }, owner.token))['projectInvitations'];
    expect(pending.map((i: { email: string }) => i.email).sort()).toEqual(['nobody-here@example.test', registered.user.email].sort());
    const peek = await api.gql('query($id: ID!) { project(id: $id) { name } }', { id: project.id }, registered.token);
    expect(peek.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('lets the invitee see the invitation and join with the invited permission by accepting it', async () => {
    const owner = await api.signUp('Owner who shares');
    const invitee = await api.signUp('Invitee who accepts', { organisationOf: owner });
    const project = await createStandardProject(api, owner.token);
    await api.ok(INVITE, { input: { projectId: project.id, email: invitee.user.email.toUpperCase(), permission: 'VIEWER' } }, owner.token);
    const [invitation] = (await api.ok(MINE, {}, invitee.token))['myProjectInvitations'];
    expect(invitation).toMatchObject({ projectId: project.id, email: invitee.user.email, permission: 'VIEWER', invitedByName: 'Owner who shares', status: 'PENDING' });
    expect((await api.ok(ACCEPT, { input: { id: invitation.id } }, invitee.token))['acceptProjectInvitation']).toMatchObject({ status: 'ACCEPTED', permission: 'VIEWER' });
    expect((await api.ok('query($id: ID!) { project(id: $id) { myPermission } }', { id: project.id }, invitee.token))['project'].myPermission).toBe('VIEWER');
    expect((await api.ok(MINE, {}, invitee.token))['myProjectInvitations']).toEqual([]);
    expect((await api.ok(PENDING_OF, { p: project.id }, owner.token))['projectInvitations']).toEqual([]);
    const history = (await api.ok(HISTORY, { p: project.id }, owner.token))['auditEvents'].edges.map((e: { node: { entityType: string; action: string } }) => `${e.node.entityType} ${e.node.action}`);
    expect(history).toEqual(expect.arrayContaining(['ProjectInvitation INVITED', 'ProjectMember ADDED', 'ProjectInvitation ACCEPTED']));
  });

  it('keeps an invitation to an email that joins the organisation later, which then works', async () => {
    const owner = await api.signUp('Owner ahead of time');
    const project = await createStandardProject(api, owner.token);
    const email = `later-${Date.now()}@example.test`;
    await api.ok(INVITE, { input: { projectId: project.id, email, permission: 'EDITOR' } }, owner.token);
    const newcomer = await api.signUp('Late newcomer', { organisationOf: owner, email });
    const [invitation] = (await api.ok(MINE, {}, newcomer.token))['myProjectInvitations'];
    await api.ok(ACCEPT, { input: { id: invitation.id } }, newcomer.token);
    expect((await api.ok('query($id: ID!) { project(id: $id) { myPermission } }', { id: project.id }, newcomer.token))['project'].myPermission).toBe('EDITOR');
  });

  it('lets the invitee decline, after which the invitation cannot be accepted', async () => {
    const owner = await api.signUp('Declined owner');
    const invitee = await api.signUp('Invitee who declines', { organisationOf: owner });
    const project = await createStandardProject(api, owner.token);
    const id = (await api.ok(INVITE, { input: { projectId: project.id, email: invitee.user.email, permission: 'EDITOR' } }, owner.token))['addProjectMember'].invitationId;
    expect((await api.ok(DECLINE, { input: { id } }, invitee.token))['declineProjectInvitation'].status).toBe('DECLINED');
    const before = await databaseFingerprint(api);
    const late = await api.gql(ACCEPT, { input: { id } }, invitee.token);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'DECLINED' });
    expect(await databaseFingerprint(api)).toEqual(before);
    expect((await api.gql('query($id: ID!) { project(id: $id) { name } }', { id: project.id }, invitee.token)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('lets the owner revoke a pending invitation, which the invitee then can no longer accept', async () => {
    const owner = await api.signUp('Revoking owner');
    const invitee = await api.signUp('Revoked invitee', { organisationOf: owner });
    const project = await createStandardProject(api, owner.token);
    const id = (await api.ok(INVITE, { input: { projectId: project.id, email: invitee.user.email, permission: 'EDITOR' } }, owner.token))['addProjectMember'].invitationId;
    expect((await api.ok(REVOKE, { input: { id } }, owner.token))['revokeProjectInvitation'].status).toBe('REVOKED');
    expect((await api.ok(MINE, {}, invitee.token))['myProjectInvitations']).toEqual([]);
    const late = await api.gql(ACCEPT, { input: { id } }, invitee.token);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'REVOKED' });
    const again = await api.gql(REVOKE, { input: { id } }, owner.token);
    expect(again.errors?.[0]?.extensions.code).toBe('INVALID_STATE');
    const history = (await api.ok(HISTORY, { p: project.id }, owner.token))['auditEvents'].edges.map((e: { node: { action: string } }) => e.node.action);
    expect(history).toContain('REVOKED');
  });

  it('answers NOT_FOUND to anyone but the invitee who tries to answer an invitation, and changes nothing', async () => {
    const owner = await api.signUp('Owner of a secret');
    const invitee = await api.signUp('The real invitee', { organisationOf: owner });
    const colleague = await api.signUp('Curious colleague', { organisationOf: owner });
    const intruder = await api.signUp('Intruder');
    const project = await createStandardProject(api, owner.token);
    const id = (await api.ok(INVITE, { input: { projectId: project.id, email: invitee.user.email, permission: 'EDITOR' } }, owner.token))['addProjectMember'].invitationId;
    const before = await databaseFingerprint(api);
    const stolen = await api.gql(ACCEPT, { input: { id } }, intruder.token);
    const random = await api.gql(ACCEPT, { input: { id: '00000000-0000-4000-8000-000000000000' } }, intruder.token);
    const notAnId = await api.gql(DECLINE, { input: { id: 'not-an-id' } }, intruder.token);
    expect(stolen.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(stolen.errors?.[0]?.message).toBe(random.errors?.[0]?.message);
    expect(notAnId.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    // Someone of the owner's own organisation is no more the invitee than a stranger is.
    const byColleague = await api.gql(ACCEPT, { input: { id } }, colleague.token);
    expect(byColleague.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(byColleague.errors?.[0]?.message).toBe(random.errors?.[0]?.message);
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('never reaches an account of another organisation: they do not see the invitation and cannot accept it', async () => {
    const owner = await api.signUp('Owner across the edge');
    const elsewhere = await api.signUp('Account of another organisation');
    const project = await createStandardProject(api, owner.token);
    const id = (await api.ok(INVITE, { input: { projectId: project.id, email: elsewhere.user.email, permission: 'EDITOR' } }, owner.token))['addProjectMember'].invitationId;
    expect((await api.ok(MINE, {}, elsewhere.token))['myProjectInvitations']).toEqual([]);
    const before = await databaseFingerprint(api);
    const accepted = await api.gql(ACCEPT, { input: { id } }, elsewhere.token);
    expect(accepted.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await databaseFingerprint(api)).toEqual(before);
    expect((await api.gql('query($id: ID!) { project(id: $id) { name } }', { id: project.id }, elsewhere.token)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('keeps one pending invitation per email; inviting again changes its permission', async () => {
    const owner = await api.signUp('Twice inviting owner');
    const project = await createStandardProject(api, owner.token);
    const first = (await api.ok(INVITE, { input: { projectId: project.id, email: 'twice@example.test', permission: 'VIEWER' } }, owner.token))['addProjectMember'];
    const second = (await api.ok(INVITE, { input: { projectId: project.id, email: 'twice@example.test', permission: 'EDITOR' } }, owner.token))['addProjectMember'];
    expect(second.invitationId).toBe(first.invitationId);
    expect((await api.ok(PENDING_OF, { p: project.id }, owner.token))['projectInvitations']).toEqual([
      { id: first.invitationId, email: 'twice@example.test', permission: 'EDITOR', status: 'PENDING' },
    ]);
  });

  it("changes a member's permission at once, as members are visible to the project anyway", async () => {
    const owner = await api.signUp('Owner changing a member');
    const member = await api.signUp('Member to promote', { organisationOf: owner });
    const project = await createStandardProject(api, owner.token);
    await shareProject(api, owner.token, project.id, member, 'VIEWER');
    const changed = (await api.ok(INVITE, { input: { projectId: project.id, email: member.user.email, permission: 'EDITOR' } }, owner.token))['addProjectMember'];
    expect(changed).toMatchObject({ status: 'ACTIVE', permission: 'EDITOR', user: { id: member.user.id } });
    const own = await api.gql(INVITE, { input: { projectId: project.id, email: owner.user.email, permission: 'EDITOR' } }, owner.token);
    expect(own.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it(`refuses the invitation after ${INVITATIONS_PER_MINUTE} in a minute with TOO_MANY_REQUESTS and stores nothing`, async () => {
    const owner = await api.signUp('Prolific owner');
    const project = await createStandardProject(api, owner.token);
    for (let i = 0; i < INVITATIONS_PER_MINUTE; i += 1) {
      await api.ok(INVITE, { input: { projectId: project.id, email: `probe-${i}@example.test`, permission: 'VIEWER' } }, owner.token);
    }
    const before = await databaseFingerprint(api);
    const refused = await api.gql(INVITE, { input: { projectId: project.id, email: 'one-too-many@example.test', permission: 'VIEWER' } }, owner.token);
    expect(refused.errors?.[0]?.extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(await databaseFingerprint(api)).toEqual(before);
    // Another account is not held back by this one's invitations.
    const other = await api.signUp('Other owner');
    const theirs = await createStandardProject(api, other.token);
    await api.ok(INVITE, { input: { projectId: theirs.id, email: 'one-too-many@example.test', permission: 'VIEWER' } }, other.token);
  });
});
