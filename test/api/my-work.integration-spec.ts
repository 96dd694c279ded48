import { assignRole, createPerson, createStandardProject, shareProject, StandardProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

interface Item {
  kind: 'TASK' | 'TRAINING_SESSION' | 'RISK' | 'MILESTONE';
  id: string;
  title: string;
  projectId: string;
  projectName: string;
  dueDate: string | null;
  status: string;
  reason: string;
  phaseId: string | null;
  waveId: string | null;
}

const MY_WORK = `{ myWork { truncatedKinds items { kind id title projectId projectName dueDate status reason phaseId waveId startsAt timeZone } } }`;
const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }';

// Sessions are dated far ahead so "upcoming" stays true whenever the suite runs.
const FUTURE = '2099-05-04T09:00:00Z';

describe('myWork', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const myWork = async (token: string) => (await api.ok<{ myWork: { items: Item[]; truncatedKinds: string[] } }>(MY_WORK, {}, token)).myWork;
  const find = (items: Item[], id: string) => items.find((i) => i.id === id);

  /**
   * A signed-up user with their own person record (the same email), as people become owners of work.
   * Alone they start an organisation and enter themselves in its directory; a colleague joining
   * `organisationOf` gets their record by accepting the invitation.
   */
  async function userWithPerson(name: string, organisationOf?: SignedIn): Promise<SignedIn & { personId: string }> {
    const user = await api.signUp(name, { organisationOf });
    if (organisationOf) {
      const me = await api.ok<{ me: { person: { id: string } } }>('{ me { person { id } } }', {}, user.token);
      return { ...user, personId: me.me.person.id };
    }
    const person = await api.ok<{ createPerson: { id: string } }>(
      'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
      { input: { name, email: user.user.email } },
      user.token,
    );
    return { ...user, personId: person.createPerson.id };
  }

  const createTask = async (token: string, project: StandardProject, input: Record<string, unknown>) =>
    (await api.ok<{ createTask: { id: string; version: number } }>(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, ...input } }, token)).createTask;

  it('lists tasks assigned to me and unassigned tasks of the role I hold as primary, with their program and due day', async () => {
    const me = await userWithPerson('Mia Mywork');
    const project = await createStandardProject(api, me.token, { name: 'Nordics rollout' });
    const colleague = await createPerson(api, me.token, 'Cole League');
    await assignRole(api, me.token, { projectId: project.id, roleKey: 'DATA_STEWARD', personId: me.personId, allocationPercent: 20 });
    await assignRole(api, me.token, { projectId: project.id, roleKey: 'TRAINER', personId: colleague.id, allocationPercent: 20 });

    const assigned = await createTask(me.token, project, { title: 'Assigned to me', roleKey: 'TRAINER', assigneeId: me.personId, dueDate: '2027-02-01' });
    const byRole = await createTask(me.token, project, { title: 'Mine by role', roleKey: 'DATA_STEWARD' });
    const colleagues = await createTask(me.token, project, { title: 'The trainer’s', roleKey: 'TRAINER' });
    const assignedAway = await createTask(me.token, project, { title: 'In my role, assigned away', roleKey: 'DATA_STEWARD', assigneeId: colleague.id });

    const { items, truncatedKinds } = await myWork(me.token);
    expect(truncatedKinds).toEqual([]);
    expect(find(items, assigned.id)).toEqual(
      expect.objectContaining({ kind: 'TASK', title: 'Assigned to me', projectId: project.id, projectName: 'Nordics rollout', dueDate: '2027-02-01', status: 'TODO', reason: 'ASSIGNED', phaseId: project.phases[0].id }),
    );
    expect(find(items, byRole.id)).toEqual(expect.objectContaining({ kind: 'TASK', reason: 'ROLE', dueDate: null }));
    expect(find(items, colleagues.id)).toBeUndefined();
    expect(find(items, assignedAway.id)).toBeUndefined();
  });

  it('drops a task once it is done, and moves role-owned work to the new primary holder at a handover', async () => {
    const me = await userWithPerson('Hana Handover');
    const next = await userWithPerson('Nico Next', me);
    const project = await createStandardProject(api, me.token);
    await shareProject(api, me.token, project.id, next, 'EDITOR');
    await assignRole(api, me.token, { projectId: project.id, roleKey: 'DATA_STEWARD', personId: me.personId, allocationPercent: 20 });
    const nextHolding = await assignRole(api, me.token, { projectId: project.id, roleKey: 'DATA_STEWARD', personId: next.personId, allocationPercent: 20, primary: false });
    const task = await createTask(me.token, project, { title: 'Clean the account list', roleKey: 'DATA_STEWARD' });
    const finished = await createTask(me.token, project, { title: 'Finish me', roleKey: 'DATA_STEWARD', assigneeId: me.personId });
    const risk = (
      await api.ok<{ createRisk: { id: string } }>(
        'mutation($i: CreateRiskInput!) { createRisk(input: $i) { id } }',
        { i: { projectId: project.id, title: 'Duplicate accounts', likelihood: 3, impact: 4, roleKey: 'DATA_STEWARD' } },
        me.token,
      )
    ).createRisk;

    expect(find((await myWork(me.token)).items, task.id)).toBeDefined();
    expect(find((await myWork(me.token)).items, risk.id)).toEqual(expect.objectContaining({ kind: 'RISK', reason: 'ROLE', dueDate: null, status: 'OPEN' }));
    expect(find((await myWork(next.token)).items, task.id)).toBeUndefined();

    await api.ok('mutation($input: SetTaskStatusInput!) { setTaskStatus(input: $input) { id } }', { input: { id: finished.id, version: finished.version, status: 'DONE' } }, me.token);
    expect(find((await myWork(me.token)).items, finished.id)).toBeUndefined();

    // The colleague becomes primary: the role's unassigned task and risk go with the role.
    await api.ok(
      'mutation($input: UpdateRoleAssignmentInput!) { updateRoleAssignment(input: $input) { id } }',
      { input: { id: nextHolding.id, version: nextHolding.version, primary: true } },
      me.token,
    );
    const mine = (await myWork(me.token)).items;
    expect(find(mine, task.id)).toBeUndefined();
    expect(find(mine, risk.id)).toBeUndefined();
    const theirs = (await myWork(next.token)).items;
    expect(find(theirs, task.id)).toEqual(expect.objectContaining({ reason: 'ROLE' }));
    expect(find(theirs, risk.id)).toEqual(expect.objectContaining({ reason: 'ROLE' }));
  });

  it('lists risks named to me, not those of my role named to someone else, and not closed ones', async () => {
    const me = await userWithPerson('Rita Risk');
    const project = await createStandardProject(api, me.token);
    const other = await createPerson(api, me.token, 'Otto Other');
    await assignRole(api, me.token, { projectId: project.id, roleKey: 'DATA_STEWARD', personId: me.personId, allocationPercent: 20 });
    const createRisk = async (title: string, extra: Record<string, unknown>) =>
      (
        await api.ok<{ createRisk: { id: string; version: number } }>(
          'mutation($i: CreateRiskInput!) { createRisk(input: $i) { id version } }',
          { i: { projectId: project.id, title, likelihood: 2, impact: 2, ...extra } },
          me.token,
        )
      ).createRisk;
    const named = await createRisk('Named to me', { ownerId: me.personId, roleKey: 'TRAINER' });
    const namedAway = await createRisk('My role, named to Otto', { ownerId: other.id, roleKey: 'DATA_STEWARD' });
    const closed = await createRisk('Closed already', { ownerId: me.personId });
    await api.ok('mutation($i: UpdateRiskInput!) { updateRisk(input: $i) { id } }', { i: { id: closed.id, version: closed.version, status: 'CLOSED' } }, me.token);

    const { items } = await myWork(me.token);
    expect(find(items, named.id)).toEqual(expect.objectContaining({ kind: 'RISK', reason: 'ASSIGNED', title: 'Named to me' }));
    expect(find(items, namedAway.id)).toBeUndefined();
    expect(find(items, closed.id)).toBeUndefined();
  });

  it('lists upcoming sessions I train or am invited to, on their local day, and not cancelled ones', async () => {
    const trainer = await userWithPerson('Tara Trainer');
    const invitee = await userWithPerson('Ivan Invitee', trainer);
    const bystander = await userWithPerson('Bea Bystander', trainer);
    const project = await createStandardProject(api, trainer.token);
    await shareProject(api, trainer.token, project.id, invitee, 'VIEWER');
    await shareProject(api, trainer.token, project.id, bystander, 'VIEWER');
    await assignRole(api, trainer.token, { projectId: project.id, roleKey: 'TRAINER', personId: trainer.personId, allocationPercent: 20 });
    const wave = (
      await api.ok<{ createRolloutWave: { id: string } }>(
        'mutation($i: CreateRolloutWaveInput!) { createRolloutWave(input: $i) { id } }',
        { i: { projectId: project.id, name: 'Wave 1', goLiveDate: '2027-06-01', scope: ['Sales'] } },
        trainer.token,
      )
    ).createRolloutWave;
    const schedule = async (topic: string, startsAt: string, timeZone = 'UTC') =>
      (
        await api.ok<{ scheduleTrainingSession: { id: string; version: number } }>(
          'mutation($i: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $i) { id version } }',
          { i: { waveId: wave.id, topic, startsAt, timeZone, durationMinutes: 60, trainerId: trainer.personId, inviteeIds: [invitee.personId] } },
          trainer.token,
        )
      ).scheduleTrainingSession;
    // 23:30 in New York on 3 May is already 4 May in UTC: the session belongs to 3 May.
    const evening = await schedule('Pipeline basics', '2099-05-04T03:30:00Z', 'America/New_York');
    const morning = await schedule('Reports', FUTURE);

    const trainers = (await myWork(trainer.token)).items;
    expect(find(trainers, evening.id)).toEqual(
      expect.objectContaining({ kind: 'TRAINING_SESSION', reason: 'TRAINER', dueDate: '2099-05-03', waveId: wave.id, status: 'SCHEDULED', timeZone: 'America/New_York' }),
    );
    const invited = (await myWork(invitee.token)).items;
    expect(find(invited, evening.id)).toEqual(expect.objectContaining({ reason: 'ATTENDEE' }));
    expect(find(invited, morning.id)).toEqual(expect.objectContaining({ reason: 'ATTENDEE', dueDate: '2099-05-04' }));
    expect((await myWork(bystander.token)).items.filter((i) => i.kind === 'TRAINING_SESSION')).toEqual([]);

    await api.ok(
      'mutation($i: UpdateTrainingSessionInput!) { updateTrainingSession(input: $i) { id } }',
      { i: { id: morning.id, version: morning.version, cancelled: true } },
      trainer.token,
    );
    expect(find((await myWork(invitee.token)).items, morning.id)).toBeUndefined();
  });

  it('lists open milestones of programs I own or hold a role in, not of programs where I only look on', async () => {
    const owner = await userWithPerson('Olga Owner');
    const viewer = await userWithPerson('Vic Viewer', owner);
    const member = await userWithPerson('Mo Member', owner);
    const project = await createStandardProject(api, owner.token);
    await shareProject(api, owner.token, project.id, viewer, 'VIEWER');
    await shareProject(api, owner.token, project.id, member, 'VIEWER');
    await assignRole(api, owner.token, { projectId: project.id, roleKey: 'KEY_USER', personId: member.personId, allocationPercent: 10 });
    const milestones = project.phases.flatMap((p) => p.milestones);
    const [done, open] = milestones;
    await api.ok('mutation($input: VersionedIdInput!) { completeMilestone(input: $input) { id } }', { input: { id: done.id, version: done.version } }, owner.token);

    const owners = (await myWork(owner.token)).items.filter((i) => i.kind === 'MILESTONE');
    expect(owners.map((i) => i.id).sort()).toEqual(milestones.slice(1).map((m) => m.id).sort());
    expect(find(owners, open.id)).toEqual(expect.objectContaining({ reason: 'PROGRAM_OWNER', status: 'PLANNED', phaseId: project.phases[0].id }));
    expect(find((await myWork(member.token)).items, open.id)).toEqual(expect.objectContaining({ reason: 'TEAM_MEMBER' }));
    expect((await myWork(viewer.token)).items.filter((i) => i.kind === 'MILESTONE')).toEqual([]);
  });

  it("never shows another program's work, even when my person owns it there", async () => {
    const me = await userWithPerson('Pat Private');
    // A colleague: only someone of my organisation can name my person record at all.
    const stranger = await api.signUp('Stan Stranger', { organisationOf: me });
    const theirs = await createStandardProject(api, stranger.token);
    // The colleague puts my person record on their team and assigns me a task: I am not a member.
    await assignRole(api, stranger.token, { projectId: theirs.id, roleKey: 'DATA_STEWARD', personId: me.personId, allocationPercent: 10 });
    const task = await createTask(stranger.token, theirs, { title: 'Not yours to see', roleKey: 'DATA_STEWARD', assigneeId: me.personId });
    const { items } = await myWork(me.token);
    expect(find(items, task.id)).toBeUndefined();
    expect(items.filter((i) => i.projectId === theirs.id)).toEqual([]);
  });

  it('leaves out the work of an archived program until it is unarchived', async () => {
    const me = await userWithPerson('Ari Archive');
    const project = await createStandardProject(api, me.token);
    const task = await createTask(me.token, project, { title: 'Mine, in a program put away', roleKey: 'TRAINER', assigneeId: me.personId });
    expect(find((await myWork(me.token)).items, task.id)).toBeDefined();
    const archived = await api.ok<{ archiveProject: { version: number } }>(
      'mutation($input: ArchiveProjectInput!) { archiveProject(input: $input) { version } }',
      { input: { id: project.id, version: 1 } },
      me.token,
    );
    expect((await myWork(me.token)).items.filter((i) => i.projectId === project.id)).toEqual([]);
    await api.ok('mutation($input: UnarchiveProjectInput!) { unarchiveProject(input: $input) { id } }', { input: { id: project.id, version: archived.archiveProject.version } }, me.token);
    expect(find((await myWork(me.token)).items, task.id)).toBeDefined();
  });

  it('is empty for a new account without programs or a person record', async () => {
    const newcomer = await api.signUp('Nell Newcomer');
    expect(await myWork(newcomer.token)).toEqual({ items: [], truncatedKinds: [] });
  });

  it('refuses a request without a signed-in user', async () => {
    const response = await api.gql(MY_WORK);
    expect(response.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
