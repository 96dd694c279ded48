import { assignRole, createPerson, createStandardProject, shareProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const UPDATE_MEMBER = 'mutation($input: UpdateProjectMemberInput!) { updateProjectMember(input: $input) { user { id } permission status } }';
const REMOVE_MEMBER = 'mutation($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) { user { id } permission } }';
const ARCHIVE = 'mutation($input: ArchiveProjectInput!) { archiveProject(input: $input) { id version archivedAt } }';
const UNARCHIVE = 'mutation($input: UnarchiveProjectInput!) { unarchiveProject(input: $input) { id version archivedAt } }';
const MEMBERS = 'query($id: ID!) { project(id: $id) { myPermission members { user { id } permission } } }';
const UPDATE_PROJECT = 'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id name version } }';
const VERSION = 'query($id: ID!) { project(id: $id) { version archivedAt } }';
const HISTORY = 'query($p: ID!) { auditEvents(projectId: $p, first: 50) { edges { node { entityType entityId action } } } }';
const LIST = 'query($all: Boolean) { projects(includeArchived: $all) { id archivedAt } }';
const TEAM = 'query($id: ID!) { team(projectId: $id) { overAllocated { person { id } totalPercent } } projectHealth(projectId: $id) { overAllocatedPeople } }';

const ARCHIVED_MESSAGE = 'This program is archived; unarchive it to change it.';

describe('program members and archiving', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** A program of a new organisation, shared with colleagues (of that organisation) made from the names given. */
  async function programWith(...others: [string, 'EDITOR' | 'VIEWER'][]) {
    const owner = await api.signUp('Owner');
    const project = await createStandardProject(api, owner.token);
    const members: SignedIn[] = [];
    for (const [name, permission] of others) {
      const member = await api.signUp(name, { organisationOf: owner });
      await shareProject(api, owner.token, project.id, member, permission);
      members.push(member);
    }
    return { owner, project, members };
  }

  const permissions = async (projectId: string, token: string) =>
    Object.fromEntries(((await api.ok(MEMBERS, { id: projectId }, token))['project'].members as { user: { id: string }; permission: string }[]).map((m) => [m.user.id, m.permission]));

  const history = async (projectId: string, token: string) =>
    ((await api.ok(HISTORY, { p: projectId }, token))['auditEvents'].edges as { node: { entityType: string; entityId: string; action: string } }[]).map(
      (e) => `${e.node.entityType} ${e.node.action} ${e.node.entityId}`,
    );

  const versionOf = async (projectId: string, token: string): Promise<number> => (await api.ok(VERSION, { id: projectId }, token))['project'].version;

  describe('members', () => {
    it('refuses the last owner who steps down or leaves, says how to hand over, and changes nothing', async () => {
      const { owner, project } = await programWith();
      const before = await databaseFingerprint(api);
      const stepDown = await api.gql(UPDATE_MEMBER, { input: { projectId: project.id, userId: owner.user.id, permission: 'EDITOR' } }, owner.token);
      const leave = await api.gql(REMOVE_MEMBER, { input: { projectId: project.id, userId: owner.user.id } }, owner.token);
      for (const refused of [stepDown, leave]) {
        expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'LAST_OWNER' });
        expect(refused.errors?.[0]?.message).toMatch(/last owner.*Make another member an owner/);
      }
      expect(await databaseFingerprint(api)).toEqual(before);
      expect(await permissions(project.id, owner.token)).toEqual({ [owner.user.id]: 'OWNER' });
    });

    it('hands the program over: the editor made owner may then demote the first owner, who can no longer share it', async () => {
      const {
        owner,
        project,
        members: [heir],
      } = await programWith(['Heir', 'EDITOR']);
      await api.ok(UPDATE_MEMBER, { input: { projectId: project.id, userId: heir.user.id, permission: 'OWNER' } }, owner.token);
      const steppedDown = await api.ok(UPDATE_MEMBER, { input: { projectId: project.id, userId: owner.user.id, permission: 'EDITOR' } }, owner.token);
      expect(steppedDown['updateProjectMember']).toEqual({ user: { id: owner.user.id }, permission: 'EDITOR', status: 'ACTIVE' });
      expect(await permissions(project.id, heir.token)).toEqual({ [heir.user.id]: 'OWNER', [owner.user.id]: 'EDITOR' });
      const share = await api.gql(
        'mutation($input: AddProjectMemberInput!) { addProjectMember(input: $input) { status } }',
        { input: { projectId: project.id, email: 'late@example.test', permission: 'VIEWER' } },
        owner.token,
      );
      expect(share.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      // The new owner is now the last one and is held to the same rule.
      const heirLeaves = await api.gql(REMOVE_MEMBER, { input: { projectId: project.id, userId: heir.user.id } }, heir.token);
      expect(heirLeaves.errors?.[0]?.extensions.state).toBe('LAST_OWNER');
      expect(await history(project.id, heir.token)).toEqual(expect.arrayContaining([`ProjectMember UPDATED ${heir.user.id}`, `ProjectMember UPDATED ${owner.user.id}`]));
    });

    it('lets a viewer leave: the program is gone from their list and their next request answers NOT_FOUND', async () => {
      const {
        owner,
        project,
        members: [viewer],
      } = await programWith(['Leaving viewer', 'VIEWER']);
      const left = await api.ok(REMOVE_MEMBER, { input: { projectId: project.id, userId: viewer.user.id } }, viewer.token);
      expect(left['removeProjectMember']).toEqual({ user: { id: viewer.user.id }, permission: 'VIEWER' });
      expect((await api.gql(MEMBERS, { id: project.id }, viewer.token)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect((await api.ok(LIST, {}, viewer.token))['projects']).toEqual([]);
      expect(await permissions(project.id, owner.token)).toEqual({ [owner.user.id]: 'OWNER' });
      expect(await history(project.id, owner.token)).toContain(`ProjectMember LEFT ${viewer.user.id}`);
    });

    it('ends a removed editor’s access at once: their next change answers NOT_FOUND and is not stored', async () => {
      const {
        owner,
        project,
        members: [editor],
      } = await programWith(['Removed editor', 'EDITOR']);
      const version = await versionOf(project.id, editor.token);
      await api.ok(REMOVE_MEMBER, { input: { projectId: project.id, userId: editor.user.id } }, owner.token);
      const late = await api.gql(UPDATE_PROJECT, { input: { id: project.id, version, name: 'Renamed after removal' } }, editor.token);
      expect(late.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(await versionOf(project.id, owner.token)).toBe(version);
      expect(await history(project.id, owner.token)).toContain(`ProjectMember REMOVED ${editor.user.id}`);
    });

    it('lets only owners change or remove other members', async () => {
      const {
        owner,
        project,
        members: [editor, viewer],
      } = await programWith(['Pushy editor', 'EDITOR'], ['Quiet viewer', 'VIEWER']);
      const before = await databaseFingerprint(api);
      const remove = await api.gql(REMOVE_MEMBER, { input: { projectId: project.id, userId: viewer.user.id } }, editor.token);
      const promote = await api.gql(UPDATE_MEMBER, { input: { projectId: project.id, userId: editor.user.id, permission: 'OWNER' } }, editor.token);
      expect([remove, promote].map((r) => r.errors?.[0]?.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      expect(await databaseFingerprint(api)).toEqual(before);
      expect(await permissions(project.id, owner.token)).toMatchObject({ [editor.user.id]: 'EDITOR', [viewer.user.id]: 'VIEWER' });
    });

    it('answers NOT_FOUND for someone who is not a member', async () => {
      const outsider = await api.signUp('Outsider');
      const { owner, project } = await programWith();
      const change = await api.gql(UPDATE_MEMBER, { input: { projectId: project.id, userId: outsider.user.id, permission: 'EDITOR' } }, owner.token);
      expect(change.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    });
  });

  it('records how the program organises its team, and refuses a model it does not know', async () => {
    const { owner, project } = await programWith();
    const version = await versionOf(project.id, owner.token);
    expect((await api.ok('query($id: ID!) { project(id: $id) { teamModel } }', { id: project.id }, owner.token))['project'].teamModel).toBeNull();
    const set = await api.ok('mutation($input: UpdateProjectInput!) { updateProject(input: $input) { teamModel } }', { input: { id: project.id, version, teamModel: 'HYBRID' } }, owner.token);
    expect(set['updateProject'].teamModel).toBe('HYBRID');
    const wrong = await api.gql(UPDATE_PROJECT, { input: { id: project.id, version: version + 1, teamModel: 'FEDERATED' } }, owner.token);
    expect(wrong.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  describe('archiving', () => {
    it('makes the program read-only: every change answers INVALID_STATE with one message and nothing is stored', async () => {
      const {
        owner,
        project,
        members: [editor],
      } = await programWith(['Archived editor', 'EDITOR']);
      const archived = (await api.ok(ARCHIVE, { input: { id: project.id, version: await versionOf(project.id, owner.token) } }, owner.token))['archiveProject'];
      expect(archived.archivedAt).toEqual(expect.any(String));
      const before = await databaseFingerprint(api);
      const attempts = await Promise.all([
        api.gql(UPDATE_PROJECT, { input: { id: project.id, version: archived.version, name: 'Changed while archived' } }, owner.token),
        api.gql('mutation($input: CreateRiskInput!) { createRisk(input: $input) { id } }', { input: { projectId: project.id, title: 'Late', likelihood: 2, impact: 2 } }, editor.token),
        api.gql(
          'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }',
          { input: { projectId: project.id, phaseId: project.phases[0].id, title: 'New work', roleKey: 'CRM_ADMIN' } },
          editor.token,
        ),
        api.gql('mutation($input: UpdatePhaseInput!) { updatePhase(input: $input) { id } }', { input: { id: project.phases[0].id, version: project.phases[0].version, plannedEnd: '2027-03-01' } }, owner.token),
        api.gql(UPDATE_MEMBER, { input: { projectId: project.id, userId: editor.user.id, permission: 'VIEWER' } }, owner.token),
        api.gql(ARCHIVE, { input: { id: project.id, version: archived.version } }, owner.token),
      ]);
      for (const attempt of attempts) {
        expect(attempt.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'ARCHIVED' });
        expect(attempt.errors?.[0]?.message).toBe(ARCHIVED_MESSAGE);
      }
      expect(await databaseFingerprint(api)).toEqual(before);
      // Reading goes on as before; everyone may only view, and the owner still knows they own it.
      const read = await api.ok('query($id: ID!) { project(id: $id) { name myPermission memberPermission phases { id } } }', { id: project.id }, editor.token);
      expect(read['project'].phases.length).toBeGreaterThan(0);
      expect(read['project']).toMatchObject({ myPermission: 'VIEWER', memberPermission: 'EDITOR' });
      const asOwner = await api.ok('query($id: ID!) { project(id: $id) { myPermission memberPermission } }', { id: project.id }, owner.token);
      expect(asOwner['project']).toEqual({ myPermission: 'VIEWER', memberPermission: 'OWNER' });
    });

    it('takes changes again once unarchived, and keeps both steps in the history', async () => {
      const { owner, project } = await programWith();
      const archived = (await api.ok(ARCHIVE, { input: { id: project.id, version: await versionOf(project.id, owner.token) } }, owner.token))['archiveProject'];
      const unarchived = (await api.ok(UNARCHIVE, { input: { id: project.id, version: archived.version } }, owner.token))['unarchiveProject'];
      expect(unarchived.archivedAt).toBeNull();
      const renamed = await api.ok(UPDATE_PROJECT, { input: { id: project.id, version: unarchived.version, name: 'Back in use' } }, owner.token);
      expect(renamed['updateProject'].name).toBe('Back in use');
      expect(await history(project.id, owner.token)).toEqual(expect.arrayContaining([`Project ARCHIVED ${project.id}`, `Project UNARCHIVED ${project.id}`]));
    });

    it('refuses unarchiving a program in use, a stale version, and an editor', async () => {
      const {
        owner,
        project,
        members: [editor],
      } = await programWith(['Editor who would archive', 'EDITOR']);
      const version = await versionOf(project.id, owner.token);
      const inUse = await api.gql(UNARCHIVE, { input: { id: project.id, version } }, owner.token);
      expect(inUse.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'IN_USE' });
      const byEditor = await api.gql(ARCHIVE, { input: { id: project.id, version } }, editor.token);
      expect(byEditor.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const stale = await api.gql(ARCHIVE, { input: { id: project.id, version: version - 1 } }, owner.token);
      expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
      expect((await api.ok(VERSION, { id: project.id }, owner.token))['project'].archivedAt).toBeNull();
    });

    it('hides archived programs from the list unless asked for', async () => {
      const { owner, project } = await programWith();
      const kept = await createStandardProject(api, owner.token);
      await api.ok(ARCHIVE, { input: { id: project.id, version: await versionOf(project.id, owner.token) } }, owner.token);
      expect((await api.ok(LIST, {}, owner.token))['projects'].map((p: { id: string }) => p.id)).toEqual([kept.id]);
      const all = (await api.ok(LIST, { all: true }, owner.token))['projects'] as { id: string; archivedAt: string | null }[];
      expect(all.map((p) => [p.id, p.archivedAt !== null])).toEqual([
        [kept.id, false],
        [project.id, true],
      ]);
    });

    it('leaves an archived program out of a person’s allocation across programs', async () => {
      const { owner, project: first } = await programWith();
      const second = await createStandardProject(api, owner.token);
      const busy = await createPerson(api, owner.token, 'Busy across programs');
      await assignRole(api, owner.token, { projectId: first.id, roleKey: 'CRM_ADMIN', personId: busy.id, allocationPercent: 70 });
      await assignRole(api, owner.token, { projectId: second.id, roleKey: 'CRM_EXPERT', personId: busy.id, allocationPercent: 50 });
      const before = await api.ok(TEAM, { id: first.id }, owner.token);
      expect(before['team'].overAllocated).toEqual([{ person: { id: busy.id }, totalPercent: 120 }]);
      expect(before['projectHealth'].overAllocatedPeople).toBe(1);
      await api.ok(ARCHIVE, { input: { id: second.id, version: await versionOf(second.id, owner.token) } }, owner.token);
      const after = await api.ok(TEAM, { id: first.id }, owner.token);
      expect(after['team'].overAllocated).toEqual([]);
      expect(after['projectHealth'].overAllocatedPeople).toBe(0);
    });
  });
});
