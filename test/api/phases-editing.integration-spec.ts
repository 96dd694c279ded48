import { createStandardProject, shareProject, StandardProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const PHASES = 'query($id: ID!) { project(id: $id) { phases { id kind name position plannedStart plannedEnd status version milestones { id name } exitCriteria { id label done version } } } }';
const CREATE_PHASE = 'mutation($input: CreatePhaseInput!) { createPhase(input: $input) { id kind name position plannedStart plannedEnd status version } }';
const UPDATE_PHASE = 'mutation($input: UpdatePhaseInput!) { updatePhase(input: $input) { id name plannedStart plannedEnd version } }';
const UPDATE_MILESTONE = 'mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id name dueDate version phase { id } } }';
const CREATE_MILESTONE = 'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id name version } }';
const ADD_CRITERION = 'mutation($input: AddExitCriterionInput!) { addExitCriterion(input: $input) { id label done version } }';
const UPDATE_CRITERION = 'mutation($input: UpdateExitCriterionInput!) { updateExitCriterion(input: $input) { id label done version } }';
const SET_CRITERION = 'mutation($input: SetExitCriterionInput!) { setExitCriterion(input: $input) { id done version } }';
const HISTORY = 'query($p: ID!, $e: ID) { auditEvents(projectId: $p, entityId: $e, first: 50) { edges { node { entityType action before after } } } }';

interface Phase {
  id: string;
  kind: string;
  name: string;
  position: number;
  plannedStart: string;
  plannedEnd: string;
  status: string;
  version: number;
  milestones: { id: string; name: string }[];
  exitCriteria: { id: string; label: string; done: boolean; version: number }[];
}

describe('editing the plan: phases, milestones and exit criteria', () => {
  let api: TestApp;
  let owner: SignedIn;
  let viewer: SignedIn;
  let project: StandardProject;

  const phasesOf = async (projectId: string): Promise<Phase[]> => (await api.ok(PHASES, { id: projectId }, owner.token))['project'].phases;
  const codeOf = (answer: { errors?: { extensions: Record<string, unknown> }[] }) => answer.errors?.[0]?.extensions['code'];
  const fieldsOf = (answer: { errors?: { extensions: Record<string, unknown> }[] }) =>
    (answer.errors?.[0]?.extensions['fields'] as { field: string }[] | undefined)?.map((f) => f.field);

  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Planner');
    viewer = await api.signUp('Onlooker', { organisationOf: owner });
    project = await createStandardProject(api, owner.token);
    await shareProject(api, owner.token, project.id, viewer, 'VIEWER');
  });
  afterAll(() => api.close());

  describe('adding a phase', () => {
    it('puts a custom phase where its planned start falls, moves the later phases on and writes history', async () => {
      const program = await createStandardProject(api, owner.token);
      const before = await phasesOf(program.id);
      // Between the second and the third phase of the standard plan.
      const start = before[1].plannedStart;
      const created = (await api.ok(CREATE_PHASE, { input: { projectId: program.id, name: '  Data migration  ', plannedStart: start, plannedEnd: before[2].plannedStart } }, owner.token))['createPhase'];
      expect(created).toMatchObject({ kind: 'CUSTOM', name: 'Data migration', status: 'NOT_STARTED', plannedStart: start, version: 1 });

      const after = await phasesOf(program.id);
      expect(after.map((p) => p.id)).toEqual([before[0].id, before[1].id, created.id, ...before.slice(2).map((p) => p.id)]);
      expect(new Set(after.map((p) => p.position)).size).toBe(after.length);
      // Moving on in the order is not an edit of the later phases: the versions they were read with still apply.
      expect(after.slice(3).map((p) => p.version)).toEqual(before.slice(2).map((p) => p.version));

      const history = (await api.ok(HISTORY, { p: program.id, e: created.id }, owner.token))['auditEvents'].edges.map((e: { node: unknown }) => e.node);
      expect(history).toEqual([expect.objectContaining({ entityType: 'Phase', action: 'CREATED' })]);
      expect(JSON.parse(history[0].after)).toMatchObject({ name: 'Data migration', kind: 'CUSTOM' });
    });

    it('goes first when it starts before every phase, and at the end when it starts after them all', async () => {
      const program = await createStandardProject(api, owner.token);
      const first = (await api.ok(CREATE_PHASE, { input: { projectId: program.id, name: 'Kick-off', kind: 'CUSTOM', plannedStart: '2026-11-02', plannedEnd: '2026-11-30' } }, owner.token))['createPhase'];
      const last = (await api.ok(CREATE_PHASE, { input: { projectId: program.id, name: 'Hypercare', plannedStart: '2029-01-01', plannedEnd: '2029-03-01' } }, owner.token))['createPhase'];
      const order = (await phasesOf(program.id)).map((p) => p.id);
      expect(order[0]).toBe(first.id);
      expect(order.at(-1)).toBe(last.id);
    });

    it('starts the plan of a program created without phases', async () => {
      const empty = (await api.ok('mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }', {
        input: { name: 'Blank program', crmProduct: 'HubSpot', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01', template: 'EMPTY' },
      }, owner.token))['createProject'];
      await api.ok(CREATE_PHASE, { input: { projectId: empty.id, name: 'Discovery', plannedStart: '2027-01-04', plannedEnd: '2027-02-01' } }, owner.token);
      expect((await phasesOf(empty.id)).map((p) => p.name)).toEqual(['Discovery']);
    });

    it('refuses an end before the start, an empty or overlong name, and stores nothing', async () => {
      const fingerprint = await databaseFingerprint(api);
      const backwards = await api.gql(CREATE_PHASE, { input: { projectId: project.id, name: 'Backwards', plannedStart: '2027-05-01', plannedEnd: '2027-04-30' } }, owner.token);
      expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(backwards)).toEqual(['plannedEnd']);
      const blank = await api.gql(CREATE_PHASE, { input: { projectId: project.id, name: '   ', plannedStart: '2027-05-01', plannedEnd: '2027-05-30' } }, owner.token);
      expect(fieldsOf(blank)).toEqual(['name']);
      const long = await api.gql(CREATE_PHASE, { input: { projectId: project.id, name: 'x'.repeat(121), plannedStart: '2027-05-01', plannedEnd: '2027-05-30' } }, owner.token);
      expect(fieldsOf(long)).toEqual(['name']);
      expect(await databaseFingerprint(api)).toEqual(fingerprint);
    });

    it('takes a 120-character name', async () => {
      const program = await createStandardProject(api, owner.token);
      const name = 'n'.repeat(120);
      expect((await api.ok(CREATE_PHASE, { input: { projectId: program.id, name, plannedStart: '2027-05-01', plannedEnd: '2027-05-30' } }, owner.token))['createPhase'].name).toBe(name);
    });

    it('gives every phase its own place when several are added at once', async () => {
      const program = await createStandardProject(api, owner.token);
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) => api.gql(CREATE_PHASE, { input: { projectId: program.id, name: `Parallel ${i}`, plannedStart: '2027-02-01', plannedEnd: '2027-02-15' } }, owner.token)),
      );
      expect(answers.map(codeOf)).toEqual(Array(6).fill(undefined));
      const phases = await phasesOf(program.id);
      expect(phases).toHaveLength(11);
      expect(new Set(phases.map((p) => p.position)).size).toBe(11);
    });
  });

  describe('renaming and re-dating a phase', () => {
    it('renames and re-dates it, keeps its place, and refuses a stale version with CONFLICT', async () => {
      const program = await createStandardProject(api, owner.token);
      const [, second] = await phasesOf(program.id);
      const updated = (await api.ok(UPDATE_PHASE, { input: { id: second.id, version: second.version, name: 'Process design', plannedStart: '2027-02-15', plannedEnd: '2027-04-30' } }, owner.token))['updatePhase'];
      expect(updated).toMatchObject({ name: 'Process design', plannedStart: '2027-02-15', plannedEnd: '2027-04-30', version: second.version + 1 });
      expect((await phasesOf(program.id))[1].id).toBe(second.id);
      const stale = await api.gql(UPDATE_PHASE, { input: { id: second.id, version: second.version, name: 'Lost edit' } }, owner.token);
      expect(codeOf(stale)).toBe('CONFLICT');
      expect((await phasesOf(program.id))[1].name).toBe('Process design');
    });
  });

  describe('milestones', () => {
    it('moves a milestone to another phase with a new name and date; its task links stay', async () => {
      const program = await createStandardProject(api, owner.token);
      const [first, second] = await phasesOf(program.id);
      const milestone = (await api.ok(CREATE_MILESTONE, { input: { phaseId: first.id, name: 'Workshops held', dueDate: '2027-02-01' } }, owner.token))['createMilestone'];
      const task = (await api.ok('mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', {
        input: { projectId: program.id, phaseId: first.id, title: 'Run the workshops', roleKey: 'PROJECT_MANAGER', milestoneId: milestone.id },
      }, owner.token))['createTask'];

      const moved = (await api.ok(UPDATE_MILESTONE, { input: { id: milestone.id, version: milestone.version, phaseId: second.id, name: 'Workshops done', dueDate: '2027-03-15' } }, owner.token))['updateMilestone'];
      expect(moved).toMatchObject({ name: 'Workshops done', dueDate: '2027-03-15', version: milestone.version + 1, phase: { id: second.id } });
      const phases = await phasesOf(program.id);
      expect(phases[0].milestones.map((m) => m.id)).not.toContain(milestone.id);
      expect(phases[1].milestones.map((m) => m.id)).toContain(milestone.id);
      const link = await api.ok('query($id: ID!) { task(id: $id) { milestone { id } } }', { id: task.id }, owner.token);
      expect(link['task'].milestone).toEqual({ id: milestone.id });

      const history = (await api.ok(HISTORY, { p: program.id, e: milestone.id }, owner.token))['auditEvents'].edges.map((e: { node: { action: string; after: string } }) => e.node);
      expect(history[0].action).toBe('UPDATED');
      expect(JSON.parse(history[0].after)).toMatchObject({ phase_id: second.id, name: 'Workshops done' });
    });

    it('refuses to move an open milestone into a completed phase, or into a phase of another program', async () => {
      const program = await createStandardProject(api, owner.token);
      const other = await createStandardProject(api, owner.token);
      const [, second] = await phasesOf(program.id);
      // A program's own phase, completed: its gate needs its criteria, milestones and tasks done first.
      const custom = (await api.ok(CREATE_PHASE, { input: { projectId: program.id, name: 'Closed pilot', plannedStart: '2029-01-01', plannedEnd: '2029-01-31' } }, owner.token))['createPhase'];
      const closed = (await api.ok('mutation($input: VersionedIdInput!) { completePhase(input: $input) { status } }', { input: { id: custom.id, version: custom.version } }, owner.token))['completePhase'];
      expect(closed.status).toBe('COMPLETED');
      const milestone = (await api.ok(CREATE_MILESTONE, { input: { phaseId: second.id, name: 'Sign-off', dueDate: '2027-04-01' } }, owner.token))['createMilestone'];

      const fingerprint = await databaseFingerprint(api);
      const intoClosed = await api.gql(UPDATE_MILESTONE, { input: { id: milestone.id, version: milestone.version, phaseId: custom.id } }, owner.token);
      expect(codeOf(intoClosed)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(intoClosed)).toEqual(['phaseId']);
      const elsewhere = await api.gql(UPDATE_MILESTONE, { input: { id: milestone.id, version: milestone.version, phaseId: other.phases[0].id } }, owner.token);
      expect(fieldsOf(elsewhere)).toEqual(['phaseId']);
      expect(await databaseFingerprint(api)).toEqual(fingerprint);
      expect((await phasesOf(program.id))[1].milestones.map((m) => m.id)).toContain(milestone.id);
    });

    it('refuses a stale version with CONFLICT', async () => {
      const milestone = (await api.ok(CREATE_MILESTONE, { input: { phaseId: project.phases[0].id, name: 'Kick-off held', dueDate: '2027-01-10' } }, owner.token))['createMilestone'];
      await api.ok(UPDATE_MILESTONE, { input: { id: milestone.id, version: milestone.version, name: 'Kick-off done' } }, owner.token);
      const stale = await api.gql(UPDATE_MILESTONE, { input: { id: milestone.id, version: milestone.version, phaseId: project.phases[1].id } }, owner.token);
      expect(codeOf(stale)).toBe('CONFLICT');
    });
  });

  describe('exit criteria', () => {
    it('rewords a criterion, keeps its tick, writes history, and refuses a stale version with CONFLICT', async () => {
      const phaseId = project.phases[2].id;
      const added = (await api.ok(ADD_CRITERION, { input: { phaseId, label: 'Budget approved' } }, owner.token))['addExitCriterion'];
      expect(added).toMatchObject({ label: 'Budget approved', done: false, version: 1 });
      const ticked = (await api.ok(SET_CRITERION, { input: { id: added.id, done: true } }, owner.token))['setExitCriterion'];
      expect(ticked.version).toBe(2);

      const renamed = (await api.ok(UPDATE_CRITERION, { input: { id: added.id, version: ticked.version, label: '  Budget approved by the steering board ' } }, owner.token))['updateExitCriterion'];
      expect(renamed).toEqual({ id: added.id, label: 'Budget approved by the steering board', done: true, version: 3 });

      // Someone who read it before the rename sends theirs: refused, the rename stands.
      const stale = await api.gql(UPDATE_CRITERION, { input: { id: added.id, version: ticked.version, label: 'Budget signed' } }, owner.token);
      expect(codeOf(stale)).toBe('CONFLICT');
      const stored = (await phasesOf(project.id)).find((p) => p.id === phaseId)!.exitCriteria.find((c) => c.id === added.id);
      expect(stored).toEqual(renamed);

      const history = (await api.ok(HISTORY, { p: project.id, e: added.id }, owner.token))['auditEvents'].edges.map((e: { node: { action: string; before: string; after: string } }) => e.node);
      expect(history[0]).toMatchObject({ action: 'UPDATED' });
      expect(JSON.parse(history[0].before)).toEqual({ label: 'Budget approved' });
      expect(JSON.parse(history[0].after)).toEqual({ label: 'Budget approved by the steering board' });
    });

    it('refuses an empty or overlong wording', async () => {
      const criterion = project.phases[0].exitCriteria[0];
      expect(fieldsOf(await api.gql(UPDATE_CRITERION, { input: { id: criterion.id, version: 1, label: ' ' } }, owner.token))).toEqual(['label']);
      expect(fieldsOf(await api.gql(UPDATE_CRITERION, { input: { id: criterion.id, version: 1, label: 'x'.repeat(301) } }, owner.token))).toEqual(['label']);
    });
  });

  describe('a viewer', () => {
    it('is refused every planning edit, and nothing is stored', async () => {
      const [first, second] = await phasesOf(project.id);
      const milestone = first.milestones[0];
      const criterion = first.exitCriteria[0];
      const fingerprint = await databaseFingerprint(api);
      const attempts = await Promise.all([
        api.gql(CREATE_PHASE, { input: { projectId: project.id, name: 'Sneaky', plannedStart: '2027-05-01', plannedEnd: '2027-05-30' } }, viewer.token),
        api.gql(UPDATE_PHASE, { input: { id: first.id, version: first.version, name: 'Renamed by a viewer' } }, viewer.token),
        api.gql(UPDATE_MILESTONE, { input: { id: milestone.id, version: 1, phaseId: second.id } }, viewer.token),
        api.gql(UPDATE_CRITERION, { input: { id: criterion.id, version: criterion.version, label: 'Changed by a viewer' } }, viewer.token),
      ]);
      expect(attempts.map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      expect(await databaseFingerprint(api)).toEqual(fingerprint);
    });
  });
});
