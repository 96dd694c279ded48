import { createStandardProject, shareProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const SAVE = 'mutation($input: SaveBaselineInput!) { saveBaseline(input: $input) { id name createdAt createdBy { id name } itemCount } }';
const LIST = 'query($p: ID!) { baselines(projectId: $p) { id name createdBy { name } itemCount } }';
const VARIANCE = `query($b: ID!) { baselineVariance(baselineId: $b) {
  itemType id title baselineStart baselineFinish currentStart currentFinish startVarianceDays finishVarianceDays durationVarianceDays status
} }`;
const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }';
const UPDATE_TASK = 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id version } }';

interface Program {
  projectId: string;
  phaseId: string;
}

describe('baselines and the variance against them', () => {
  let api: TestApp;
  let owner: SignedIn;
  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Baseline planner');
  });
  afterAll(() => api.close());

  /** A program with one phase and nothing planned, so the plan is only what a test adds. */
  async function emptyProgram(): Promise<Program> {
    const project = await createStandardProject(api, owner.token, { template: 'EMPTY', startDate: '2027-03-01', targetGoLiveDate: '2027-06-30' });
    const phase = await api.ok(
      'mutation($input: CreatePhaseInput!) { createPhase(input: $input) { id } }',
      { input: { projectId: project.id, name: 'Build', plannedStart: '2027-03-01', plannedEnd: '2027-06-30' } },
      owner.token,
    );
    return { projectId: project.id, phaseId: phase['createPhase'].id };
  }
  const task = async (program: Program, title: string, dates: Record<string, unknown>) =>
    (await api.ok(CREATE_TASK, { input: { ...program, title, roleKey: 'CRM_ADMIN', ...dates } }, owner.token))['createTask'] as { id: string; version: number };
  const milestone = async (program: Program, name: string, dueDate: string) =>
    (await api.ok('mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version } }', { input: { phaseId: program.phaseId, name, dueDate } }, owner.token))[
      'createMilestone'
    ] as { id: string; version: number };
  const save = async (program: Program, name: string) => (await api.ok(SAVE, { input: { projectId: program.projectId, name } }, owner.token))['saveBaseline'];
  const variance = async (baselineId: string, token = owner.token) => (await api.ok(VARIANCE, { b: baselineId }, token))['baselineVariance'] as Record<string, unknown>[];

  it('saves the plan under a name, and lists it with who saved it and how many items it holds', async () => {
    const program = await emptyProgram();
    await task(program, 'Configure the pipeline', { startDate: '2027-03-01', durationDays: 5 });
    await task(program, 'Undated idea', {});
    await milestone(program, 'Pilot live', '2027-03-19');
    const saved = await save(program, '  Steering committee 12 March  ');
    expect(saved).toMatchObject({ name: 'Steering committee 12 March', createdBy: { id: owner.user.id, name: 'Baseline planner' }, itemCount: 3 });
    expect(Number.isNaN(Date.parse(saved.createdAt))).toBe(false);
    const later = await save(program, 'Steering committee 9 April');
    const listed = (await api.ok(LIST, { p: program.projectId }, owner.token))['baselines'];
    expect(listed.map((b: { name: string }) => b.name)).toEqual(['Steering committee 9 April', 'Steering committee 12 March']);
    expect(listed[0]).toMatchObject({ id: later.id, itemCount: 3, createdBy: { name: 'Baseline planner' } });
    // The copy is the plan of that moment, whatever is planned later.
    expect(await variance(saved.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: 'Configure the pipeline', status: 'ON_BASELINE', baselineStart: '2027-03-01', baselineFinish: '2027-03-05', finishVarianceDays: 0 }),
        expect.objectContaining({ title: 'Undated idea', status: 'UNDATED', baselineStart: null, finishVarianceDays: null }),
        expect.objectContaining({ itemType: 'MILESTONE', title: 'Pilot live', status: 'ON_BASELINE', baselineFinish: '2027-03-19' }),
      ]),
    );
  });

  it('refuses a name the program already uses, in any case, and a blank or overlong one, storing nothing', async () => {
    const program = await emptyProgram();
    await save(program, 'Go-live plan');
    const before = await databaseFingerprint(api);
    const clash = await api.gql(SAVE, { input: { projectId: program.projectId, name: ' go-live PLAN ' } }, owner.token);
    expect(clash.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(clash.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'name', message: 'A baseline of that name exists.' })]);
    for (const name of ['   ', 'x'.repeat(121)]) {
      const refused = await api.gql(SAVE, { input: { projectId: program.projectId, name } }, owner.token);
      expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect((refused.errors?.[0]?.extensions['fields'] as { field: string }[]).map((f) => f.field)).toEqual(['name']);
    }
    expect(await databaseFingerprint(api)).toEqual(before);
    // Another program may use the same name.
    expect((await save(await emptyProgram(), 'Go-live plan')).name).toBe('Go-live plan');
  });

  it('ten editors saving the same name at once: one baseline, the others are told the name is taken', async () => {
    const program = await emptyProgram();
    await task(program, 'Configure the pipeline', { startDate: '2027-03-01', durationDays: 5 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => api.gql(SAVE, { input: { projectId: program.projectId, name: 'Go-live plan' } }, owner.token)));
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions.code)).toEqual(Array(9).fill('BAD_USER_INPUT'));
    expect(await api.query('SELECT count(*)::int AS n FROM baseline_items i JOIN baselines b ON b.id = i.baseline_id WHERE b.project_id = $1', [program.projectId])).toEqual([{ n: 1 }]);
  });

  it('shows a moved task and a slipped milestone in working days, the worst slip first, with added and removed items', async () => {
    const program = await emptyProgram();
    const configure = await task(program, 'Configure the pipeline', { startDate: '2027-03-01', durationDays: 5 });
    await task(program, 'Load the accounts', { startDate: '2027-03-08', durationDays: 3 });
    const dropped = await task(program, 'Dropped report', { startDate: '2027-03-02', durationDays: 1 });
    const pilot = await milestone(program, 'Pilot live', '2027-03-19');
    const baseline = await save(program, 'Approved plan');

    // Two working days later, same length; the milestone three working days later (Friday to Wednesday).
    await api.ok(UPDATE_TASK, { input: { id: configure.id, version: configure.version, startDate: '2027-03-03' } }, owner.token);
    await api.ok('mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }', { input: { id: pilot.id, version: pilot.version, dueDate: '2027-03-24' } }, owner.token);
    await api.ok('mutation($input: DeleteTaskInput!) { deleteTask(input: $input) { id } }', { input: { id: dropped.id, version: dropped.version } }, owner.token);
    const added = await task(program, 'Extra training', { startDate: '2027-03-15', durationDays: 2 });

    const rows = await variance(baseline.id);
    expect(rows.map((r) => [r['title'], r['status']])).toEqual([
      ['Pilot live', 'SLIPPED'],
      ['Configure the pipeline', 'SLIPPED'],
      ['Dropped report', 'REMOVED'],
      ['Load the accounts', 'ON_BASELINE'],
      ['Extra training', 'ADDED'],
    ]);
    expect(rows[0]).toEqual({
      itemType: 'MILESTONE',
      id: pilot.id,
      title: 'Pilot live',
      baselineStart: '2027-03-19',
      baselineFinish: '2027-03-19',
      currentStart: '2027-03-24',
      currentFinish: '2027-03-24',
      startVarianceDays: 3,
      finishVarianceDays: 3,
      durationVarianceDays: 0,
      status: 'SLIPPED',
    });
    expect(rows[1]).toMatchObject({ currentStart: '2027-03-03', currentFinish: '2027-03-09', startVarianceDays: 2, finishVarianceDays: 2, durationVarianceDays: 0 });
    expect(rows[2]).toMatchObject({ currentStart: null, baselineStart: '2027-03-02', finishVarianceDays: null });
    expect(rows[4]).toMatchObject({ id: added.id, itemType: 'TASK', baselineStart: null, currentStart: '2027-03-15', currentFinish: '2027-03-16', startVarianceDays: null });
  });

  it('counts the program’s holidays: a task moved over Easter in a German wave slips by working days only', async () => {
    const program = await emptyProgram();
    await api.ok(
      'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }',
      { input: { projectId: program.projectId, name: 'DACH', scope: ['Germany'], goLiveDate: '2027-05-03' } },
      owner.token,
    );
    const t = await task(program, 'Train the trainers', { startDate: '2027-03-24', durationDays: 2 });
    const baseline = await save(program, 'Before Easter');
    // 24 March to 1 April over Good Friday and Easter Monday: 4 working days, not 6.
    await api.ok(UPDATE_TASK, { input: { id: t.id, version: t.version, startDate: '2027-04-01', dueDate: '2027-04-02' } }, owner.token);
    expect((await variance(baseline.id))[0]).toMatchObject({ startVarianceDays: 4, status: 'SLIPPED' });
  });

  it('lets a viewer read baselines and their variance but not save one; another organisation finds nothing', async () => {
    const program = await emptyProgram();
    const baseline = await save(program, 'Shared plan');
    const viewer = await api.signUp('Baseline viewer', { organisationOf: owner });
    await shareProject(api, owner.token, program.projectId, viewer, 'VIEWER');
    expect((await api.ok(LIST, { p: program.projectId }, viewer.token))['baselines']).toHaveLength(1);
    expect(await variance(baseline.id, viewer.token)).toEqual([]);
    const stranger = await api.signUp('Other organisation');
    const before = await databaseFingerprint(api);
    const refused = await api.gql(SAVE, { input: { projectId: program.projectId, name: 'Viewer plan' } }, viewer.token);
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    for (const [query, variables] of [
      [LIST, { p: program.projectId }],
      [VARIANCE, { b: baseline.id }],
      [SAVE, { input: { projectId: program.projectId, name: 'Theirs' } }],
    ] as const) {
      const answer = await api.gql(query, variables, stranger.token);
      expect(answer.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('removes a baseline to the trash with its items and brings it back', async () => {
    const program = await emptyProgram();
    await task(program, 'Configure the pipeline', { startDate: '2027-03-01', durationDays: 5 });
    const baseline = await save(program, 'Old plan');
    const removed = await api.ok('mutation($input: DeleteBaselineInput!) { deleteBaseline(input: $input) { title } }', { input: { id: baseline.id, version: 1 } }, owner.token);
    expect(removed['deleteBaseline'].title).toBe('Old plan');
    expect((await api.ok(LIST, { p: program.projectId }, owner.token))['baselines']).toEqual([]);
    expect((await api.gql(VARIANCE, { b: baseline.id }, owner.token)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    // Meanwhile someone saves another baseline under the name: the removed one cannot come back over it.
    const taken = await save(program, 'old plan');
    const clash = await api.gql('mutation($input: RestoreBaselineInput!) { restoreBaseline(input: $input) { __typename } }', { input: { id: baseline.id } }, owner.token);
    expect(clash.errors?.[0]?.extensions.code).toBe('CONFLICT');
    await api.ok('mutation($input: DeleteBaselineInput!) { deleteBaseline(input: $input) { title } }', { input: { id: taken.id, version: 1 } }, owner.token);
    await api.ok('mutation($input: RestoreBaselineInput!) { restoreBaseline(input: $input) { __typename } }', { input: { id: baseline.id } }, owner.token);
    expect((await api.ok(LIST, { p: program.projectId }, owner.token))['baselines']).toEqual([expect.objectContaining({ name: 'Old plan', itemCount: 1 })]);
  });

  it('saves and compares in the same number of statements for 3 items as for 30', async () => {
    const statements = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      return { count: Number(response.headers.get('x-sql-statements')), data: body.data };
    };
    const measure = async (tasks: number) => {
      const program = await emptyProgram();
      for (let i = 0; i < tasks; i += 1) await task(program, `Step ${i}`, { startDate: '2027-03-01', durationDays: 1 + (i % 4) });
      const saved = await statements(SAVE, { input: { projectId: program.projectId, name: 'Measured' } });
      const compared = await statements(VARIANCE, { b: saved.data.saveBaseline.id });
      expect(compared.data.baselineVariance).toHaveLength(tasks);
      return { save: saved.count, compare: compared.count };
    };
    const few = await measure(3);
    expect(few.save).toBeGreaterThan(0);
    expect(few.compare).toBeGreaterThan(0);
    expect(await measure(30)).toEqual(few);
  });
});
