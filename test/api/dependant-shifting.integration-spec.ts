import { createStandardProject, shareProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const FIELDS = 'id title version startDate dueDate durationDays dependencies { dependsOnId lagDays dependsOn { id title } }';
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${FIELDS} } }`;
const UPDATE_TASK = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { ${FIELDS} } }`;
const SHIFTS = 'query($input: DependantShiftsInput!) { dependantShifts(input: $input) { taskId title startDate dueDate newStartDate newDueDate shiftDays } }';
const TASK = `query($id: ID!) { task(id: $id) { ${FIELDS} } }`;

interface Task {
  id: string;
  title: string;
  version: number;
  startDate: string | null;
  dueDate: string | null;
  durationDays: number | null;
  dependencies: { dependsOnId: string; lagDays: number; dependsOn: { id: string; title: string } }[];
}

interface Program {
  projectId: string;
  phaseId: string;
}

describe('dependency lag and shifting the tasks that wait for a moved one', () => {
  let api: TestApp;
  let owner: SignedIn;
  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Shift planner');
  });
  afterAll(() => api.close());

  /** A program with one phase and no template tasks; with `germany`, a wave in Germany makes Easter days off. */
  async function program({ germany = false } = {}): Promise<Program> {
    const project = await createStandardProject(api, owner.token, { template: 'EMPTY', startDate: '2027-03-01', targetGoLiveDate: '2027-09-30' });
    const phase = await api.ok(
      'mutation($input: CreatePhaseInput!) { createPhase(input: $input) { id } }',
      { input: { projectId: project.id, name: 'Build', plannedStart: '2027-03-01', plannedEnd: '2027-09-30' } },
      owner.token,
    );
    if (germany) {
      await api.ok(
        'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }',
        { input: { projectId: project.id, name: 'DACH', scope: ['Germany'], goLiveDate: '2027-06-01' } },
        owner.token,
      );
    }
    return { projectId: project.id, phaseId: phase['createPhase'].id as string };
  }

  const create = async (p: Program, title: string, extra: Record<string, unknown> = {}) =>
    (await api.ok(CREATE_TASK, { input: { ...p, title, roleKey: 'CRM_ADMIN', ...extra } }, owner.token))['createTask'] as Task;
  const read = async (id: string) => (await api.ok(TASK, { id }, owner.token))['task'] as Task;
  const preview = async (input: Record<string, unknown>, token = owner.token) => (await api.ok(SHIFTS, { input }, token))['dependantShifts'];

  /**
   * A waits for nothing, B waits 2 working days after A, C follows B at once, D waits for A with
   * three weeks to spare. In Germany Good Friday (26 March 2027) and Easter Monday (29 March) are off.
   */
  async function easterChain() {
    const p = await program({ germany: true });
    const a = await create(p, 'Migrate the accounts', { startDate: '2027-03-22', durationDays: 3 });
    // Wed 24 March + 2 days of lag: Thu 25 and Tue 30 (Friday, the weekend and Monday are off), so B begins Wed 31.
    const b = await create(p, 'Check the migrated data', { startDate: '2027-03-31', durationDays: 2, dependencies: [{ dependsOnId: a.id, lagDays: 2 }] });
    const c = await create(p, 'Sign off the data', { startDate: '2027-04-02', durationDays: 1, dependencies: [{ dependsOnId: b.id }] });
    const d = await create(p, 'Archive the old system', { startDate: '2027-04-19', durationDays: 1, dependencies: [{ dependsOnId: a.id }] });
    return { p, a, b, c, d };
  }

  it('keeps each dependency’s lag, shows it on the task and on the timeline', async () => {
    const { p, a, b } = await easterChain();
    expect(b.dependencies).toEqual([{ dependsOnId: a.id, lagDays: 2, dependsOn: { id: a.id, title: 'Migrate the accounts' } }]);
    const timeline = await api.ok(
      'query($p: ID!) { projectTimeline(projectId: $p) { dependencies { taskId dependsOnId lagDays } } }',
      { p: p.projectId },
      owner.token,
    );
    expect(timeline['projectTimeline'].dependencies).toEqual(expect.arrayContaining([{ taskId: b.id, dependsOnId: a.id, lagDays: 2 }]));
    // dependsOnIds still replaces the links, each without lag.
    const plain = (await api.ok(UPDATE_TASK, { input: { id: b.id, version: b.version, dependsOnIds: [a.id] } }, owner.token))['updateTask'] as Task;
    expect(plain.dependencies.map((d) => d.lagDays)).toEqual([0]);
  });

  it('proposes the dependants’ new dates across the weekend and the program’s holidays; slack absorbs the move of the others', async () => {
    const { a, b, c } = await easterChain();
    // A one working day later finishes Thu 25 March; B may then begin Thu 1 April, C Mon 5 April. D keeps its slack.
    expect(await preview({ taskId: a.id, startDate: '2027-03-23', dueDate: '2027-03-25' })).toEqual([
      { taskId: b.id, title: 'Check the migrated data', startDate: '2027-03-31', dueDate: '2027-04-01', newStartDate: '2027-04-01', newDueDate: '2027-04-02', shiftDays: 1 },
      { taskId: c.id, title: 'Sign off the data', startDate: '2027-04-02', dueDate: '2027-04-02', newStartDate: '2027-04-05', newDueDate: '2027-04-05', shiftDays: 1 },
    ]);
    // Dates left out are the task's own, as updateTask reads them: a new start keeps the duration.
    expect(await preview({ taskId: a.id, startDate: '2027-03-23' })).toHaveLength(2);
  });

  it('moves every dependant as previewed when asked, each at a new version with a history entry', async () => {
    const { a, b, c, d } = await easterChain();
    const proposed = await preview({ taskId: a.id, startDate: '2027-03-23', dueDate: '2027-03-25' });
    const moved = (await api.ok(UPDATE_TASK, { input: { id: a.id, version: a.version, startDate: '2027-03-23', dueDate: '2027-03-25', shiftDependants: true } }, owner.token))['updateTask'];
    expect(moved).toMatchObject({ startDate: '2027-03-23', dueDate: '2027-03-25', version: a.version + 1 });
    const [b2, c2, d2] = await Promise.all([read(b.id), read(c.id), read(d.id)]);
    expect([b2, c2].map((t) => ({ taskId: t.id, newStartDate: t.startDate, newDueDate: t.dueDate }))).toEqual(
      proposed.map((s: { taskId: string; newStartDate: string; newDueDate: string }) => ({ taskId: s.taskId, newStartDate: s.newStartDate, newDueDate: s.newDueDate })),
    );
    expect([b2.version, c2.version, d2.version]).toEqual([b.version + 1, c.version + 1, d.version]);
    expect(b2.durationDays).toBe(2);
    const history = await api.query<{ entity_id: string; before: Record<string, unknown>; after: Record<string, unknown> }>(
      "SELECT entity_id, before, after FROM audit_events WHERE entity_id = ANY($1) AND action = 'UPDATED' ORDER BY at",
      [[b.id, c.id, d.id]],
    );
    expect(history).toEqual(
      expect.arrayContaining([
        { entity_id: b.id, before: { start_date: '2027-03-31', due_date: '2027-04-01' }, after: { start_date: '2027-04-01', due_date: '2027-04-02' } },
        { entity_id: c.id, before: { start_date: '2027-04-02', due_date: '2027-04-02' }, after: { start_date: '2027-04-05', due_date: '2027-04-05' } },
      ]),
    );
    expect(history).toHaveLength(2);
  });

  it('moves nothing else without shiftDependants, and never pulls a dependant earlier', async () => {
    const { a, b } = await easterChain();
    await api.ok(UPDATE_TASK, { input: { id: a.id, version: a.version, startDate: '2027-03-29' } }, owner.token);
    expect(await read(b.id)).toMatchObject({ startDate: '2027-03-31', version: b.version });

    const { a: early, b: waiting, c: last } = await easterChain();
    expect(await preview({ taskId: early.id, startDate: '2027-03-15' })).toEqual([]);
    await api.ok(UPDATE_TASK, { input: { id: early.id, version: early.version, startDate: '2027-03-15', shiftDependants: true } }, owner.token);
    expect(await read(waiting.id)).toMatchObject({ startDate: '2027-03-31', version: waiting.version });
    expect(await read(last.id)).toMatchObject({ startDate: '2027-04-02', version: last.version });
  });

  it('a stale version is CONFLICT and leaves the task and its dependants as they were', async () => {
    const { a } = await easterChain();
    await api.ok(UPDATE_TASK, { input: { id: a.id, version: a.version, title: 'Migrate the customer accounts' } }, owner.token);
    const before = await databaseFingerprint(api);
    const stale = await api.gql(UPDATE_TASK, { input: { id: a.id, version: a.version, startDate: '2027-03-24', shiftDependants: true } }, owner.token);
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('refuses bad links and unknown tasks with a clear reason, and stores nothing', async () => {
    const p = await program();
    const other = await program();
    const a = await create(p, 'Design the data model', { startDate: '2027-03-01', durationDays: 2 });
    const foreign = await create(other, 'Another program’s task');
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ dependencies: [{ dependsOnId: a.id, lagDays: 366 }] }, 'BAD_USER_INPUT', 'A lag must be between -365 and +365 working days.'],
      [{ dependencies: [{ dependsOnId: a.id, lagDays: -366 }] }, 'BAD_USER_INPUT', 'A lag must be between -365 and +365 working days.'],
      [{ dependencies: [{ dependsOnId: a.id }], dependsOnIds: [a.id] }, 'BAD_USER_INPUT', 'Send the prerequisites once: either dependsOnIds or dependencies (with lags), not both.'],
      [{ dependencies: [{ dependsOnId: a.id }, { dependsOnId: a.id, lagDays: 1 }] }, 'BAD_USER_INPUT', 'Name each prerequisite once.'],
      [{ dependencies: [{ dependsOnId: '00000000-0000-4000-8000-000000000000' }] }, 'BAD_USER_INPUT', 'A task can only depend on tasks of the same program.'],
      [{ dependencies: [{ dependsOnId: foreign.id }] }, 'BAD_USER_INPUT', 'A task can only depend on tasks of the same program.'],
    ];
    const before = await databaseFingerprint(api);
    for (const [extra, code, message] of refusals) {
      const created = await api.gql(CREATE_TASK, { input: { ...p, title: 'Load the data', roleKey: 'CRM_ADMIN', ...extra } }, owner.token);
      expect(created.errors?.[0]?.extensions.code).toBe(code);
      expect(JSON.stringify(created.errors?.[0]?.extensions['fields'])).toContain(message);
    }
    const updated = await api.gql(UPDATE_TASK, { input: { id: foreign.id, version: foreign.version, dependencies: [{ dependsOnId: foreign.id, lagDays: 400 }] } }, owner.token);
    expect(updated.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await api.gql(SHIFTS, { input: { taskId: '00000000-0000-4000-8000-000000000000', startDate: '2027-03-02' } }, owner.token);
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const backwards = await api.gql(SHIFTS, { input: { taskId: a.id, startDate: '2027-03-10', dueDate: '2027-03-01' } }, owner.token);
    expect(backwards.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'dueDate', message: 'Due date must be on or after the start date.' })]);
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('a viewer sees the proposals but may not move the tasks', async () => {
    const { p, a } = await easterChain();
    const viewer = await api.signUp('Shift viewer', { organisationOf: owner });
    await shareProject(api, owner.token, p.projectId, viewer, 'VIEWER');
    expect(await preview({ taskId: a.id, startDate: '2027-03-23' }, viewer.token)).toHaveLength(2);
    const before = await databaseFingerprint(api);
    const refused = await api.gql(UPDATE_TASK, { input: { id: a.id, version: a.version, startDate: '2027-03-23', shiftDependants: true } }, viewer.token);
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('takes the same number of statements to preview and to shift 3 dependants as 12', async () => {
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
    const fan = async (dependants: number) => {
      const p = await program();
      const first = await create(p, 'Kick-off', { startDate: '2027-03-01', durationDays: 1 });
      for (let i = 0; i < dependants; i += 1) await create(p, `Follow-up ${i}`, { startDate: '2027-03-02', durationDays: 2, dependencies: [{ dependsOnId: first.id }] });
      const shown = await statements(SHIFTS, { input: { taskId: first.id, startDate: '2027-03-03' } });
      expect(shown.data.dependantShifts).toHaveLength(dependants);
      const shifted = await statements(UPDATE_TASK, { input: { id: first.id, version: first.version, startDate: '2027-03-03', shiftDependants: true } });
      return { preview: shown.count, shift: shifted.count };
    };
    const small = await fan(3);
    const large = await fan(12);
    expect(small.preview).toBeGreaterThan(0);
    expect(large).toEqual(small);
  });

  it('two people shifting the same chain at once: one wins, the other is CONFLICT, no move is lost', async () => {
    const { a, b, c } = await easterChain();
    const shift = (startDate: string) =>
      api.gql(UPDATE_TASK, { input: { id: a.id, version: a.version, startDate, shiftDependants: true } }, owner.token);
    const results = await Promise.all([shift('2027-03-23'), shift('2027-03-24')]);
    const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const won = results.find((r) => !r.errors)?.data?.['updateTask'] as Task;
    const [b2, c2] = await Promise.all([read(b.id), read(c.id)]);
    // The dependants moved exactly once, by the winner's dates.
    expect([b2.version, c2.version]).toEqual([b.version + 1, c.version + 1]);
    const expected = won.startDate === '2027-03-23' ? ['2027-04-01', '2027-04-05'] : ['2027-04-02', '2027-04-06'];
    expect([b2.startDate, c2.startDate]).toEqual(expected);
  });
});
