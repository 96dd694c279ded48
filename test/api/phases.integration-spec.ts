import { createStandardProject, meetExitCriteria, StandardProject, tasksOf } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const COMPLETE_PHASE = 'mutation($input: VersionedIdInput!) { completePhase(input: $input) { status version actualEnd } }';
const COMPLETE_MILESTONE = 'mutation($input: VersionedIdInput!) { completeMilestone(input: $input) { status version completedAt } }';
const CARRY_OVER = 'mutation($input: CarryOverTasksInput!) { carryOverTasks(input: $input) { id } }';

/** Moves every open task of the project's first phase to its second, so only criteria and milestones gate it. */
async function carryOverFirstPhaseTasks(api: TestApp, token: string, project: StandardProject): Promise<number> {
  const tasks = await tasksOf(api, token, project.id, { phaseId: project.phases[0].id, statuses: ['TODO', 'IN_PROGRESS', 'BLOCKED'] });
  const taskIds = tasks.edges.map((e) => e.node.id);
  if (taskIds.length) await api.ok(CARRY_OVER, { input: { phaseId: project.phases[0].id, toPhaseId: project.phases[1].id, taskIds } }, token);
  return taskIds.length;
}

describe('phases and milestones', () => {
  let api: TestApp;
  let token: string;
  let project: StandardProject;
  let gatekeeper: SignedIn;
  beforeAll(async () => {
    api = await startTestApp();
    gatekeeper = await api.signUp('Gatekeeper');
    ({ token } = gatekeeper);
    project = await createStandardProject(api, token);
  });
  afterAll(() => api.close());

  it('refuses to complete a phase with open criteria and milestones, naming each blocker, then completes it once all are done', async () => {
    const phase = project.phases[0];
    await carryOverFirstPhaseTasks(api, token, project);
    const blocked = await api.gql(COMPLETE_PHASE, { input: { id: phase.id, version: phase.version } }, token);
    expect(blocked.errors?.[0]?.extensions.code).toBe('GATE_BLOCKED');
    const blockers = blocked.errors?.[0]?.extensions['blockers'] as string[];
    // Every box is open; the rule on KPI baselines is met by the template's own KPIs.
    expect(blockers).toEqual([
      'Exit criterion not met: Measurable business goals are approved by the executive sponsor',
      'Exit criterion not met: Every department involved (sales, marketing, finance, service, IT, management) has been interviewed',
      'Exit criterion not met: The requirements document is published and signed off',
      ...phase.milestones.map((m) => `Milestone not done: ${m.name}`),
    ]);

    await meetExitCriteria(api, gatekeeper, project.id, phase.id);
    const stillBlocked = await api.gql(COMPLETE_PHASE, { input: { id: phase.id, version: phase.version } }, token);
    expect(stillBlocked.errors?.[0]?.extensions['blockers']).toEqual(phase.milestones.map((m) => `Milestone not done: ${m.name}`));

    for (const milestone of phase.milestones) {
      const done = await api.ok(COMPLETE_MILESTONE, { input: { id: milestone.id, version: milestone.version } }, token);
      expect(done['completeMilestone'].status).toBe('DONE');
    }
    const completed = await api.ok(COMPLETE_PHASE, { input: { id: phase.id, version: phase.version } }, token);
    expect(completed['completePhase']).toMatchObject({ status: 'COMPLETED', version: phase.version + 1 });
    const gate = await api.ok('query($id: ID!) { project(id: $id) { phases { id gateBlockers } } }', { id: project.id }, token);
    expect(gate['project'].phases[0].gateBlockers).toEqual([]);
  });

  it('names the first 20 open tasks of a crowded phase in board order and counts the rest, on the overview and when completing', async () => {
    const phase = project.phases[project.phases.length - 1];
    for (let i = 1; i <= 24; i += 1) {
      await api.ok('mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', { input: { projectId: project.id, phaseId: phase.id, title: `Crowd task ${i}`, roleKey: 'PROJECT_MANAGER' } }, token);
    }
    const open = await tasksOf(api, token, project.id, { phaseId: phase.id, statuses: ['TODO', 'IN_PROGRESS', 'BLOCKED'] });
    expect(open.totalCount).toBeGreaterThan(24);
    const expected = [
      ...open.edges.slice(0, 20).map((e) => `Task not done: ${e.node.title}`),
      `${open.totalCount - 20} more tasks not done`,
    ];
    const gate = await api.ok('query($id: ID!) { project(id: $id) { phases { id gateBlockers } } }', { id: project.id }, token);
    const taskBlockers = (blockers: string[]) => blockers.filter((b) => !b.startsWith('Milestone') && !b.startsWith('Exit criterion'));
    expect(taskBlockers(gate['project'].phases.at(-1).gateBlockers)).toEqual(expected);
    const refused = await api.gql(COMPLETE_PHASE, { input: { id: phase.id, version: phase.version } }, token);
    expect(refused.errors?.[0]?.extensions.code).toBe('GATE_BLOCKED');
    expect(taskBlockers(refused.errors?.[0]?.extensions['blockers'] as string[])).toEqual(expected);

    // A phase's openTasks is one page, board order; the board's filter pages through the rest.
    await api.query(
      `INSERT INTO tasks (project_id, phase_id, role_id, title)
       SELECT $1, $2, (SELECT id FROM roles WHERE project_id = $1 ORDER BY position LIMIT 1), 'Bulk task ' || g FROM generate_series(1, 100) g`,
      [project.id, phase.id],
    );
    const all = await tasksOf(api, token, project.id, { phaseId: phase.id, statuses: ['TODO', 'IN_PROGRESS', 'BLOCKED'] });
    const listed = await api.ok('query($id: ID!) { project(id: $id) { phases { id openTasks { id } } } }', { id: project.id }, token);
    const openTasks = listed['project'].phases.find((p: { id: string }) => p.id === phase.id).openTasks;
    expect(all.totalCount).toBeGreaterThan(100);
    expect(openTasks.map((t: { id: string }) => t.id)).toEqual(all.edges.map((e) => e.node.id));
  });

  it('reports overdue milestones with days late and the next milestone', async () => {
    const phase = project.phases[1];
    const created = await api.ok(
      'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version } }',
      { input: { phaseId: phase.id, name: 'Missed checkpoint', dueDate: '2020-01-10' } },
      token,
    );
    const data = await api.ok(
      'query($id: ID!) { project(id: $id) { overdueMilestones { id daysLate overdue } nextMilestone { id } } }',
      { id: project.id },
      token,
    );
    const overdue = data['project'].overdueMilestones.find((m: { id: string }) => m.id === created['createMilestone'].id);
    const expectedDaysLate = Math.round((Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse('2020-01-10')) / 86_400_000);
    expect(overdue).toEqual({ id: created['createMilestone'].id, daysLate: expectedDaysLate, overdue: true });
    expect(data['project'].nextMilestone.id).toBe(created['createMilestone'].id);

    const replanned = await api.ok(
      'mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { dueDate overdue daysLate version } }',
      { input: { id: created['createMilestone'].id, version: 1, dueDate: '2099-01-01' } },
      token,
    );
    expect(replanned['updateMilestone']).toEqual({ dueDate: '2099-01-01', overdue: false, daysLate: 0, version: 2 });
  });

  it('shows phase progress as the share of its tasks that are done', async () => {
    const phase = project.phases[2];
    const tasks = await api.ok(
      'query($p: ID!, $f: TaskFilterInput) { tasks(projectId: $p, filter: $f, first: 100) { edges { node { id version dependsOnIds } } } }',
      { p: project.id, f: { phaseId: phase.id } },
      token,
    );
    // A task that waits for nothing, so finishing it is not refused for an open dependency.
    const first = tasks['tasks'].edges.find((e: { node: { dependsOnIds: string[] } }) => e.node.dependsOnIds.length === 0).node;
    await api.ok('mutation($input: SetTaskStatusInput!) { setTaskStatus(input: $input) { id } }', { input: { id: first.id, version: first.version, status: 'DONE' } }, token);
    const data = await api.ok('query($id: ID!) { project(id: $id) { phases { id progress { doneTasks totalTasks ratio } } } }', { id: project.id }, token);
    const progress = data['project'].phases.find((p: { id: string }) => p.id === phase.id).progress;
    expect(progress).toEqual({ doneTasks: 1, totalTasks: tasks['tasks'].edges.length, ratio: 1 / tasks['tasks'].edges.length });
  });

  it('re-plans a phase, refusing an end before its start and a stale version', async () => {
    const phase = project.phases[3];
    const bad = await api.gql(
      'mutation($input: UpdatePhaseInput!) { updatePhase(input: $input) { id } }',
      { input: { id: phase.id, version: phase.version, plannedStart: '2027-05-01', plannedEnd: '2027-04-01' } },
      token,
    );
    expect(bad.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'plannedEnd', message: expect.any(String) })]);
    const ok = await api.ok(
      'mutation($input: UpdatePhaseInput!) { updatePhase(input: $input) { plannedStart plannedEnd status actualStart version } }',
      { input: { id: phase.id, version: phase.version, plannedStart: '2027-04-01', plannedEnd: '2027-06-15', status: 'IN_PROGRESS' } },
      token,
    );
    expect(ok['updatePhase']).toMatchObject({ plannedStart: '2027-04-01', plannedEnd: '2027-06-15', status: 'IN_PROGRESS', version: phase.version + 1 });
    const stale = await api.gql(
      'mutation($input: UpdatePhaseInput!) { updatePhase(input: $input) { id } }',
      { input: { id: phase.id, version: phase.version, plannedEnd: '2027-07-01' } },
      token,
    );
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });
});

describe('completing without naming a version', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('completes a milestone once and says the second completion finds it already done, not edited by someone', async () => {
    const { token } = await api.signUp('Quick closer');
    const project = await createStandardProject(api, token);
    const milestone = project.phases[0].milestones[0];
    const done = await api.ok('mutation($input: VersionedIdInput!) { completeMilestone(input: $input) { status } }', { input: { id: milestone.id } }, token);
    expect(done['completeMilestone'].status).toBe('DONE');
    const again = await api.gql('mutation($input: VersionedIdInput!) { completeMilestone(input: $input) { status } }', { input: { id: milestone.id } }, token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'DONE' });
  });

  it('says a completed phase is already completed, not edited by someone, while a stale version of an open one is still CONFLICT', async () => {
    const closer = await api.signUp('Phase closer');
    const { token } = closer;
    const project = await createStandardProject(api, token);
    const phase = project.phases[0];
    await carryOverFirstPhaseTasks(api, token, project);
    await meetExitCriteria(api, closer, project.id, phase.id);
    for (const milestone of phase.milestones) await api.ok(COMPLETE_MILESTONE, { input: { id: milestone.id } }, token);
    const renamed = await api.ok('mutation($input: UpdatePhaseInput!) { updatePhase(input: $input) { version } }', { input: { id: phase.id, version: phase.version, name: 'Needs, re-planned' } }, token);

    const stale = await api.gql(COMPLETE_PHASE, { input: { id: phase.id, version: phase.version } }, token);
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');

    const completed = await api.ok(COMPLETE_PHASE, { input: { id: phase.id, version: renamed['updatePhase'].version } }, token);
    expect(completed['completePhase'].status).toBe('COMPLETED');
    for (const version of [completed['completePhase'].version, undefined]) {
      const again = await api.gql(COMPLETE_PHASE, { input: { id: phase.id, version } }, token);
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'COMPLETED' });
    }
  });
});
