import { addDays, addWorkingDays, todayIso, workingDaysBetween } from '@crm/domain';

import { createStandardProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { startTestApp, TestApp } from './support/test-app';

const FIELDS = 'id title version startDate dueDate durationDays slackDays';
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${FIELDS} } }`;
const UPDATE_TASK = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { ${FIELDS} } }`;
const CRITICAL_PATH = 'query($p: ID!) { criticalPath(projectId: $p) { taskIds totalDays startDate finishDate } }';
const FORECAST = `query($p: ID!) { goLiveForecast(projectId: $p) {
  status forecastDate earliest latest targetGoLiveDate slipDays remainingHours hoursPerWeek weeks drivers { id title } unestimatedTaskIds
} }`;
const SLACK = 'query($p: ID!, $first: Int!) { tasks(projectId: $p, first: $first) { edges { node { id slackDays durationDays } } } }';

interface Task {
  id: string;
  title: string;
  version: number;
  startDate: string | null;
  dueDate: string | null;
  durationDays: number | null;
  slackDays: number;
}

describe('task durations, the critical path and the go-live forecast', () => {
  let api: TestApp;
  let token: string;
  beforeAll(async () => {
    api = await startTestApp();
    ({ token } = await api.signUp('Schedule planner'));
  });
  afterAll(() => api.close());

  /** A program with one phase and no template tasks, so its schedule is only what a test adds. */
  async function emptyProgram(dates: { startDate: string; targetGoLiveDate: string } = { startDate: '2027-03-01', targetGoLiveDate: '2027-06-30' }) {
    const project = await createStandardProject(api, token, { template: 'EMPTY', ...dates });
    const phase = await api.ok(
      'mutation($input: CreatePhaseInput!) { createPhase(input: $input) { id } }',
      { input: { projectId: project.id, name: 'Build', plannedStart: dates.startDate, plannedEnd: dates.targetGoLiveDate } },
      token,
    );
    return { projectId: project.id, phaseId: phase['createPhase'].id as string };
  }

  const create = async (program: { projectId: string; phaseId: string }, title: string, extra: Record<string, unknown> = {}) =>
    (await api.ok(CREATE_TASK, { input: { ...program, title, roleKey: 'CRM_ADMIN', ...extra } }, token))['createTask'] as Task;
  const update = async (task: Task, change: Record<string, unknown>) =>
    (await api.ok(UPDATE_TASK, { input: { id: task.id, version: task.version, ...change } }, token))['updateTask'] as Task;

  describe('durations in working days', () => {
    let program: { projectId: string; phaseId: string };
    beforeAll(async () => {
      program = await emptyProgram();
    });

    it('a task given a start and a duration gets its due date, skipping the weekend', async () => {
      const task = await create(program, 'Configure the lead pipeline', { startDate: '2027-03-03', durationDays: 5 });
      expect(task).toMatchObject({ startDate: '2027-03-03', dueDate: '2027-03-09', durationDays: 5 });
    });

    it('a task given a due date and a duration gets its start', async () => {
      const task = await create(program, 'Load the account data', { dueDate: '2027-03-12', durationDays: 3 });
      expect(task).toMatchObject({ startDate: '2027-03-10', dueDate: '2027-03-12', durationDays: 3 });
    });

    it('a task planned by dates alone tells its duration from them', async () => {
      const task = await create(program, 'Write the cheat sheet', { startDate: '2027-03-01', dueDate: '2027-03-08' });
      expect(task.durationDays).toBe(6);
    });

    it('moving the start keeps the length; a new due date resizes; forgetting the duration keeps the dates', async () => {
      const task = await create(program, 'Build the quote approval', { startDate: '2027-03-01', durationDays: 5 });
      const moved = await update(task, { startDate: '2027-03-04' });
      expect(moved).toMatchObject({ startDate: '2027-03-04', dueDate: '2027-03-10', durationDays: 5 });
      const resized = await update(moved, { dueDate: '2027-03-12' });
      expect(resized).toMatchObject({ startDate: '2027-03-04', dueDate: '2027-03-12', durationDays: 7 });
      const longer = await update(resized, { durationDays: 8 });
      expect(longer).toMatchObject({ dueDate: '2027-03-15', durationDays: 8 });
      const forgotten = await update(longer, { durationDays: null });
      expect(forgotten).toMatchObject({ startDate: '2027-03-04', dueDate: '2027-03-15', durationDays: 8 });
      const moveAgain = await update(forgotten, { startDate: '2027-03-05' });
      // Without a recorded duration the dates are taken as sent, and the length follows from them.
      expect(moveAgain).toMatchObject({ startDate: '2027-03-05', dueDate: '2027-03-15', durationDays: 7 });
    });

    it('counts the public holidays of the countries the program’s waves name: Easter in Germany', async () => {
      const german = await emptyProgram();
      await api.ok(
        'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }',
        { input: { projectId: german.projectId, name: 'DACH', scope: ['Germany', 'Sales Austria'], goLiveDate: '2027-05-03' } },
        token,
      );
      // Good Friday 26 March and Easter Monday 29 March 2027 are national holidays in Germany.
      expect(await create(german, 'Train the trainers', { startDate: '2027-03-24', durationDays: 5 })).toMatchObject({ dueDate: '2027-04-01' });
      expect(await create(program, 'Train the trainers', { startDate: '2027-03-24', durationDays: 5 })).toMatchObject({ dueDate: '2027-03-30' });
    });

    it('refuses a duration that disagrees with both dates, or is not a whole number of days, and stores nothing', async () => {
      const task = await create(program, 'Review the data model', { startDate: '2027-03-01', durationDays: 2 });
      const before = await databaseFingerprint(api);
      const disagreeing = await api.gql(CREATE_TASK, { input: { ...program, title: 'Mismatch', roleKey: 'CRM_ADMIN', startDate: '2027-03-01', dueDate: '2027-03-05', durationDays: 3 } }, token);
      expect(disagreeing.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(disagreeing.errors?.[0]?.extensions['fields']).toEqual([
        expect.objectContaining({ field: 'durationDays', message: 'From 2027-03-01 to 2027-03-05 is 5 working days, not 3. Send two of the three, and the third follows.' }),
      ]);
      for (const durationDays of [-1, 1301]) {
        const refused = await api.gql(UPDATE_TASK, { input: { id: task.id, version: task.version, durationDays } }, token);
        expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
        expect((refused.errors?.[0]?.extensions['fields'] as { field: string }[]).map((f) => f.field)).toEqual(['durationDays']);
      }
      // GraphQL's Int itself refuses a fraction, before our validation sees it.
      const fraction = await api.gql(UPDATE_TASK, { input: { id: task.id, version: task.version, durationDays: 1.5 } }, token);
      expect(fraction.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      const dueBeforeStart = await api.gql(UPDATE_TASK, { input: { id: task.id, version: task.version, startDate: '2027-03-10', dueDate: '2027-03-01' } }, token);
      expect(dueBeforeStart.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'dueDate', message: 'Due date must be on or after the start date.' })]);
      expect(await databaseFingerprint(api)).toEqual(before);
    });
  });

  describe('criticalPath and slackDays', () => {
    it('the longest chain is critical, in order, and the parallel task has its slack in working days', async () => {
      const program = await emptyProgram();
      const design = await create(program, 'Design', { startDate: '2027-03-01', durationDays: 5 });
      const build = await create(program, 'Build', { startDate: '2027-03-08', durationDays: 3, dependsOnIds: [design.id] });
      const docs = await create(program, 'Docs', { startDate: '2027-03-08', durationDays: 1, dependsOnIds: [design.id] });
      const signOff = await create(program, 'Sign-off', { startDate: '2027-03-11', durationDays: 2, dependsOnIds: [build.id, docs.id] });

      const path = (await api.ok(CRITICAL_PATH, { p: program.projectId }, token))['criticalPath'];
      expect(path).toEqual({ taskIds: [design.id, build.id, signOff.id], totalDays: 10, startDate: '2027-03-01', finishDate: '2027-03-12' });

      const slack = (await api.ok(SLACK, { p: program.projectId, first: 10 }, token))['tasks'].edges.map((e: { node: { id: string; slackDays: number } }) => e.node);
      expect(Object.fromEntries(slack.map((t: { id: string; slackDays: number }) => [t.id, t.slackDays]))).toEqual({
        [design.id]: 0,
        [build.id]: 0,
        [docs.id]: 2,
        [signOff.id]: 0,
      });
    });

    it('a lag on a link lengthens the program by its working days; an overlap shortens it', async () => {
      const program = await emptyProgram();
      const design = await create(program, 'Design', { startDate: '2027-03-01', durationDays: 5 });
      const build = await create(program, 'Build', { durationDays: 3, dependencies: [{ dependsOnId: design.id }] });
      expect((await api.ok(CRITICAL_PATH, { p: program.projectId }, token))['criticalPath']).toMatchObject({ taskIds: [design.id, build.id], totalDays: 8 });
      const waiting = await update(build, { dependencies: [{ dependsOnId: design.id, lagDays: 2 }] });
      expect((await api.ok(CRITICAL_PATH, { p: program.projectId }, token))['criticalPath']).toMatchObject({ taskIds: [design.id, build.id], totalDays: 10, finishDate: '2027-03-12' });
      await update(waiting, { dependencies: [{ dependsOnId: design.id, lagDays: -1 }] });
      expect((await api.ok(CRITICAL_PATH, { p: program.projectId }, token))['criticalPath']).toMatchObject({ totalDays: 7 });
    });

    it('recomputes after a change: a longer parallel task takes over the critical chain', async () => {
      const program = await emptyProgram();
      const first = await create(program, 'Gather needs', { startDate: '2027-03-01', durationDays: 2 });
      const short = await create(program, 'Short branch', { durationDays: 2, dependsOnIds: [first.id] });
      const long = await create(program, 'Long branch', { durationDays: 4, dependsOnIds: [first.id] });
      expect((await api.ok(CRITICAL_PATH, { p: program.projectId }, token))['criticalPath']).toMatchObject({ taskIds: [first.id, long.id], totalDays: 6 });
      await update(short, { durationDays: 6 });
      expect((await api.ok(CRITICAL_PATH, { p: program.projectId }, token))['criticalPath']).toMatchObject({ taskIds: [first.id, short.id], totalDays: 8 });
    });

    it('an empty plan has no critical chain', async () => {
      const program = await emptyProgram();
      expect((await api.ok(CRITICAL_PATH, { p: program.projectId }, token))['criticalPath']).toEqual({ taskIds: [], totalDays: 0, startDate: '2027-03-01', finishDate: null });
    });

    it('slack costs the same statements for a page of 5 tasks as for 25: one schedule per program per request', async () => {
      const program = await emptyProgram();
      let previous: Task | null = null;
      for (let i = 0; i < 25; i += 1) previous = await create(program, `Step ${i}`, { durationDays: 1, dependsOnIds: previous ? [previous.id] : [] });
      const statements = async (first: number) => {
        const response = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: SLACK, variables: { p: program.projectId, first } }),
        });
        const body = await response.json();
        expect(body.errors).toBeUndefined();
        return Number(response.headers.get('x-sql-statements'));
      };
      const few = await statements(5);
      expect(few).toBeGreaterThan(0);
      expect(await statements(25)).toBe(few);
    });
  });

  describe('goLiveForecast', () => {
    const today = todayIso();

    it('without anything finished lately there is no pace and no date, but the driving tasks are named', async () => {
      const program = await emptyProgram();
      const a = await create(program, 'Migrate accounts', { durationDays: 3, estimateHours: 24 });
      const b = await create(program, 'Migrate contacts', { durationDays: 2, estimateHours: 16, dependsOnIds: [a.id] });
      const forecast = (await api.ok(FORECAST, { p: program.projectId }, token))['goLiveForecast'];
      expect(forecast).toMatchObject({ status: 'NO_PACE', forecastDate: null, earliest: null, latest: null, remainingHours: 40, hoursPerWeek: 0, weeks: 4, targetGoLiveDate: '2027-06-30' });
      expect(forecast.drivers).toEqual([
        { id: a.id, title: 'Migrate accounts' },
        { id: b.id, title: 'Migrate contacts' },
      ]);
    });

    it('at the pace of the work finished this week, the rest of the chain ends weeks from today', async () => {
      const program = await emptyProgram();
      const done = await create(program, 'Design the integration', { durationDays: 5, estimateHours: 40, status: 'DONE' });
      const build = await create(program, 'Build the integration', { durationDays: 5, estimateHours: 20, dependsOnIds: [done.id] });
      const unestimated = await create(program, 'Test the integration', { durationDays: 2, dependsOnIds: [build.id] });
      const forecast = (await api.ok(FORECAST, { p: program.projectId }, token))['goLiveForecast'];
      // 40 hours done in four weeks is 10 a week; 20 hours left is two weeks of working days.
      expect(forecast).toMatchObject({
        status: 'AT_RISK',
        remainingHours: 20,
        hoursPerWeek: 10,
        forecastDate: addWorkingDays(today, 10),
        earliest: addWorkingDays(today, 3),
        latest: null,
        slipDays: 0,
        unestimatedTaskIds: [unestimated.id],
      });
      expect(forecast.drivers.map((d: { id: string }) => d.id)).toEqual([build.id, unestimated.id]);
    });

    it('a program whose remaining chain outlasts its target slips, by so many working days', async () => {
      const target = addDays(today, 3);
      const program = await emptyProgram({ startDate: addDays(today, -90), targetGoLiveDate: target });
      const done = await create(program, 'Prepare the cut-over', { durationDays: 1, estimateHours: 40, status: 'DONE' });
      await create(program, 'Cut over', { durationDays: 10, estimateHours: 200, dependsOnIds: [done.id] });
      const forecast = (await api.ok(FORECAST, { p: program.projectId }, token))['goLiveForecast'];
      const expected = addWorkingDays(today, 100);
      expect(forecast).toMatchObject({ status: 'SLIPPING', forecastDate: expected, targetGoLiveDate: target, slipDays: workingDaysBetween(target, expected) });
    });
  });
});
