import { assignRole, createStandardProject, shareProject, tasksOf } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { GraphQLResponse, SignedIn, startTestApp, TestApp } from './support/test-app';
import { TEST_PASSWORD } from '../support/graphql-client';

/**
 * A member's life in an organisation after they join: an admin deactivates them (their sessions
 * end, their roles are handed back, their history stays) and may reactivate them later (they
 * sign in again, their old sessions stay ended, their roles are not given back).
 */

const MEMBER_FIELDS = 'active deactivatedAt version role user { id email name }';
const MEMBERS = `{ organisation { members { ${MEMBER_FIELDS} } } }`;
const DEACTIVATE = `mutation($input: DeactivateMemberInput!) { deactivateMember(input: $input) { ${MEMBER_FIELDS} } }`;
const REACTIVATE = `mutation($input: ReactivateMemberInput!) { reactivateMember(input: $input) { ${MEMBER_FIELDS} } }`;
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token user { id } } }';
const HISTORY = 'query($p: ID!) { auditEvents(projectId: $p, first: 100) { edges { node { entityType entityId action actorName } } } }';
const TEAM = 'query($p: ID!) { team(projectId: $p) { roles { key holders { person { id } } } } }';

interface Member {
  active: boolean;
  deactivatedAt: string | null;
  version: number;
  user: { id: string; email: string; name: string };
}

const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions['code'];
const stateOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions['state'];

describe('members lifecycle', () => {
  let api: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.signUp('Lifecycle Admin');
  });
  afterAll(() => api.close());

  const memberOf = async (userId: string, token = admin.token): Promise<Member> => {
    const { organisation } = await api.ok<{ organisation: { members: Member[] } }>(MEMBERS, {}, token);
    const found = organisation.members.find((m) => m.user.id === userId);
    if (!found) throw new Error(`No member ${userId} in the organisation`);
    return found;
  };
  const signIn = (email: string) => api.gql<{ signIn: SignedIn }>(SIGN_IN, { input: { email, password: TEST_PASSWORD } });
  const reactivate = (userId: string, version: number, token = admin.token) => api.gql<{ reactivateMember: Member }>(REACTIVATE, { input: { userId, version } }, token);
  const personOf = async (email: string): Promise<string> =>
    (await api.ok<{ people: { id: string }[] }>('query($s: String) { people(search: $s) { id } }', { s: email }, admin.token)).people[0].id;

  describe('reactivation', () => {
    it('lets a deactivated member sign in again while the sessions they had before stay ended, and gives no roles back', async () => {
      const returner = await api.signUp('Rosa Returner', { organisationOf: admin });
      const project = await createStandardProject(api, admin.token);
      await assignRole(api, admin.token, { projectId: project.id, roleKey: 'TRAINER', personId: await personOf(returner.user.email), primary: true });

      const seen = await memberOf(returner.user.id);
      const deactivated = (await api.ok<{ deactivateMember: Member }>(DEACTIVATE, { input: { userId: returner.user.id } }, admin.token)).deactivateMember;
      expect(deactivated).toMatchObject({ active: false, version: seen.version + 1 });
      expect(codeOf(await signIn(returner.user.email))).toBe('UNAUTHENTICATED');
      expect(codeOf(await api.gql('{ me { id } }', {}, returner.token))).toBe('UNAUTHENTICATED');

      const result = await reactivate(returner.user.id, deactivated.version);
      expect(result.errors).toBeUndefined();
      expect(result.data?.reactivateMember).toMatchObject({ active: true, deactivatedAt: null, version: deactivated.version + 1, user: { id: returner.user.id } });
      expect(await memberOf(returner.user.id)).toMatchObject({ active: true, deactivatedAt: null });

      const again = await signIn(returner.user.email);
      expect(again.errors).toBeUndefined();
      expect((await api.ok<{ me: { id: string } }>('{ me { id } }', {}, again.data?.signIn.token ?? '')).me.id).toBe(returner.user.id);
      // The token from before the deactivation was issued under a token version that is gone.
      expect(codeOf(await api.gql('{ me { id } }', {}, returner.token))).toBe('UNAUTHENTICATED');

      // Deactivation handed the trainer role back; reactivating does not take it again.
      const team = (await api.ok<{ team: { roles: { key: string; holders: { person: { id: string } }[] }[] } }>(TEAM, { p: project.id }, admin.token)).team;
      expect(team.roles.find((r) => r.key === 'TRAINER')?.holders).toEqual([]);
    });

    it('refuses a member (FORBIDDEN), another organisation (NOT_FOUND), a stale page (CONFLICT) and an active member (INVALID_STATE), changing nothing', async () => {
      const leaver = await api.signUp('Lee Leaver', { organisationOf: admin });
      const colleague = await api.signUp('Plain Colleague', { organisationOf: admin });
      const stranger = await api.signUp('Admin Elsewhere');
      const loadedBefore = await memberOf(leaver.user.id);
      const deactivated = (await api.ok<{ deactivateMember: Member }>(DEACTIVATE, { input: { userId: leaver.user.id } }, admin.token)).deactivateMember;

      const before = await databaseFingerprint(api);
      expect(codeOf(await reactivate(leaver.user.id, deactivated.version, colleague.token))).toBe('FORBIDDEN');
      expect(codeOf(await reactivate(leaver.user.id, deactivated.version, stranger.token))).toBe('NOT_FOUND');
      // A page loaded before the deactivation shows a version that has moved on.
      expect(codeOf(await reactivate(leaver.user.id, loadedBefore.version))).toBe('CONFLICT');
      const active = await memberOf(colleague.user.id);
      const notDeactivated = await reactivate(colleague.user.id, active.version);
      expect(codeOf(notDeactivated)).toBe('INVALID_STATE');
      expect(stateOf(notDeactivated)).toBe('NOT_DEACTIVATED');
      expect(codeOf(await reactivate(leaver.user.id, 0))).toBe('BAD_USER_INPUT');
      expect(await databaseFingerprint(api)).toEqual(before);
      expect(codeOf(await signIn(leaver.user.email))).toBe('UNAUTHENTICATED');

      // Reactivated once, the same page a second time is stale.
      expect((await reactivate(leaver.user.id, deactivated.version)).errors).toBeUndefined();
      expect(codeOf(await reactivate(leaver.user.id, deactivated.version))).toBe('CONFLICT');
    });
  });

  describe('deactivation keeps history', () => {
    it("still lists a deactivated member's changes in the program history under their name, while the tasks they held by role show unowned", async () => {
      const editor = await api.signUp('Hannah Historian', { organisationOf: admin });
      const project = await createStandardProject(api, admin.token);
      await shareProject(api, admin.token, project.id, editor, 'EDITOR');
      await assignRole(api, admin.token, { projectId: project.id, roleKey: 'DATA_STEWARD', personId: await personOf(editor.user.email), primary: true });

      const task = (
        await api.ok<{ createTask: { id: string; version: number } }>(
          'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }',
          { input: { projectId: project.id, phaseId: project.phases[0].id, title: 'Clean duplicate accounts', roleKey: 'DATA_STEWARD' } },
          editor.token,
        )
      ).createTask;
      await api.ok(
        'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }',
        { input: { id: task.id, version: task.version, title: 'Clean and merge duplicate accounts' } },
        editor.token,
      );
      const risk = (
        await api.ok<{ createRisk: { id: string } }>(
          'mutation($input: CreateRiskInput!) { createRisk(input: $input) { id } }',
          { input: { projectId: project.id, title: 'Duplicates come back after the merge', likelihood: 3, impact: 3 } },
          editor.token,
        )
      ).createRisk;

      const held = (await tasksOf(api, admin.token, project.id)).edges.filter((edge) => edge.node.role?.key === 'DATA_STEWARD');
      expect(held.map((edge) => edge.node.id)).toContain(task.id);
      expect(held.every((edge) => edge.node.owner?.name === 'Hannah Historian')).toBe(true);

      await api.ok(DEACTIVATE, { input: { userId: editor.user.id } }, admin.token);

      const history = (await api.ok<{ auditEvents: { edges: { node: { entityType: string; entityId: string; action: string; actorName: string | null } }[] } }>(HISTORY, { p: project.id }, admin.token))
        .auditEvents.edges.map((edge) => edge.node);
      const theirs = history.filter((event) => event.actorName === 'Hannah Historian');
      expect(theirs).toEqual(
        expect.arrayContaining([
          { entityType: 'Task', entityId: task.id, action: 'CREATED', actorName: 'Hannah Historian' },
          { entityType: 'Task', entityId: task.id, action: 'UPDATED', actorName: 'Hannah Historian' },
          { entityType: 'Risk', entityId: risk.id, action: 'CREATED', actorName: 'Hannah Historian' },
        ]),
      );

      const after = (await tasksOf(api, admin.token, project.id)).edges.filter((edge) => held.some((h) => h.node.id === edge.node.id));
      expect(after).toHaveLength(held.length);
      expect(after.map((edge) => [edge.node.owner, edge.node.ownerSource])).toEqual(held.map(() => [null, 'UNOWNED']));
      expect(after.find((edge) => edge.node.id === task.id)?.node.title).toBe('Clean and merge duplicate accounts');
    });
  });
});
