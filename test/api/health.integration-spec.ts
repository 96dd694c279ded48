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
