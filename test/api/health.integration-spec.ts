import { addDays, addWorkingDays, todayIso, workingDaysBetween } from '@crm/domain';

import { createStandardProject } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const HEALTH = `query($p: ID!) { projectHealth(projectId: $p) {
  status reasons reasonDetails { area status message } overdueMilestones unownedOpenTasks unfilledRoles
  training { waveName cadence sessionsInWindow retrainingCount } topRisks { title score }
} }`;

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('program health', () => {
  let api: TestApp;
  let token: string;
  beforeAll(async () => {
    api = await startTestApp();
    ({ token } = await api.signUp('Sponsor'));
  });
  afterAll(() => api.close());

  it('turns red for a milestone two weeks late and a live wave with no training, and says so', async () => {
    const project = await createStandardProject(api, token, { startDate: '2099-01-04', targetGoLiveDate: '2099-07-01' });
    const before = (await api.ok(HEALTH, { p: project.id }, token))['projectHealth'];
    // A fresh plan: nobody staffed yet, so work is unowned, but nothing is late.
    expect(before.overdueMilestones).toBe(0);
    expect(before.unownedOpenTasks).toBeGreaterThan(0);
    const critical = await api.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM tasks WHERE project_id = $1 AND priority = 'CRITICAL'",
      [project.id],
    );
    expect(before.reasons).toContain(`${critical[0].n} critical tasks without an owner.`);
    expect(before.reasonDetails.every((r: { area: string }) => r.area !== 'SCHEDULE' && r.area !== 'TRAINING')).toBe(true);

    await api.ok(
      'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }',
      { input: { phaseId: project.phases[0].id, name: 'Steering approval', dueDate: daysAgo(20) } },
      token,
    );
    await api.ok(
      'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }',
      { input: { projectId: project.id, name: 'Pilot', scope: ['Head office'], goLiveDate: daysAgo(10), readinessItems: [] } },
      token,
    );
    const after = (await api.ok(HEALTH, { p: project.id }, token))['projectHealth'];
    expect(after.status).toBe('RED');
    expect(after.reasons).toEqual(
      expect.arrayContaining([
        // The wave's own go-live milestone is overdue too: the wave has not gone live.
        '2 milestones overdue; “Steering approval” is furthest behind, 20 days late.',
        'Pilot is live with no training planned in its first 90 days.',
      ]),
    );
    expect(after.reasonDetails[0].status).toBe('RED');
    expect(after.training).toEqual([{ waveName: 'Pilot', cadence: 'NOT_PLANNED', sessionsInWindow: 0, retrainingCount: 0 }]);
    expect(after.topRisks.length).toBeGreaterThan(0);
    expect(after.topRisks.map((r: { score: number }) => r.score)).toEqual([...after.topRisks.map((r: { score: number }) => r.score)].sort((a, b) => b - a));
  });

  it('is hidden from people outside the project', async () => {
    const project = await createStandardProject(api, token);
    const stranger = await api.signUp('Outsider');
    expect((await api.gql(HEALTH, { p: project.id }, stranger.token)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('program health and the go-live forecast', () => {
  const SLIP_HEALTH = `query($p: ID!) { projectHealth(projectId: $p) {
    status reasons reasonDetails { area status code message goLiveSlip { verdict forecastDate latest targetDate slipDays latestSlipDays drivers { id title } moreDrivers paceWeeks } }
  } }`;
  const FORECAST = 'query($p: ID!) { goLiveForecast(projectId: $p) { status forecastDate earliest latest targetGoLiveDate slipDays drivers { id } } }';
  const today = todayIso();
  let api: TestApp;
  let token: string;
  beforeAll(async () => {
    api = await startTestApp();
    ({ token } = await api.signUp('Forecast sponsor'));
  });
  afterAll(() => api.close());

  interface Made {
    id: string;
    version: number;
  }

  /** A program of one phase whose target go-live is `target`, with only the tasks a test adds. */
  async function program(target: string) {
    const project = await createStandardProject(api, token, { template: 'EMPTY', startDate: addDays(today, -60), targetGoLiveDate: target });
    const phase = await api.ok('mutation($input: CreatePhaseInput!) { createPhase(input: $input) { id } }', { input: { projectId: project.id, name: 'Build', plannedStart: addDays(today, -60), plannedEnd: target } }, token);
    const phaseId: string = phase['createPhase'].id;
    const create = async (title: string, extra: Record<string, unknown>): Promise<Made> =>
      (await api.ok('mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }', { input: { projectId: project.id, phaseId, title, roleKey: 'CRM_ADMIN', ...extra } }, token))['createTask'];
    return { projectId: project.id as string, create };
  }

  /** Ten estimate-hours finished in each of the last four weeks: the history of three of them moved back a week each. */
  async function steadyPace(create: (title: string, extra: Record<string, unknown>) => Promise<Made>) {
    for (let week = 0; week < 4; week += 1) {
      const done = await create(`Finished in week ${week}`, { durationDays: 1, estimateHours: 10, status: 'DONE' });
      await api.query(`UPDATE audit_events SET at = at - make_interval(days => $2) WHERE entity_id = $1`, [done.id, 7 * week]);
    }
  }

  const health = async (projectId: string) => (await api.ok(SLIP_HEALTH, { p: projectId }, token))['projectHealth'];
  interface ReasonAnswer {
    code: string | null;
    message: string;
    goLiveSlip: { drivers: { id: string; title: string }[] } | null;
  }
  const slipReasons = (h: { reasonDetails: ReasonAnswer[] }) => h.reasonDetails.filter((r) => r.code === 'GO_LIVE_FORECAST_SLIP');

  it('a program whose pace makes the forecast pass the target go-live turns red, naming the critical tasks that drive it', async () => {
    const target = addWorkingDays(today, 25);
    const { projectId, create } = await program(target);
    await steadyPace(create);
    const build = await create('Build the order integration', { durationDays: 10, estimateHours: 40 });
    const test = await create('Test the order integration', { durationDays: 10, estimateHours: 40, dependsOnIds: [build.id] });
    // Off the critical chain: plenty of work, but it does not decide the date.
    await create('Write the user guide', { durationDays: 2, estimateHours: 200 });

    // 80 critical hours at 10 a week: eight weeks, 40 working days from today.
    const forecastDate = addWorkingDays(today, 40);
    const forecast = (await api.ok(FORECAST, { p: projectId }, token))['goLiveForecast'];
    expect(forecast).toMatchObject({ status: 'SLIPPING', forecastDate, latest: forecastDate, targetGoLiveDate: target, slipDays: 15 });

    const h = await health(projectId);
    expect(h.status).toBe('RED');
    expect(slipReasons(h)).toEqual([
      {
        area: 'SCHEDULE',
        status: 'RED',
        code: 'GO_LIVE_FORECAST_SLIP',
        message: `At the pace of the last 4 weeks the go-live lands on ${forecastDate}, 15 working days after the target of ${target}; driven by “Build the order integration” and “Test the order integration”.`,
        goLiveSlip: {
          verdict: 'SLIPPING',
          forecastDate,
          latest: forecastDate,
          targetDate: target,
          slipDays: workingDaysBetween(target, forecastDate),
          latestSlipDays: 15,
          drivers: [
            { id: build.id, title: 'Build the order integration' },
            { id: test.id, title: 'Test the order integration' },
          ],
          moreDrivers: 0,
          paceWeeks: 4,
        },
      },
    ]);
    // The sentence reaches the plain list the project list and the weekly status mail use.
    expect(h.reasons).toContain(slipReasons(h)[0].message);
  });

  it('finishing work this week (more done hours per week) brings the forecast back within the target and clears the warning', async () => {
    const target = addWorkingDays(today, 25);
    const { projectId, create } = await program(target);
    await steadyPace(create);
    const build = await create('Build the order integration', { durationDays: 10, estimateHours: 40 });
    await create('Test the order integration', { durationDays: 10, estimateHours: 40, dependsOnIds: [build.id] });
    expect(slipReasons(await health(projectId))).toHaveLength(1);

    await api.ok('mutation($input: SetTaskStatusInput!) { setTaskStatus(input: $input) { id } }', { input: { id: build.id, status: 'DONE', version: build.version } }, token);
    // Weeks of 50, 10, 10 and 10 hours: 20 a week, so the 40 hours left take two weeks; even at 10 a week four.
    const forecast = (await api.ok(FORECAST, { p: projectId }, token))['goLiveForecast'];
    expect(forecast).toMatchObject({ status: 'ON_TRACK', forecastDate: addWorkingDays(today, 10), latest: addWorkingDays(today, 20), slipDays: 0 });
    const h = await health(projectId);
    expect(slipReasons(h)).toEqual([]);
    // What is left is the unstaffed role of the tasks, not the schedule.
    expect(h.status).not.toBe('RED');
    expect(h.reasonDetails.filter((r: { area: string }) => r.area === 'SCHEDULE')).toEqual([]);
  });

  it('fits at the average pace but not at the slowest week’s: amber, with the slow end’s slip', async () => {
    const target = addWorkingDays(today, 15);
    const { projectId, create } = await program(target);
    await steadyPace(create);
    await create('Finished this week too', { durationDays: 1, estimateHours: 30, status: 'DONE' });
    await create('Migrate the accounts', { durationDays: 10, estimateHours: 40 });
    // Weeks of 40, 10, 10 and 10: 17.5 a week ends 40 hours in 12 working days; 10 a week in 20.
    const [reason] = slipReasons(await health(projectId));
    expect(reason).toMatchObject({ status: 'AMBER', goLiveSlip: { verdict: 'AT_RISK', forecastDate: addWorkingDays(today, 12), slipDays: 0, latestSlipDays: 5 } });
    expect(reason.goLiveSlip?.drivers.map((d) => d.title)).toEqual(['Migrate the accounts']);
  });

  it('with nothing finished lately there is no pace: the forecast says so and health raises no false alarm, even past the target', async () => {
    const target = addDays(today, 3);
    const { projectId, create } = await program(target);
    const build = await create('Build the order integration', { durationDays: 10, estimateHours: 40 });
    await create('Test the order integration', { durationDays: 10, estimateHours: 40, dependsOnIds: [build.id] });
    const forecast = (await api.ok(FORECAST, { p: projectId }, token))['goLiveForecast'];
    expect(forecast).toMatchObject({ status: 'NO_PACE', forecastDate: null, earliest: null, latest: null, slipDays: 0 });
    expect(forecast.drivers).toHaveLength(2);
    const h = await health(projectId);
    expect(slipReasons(h)).toEqual([]);
    expect(h.reasons.join(' ')).not.toMatch(/go-live lands/);
  });
});
