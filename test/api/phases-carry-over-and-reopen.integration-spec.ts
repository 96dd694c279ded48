import { createStandardProject, meetExitCriteria, StandardProject, tasksOf, shareProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const PHASE_FIELDS = 'id status version actualEnd gateBlockers openTasks { id title }';
const COMPLETE_PHASE = `mutation($input: VersionedIdInput!) { completePhase(input: $input) { ${PHASE_FIELDS} } }`;
const CARRY_OVER = `mutation($input: CarryOverTasksInput!) { carryOverTasks(input: $input) { ${PHASE_FIELDS} } }`;
const REOPEN = `mutation($input: ReopenPhaseInput!) { reopenPhase(input: $input) { ${PHASE_FIELDS} } }`;
const COMPLETE_MILESTONE = 'mutation($input: VersionedIdInput!) { completeMilestone(input: $input) { status } }';
const SET_STATUS = 'mutation($input: SetTaskStatusInput!) { setTaskStatus(input: $input) { id } }';
const HISTORY = 'query($p: ID!, $e: ID) { auditEvents(projectId: $p, entityId: $e, first: 20) { edges { node { action before after } } } }';

type Phase = StandardProject['phases'][number];

describe('a phase closes only with its tasks done or carried over, and its owner can reopen it', () => {
  let api: TestApp;
  let owner: SignedIn;
  let editor: SignedIn;

  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Phase owner');
    editor = await api.signUp('Phase editor', { organisationOf: owner });
  });
  afterAll(() => api.close());

  /** A project whose first phase has every criterion met and milestone done: only its tasks stay open. */
  async function projectWithOnlyTasksOpen(): Promise<{ project: StandardProject; phase: Phase; taskIds: string[] }> {
    const project = await createStandardProject(api, owner.token);
    await shareProject(api, owner.token, project.id, editor, 'EDITOR');
    const phase = project.phases[0];
    await meetExitCriteria(api, owner, project.id, phase.id);
    for (const milestone of phase.milestones) await api.ok(COMPLETE_MILESTONE, { input: { id: milestone.id } }, owner.token);
    const tasks = await tasksOf(api, owner.token, project.id, { phaseId: phase.id });
    expect(tasks.edges.length).toBeGreaterThan(1);
    return { project, phase, taskIds: tasks.edges.map((e) => e.node.id) };
  }

  async function completedPhase(): Promise<{ project: StandardProject; phase: Phase; version: number }> {
    const { project, phase, taskIds } = await projectWithOnlyTasksOpen();
    await api.ok(CARRY_OVER, { input: { phaseId: phase.id, toPhaseId: project.phases[1].id, taskIds } }, owner.token);
    const done = await api.ok(COMPLETE_PHASE, { input: { id: phase.id } }, owner.token);
    return { project, phase, version: done['completePhase'].version };
  }

  it('refuses to complete a phase with an open task, naming the task, and changes nothing', async () => {
    const { phase } = await projectWithOnlyTasksOpen();
    const before = await databaseFingerprint(api);
    const blocked = await api.gql(COMPLETE_PHASE, { input: { id: phase.id } }, editor.token);
    expect(blocked.errors?.[0]?.extensions.code).toBe('GATE_BLOCKED');
    const blockers = blocked.errors?.[0]?.extensions['blockers'] as string[];
    expect(blockers.length).toBeGreaterThan(1);
    expect(blockers.every((b) => b.startsWith('Task not done: '))).toBe(true);
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('completes once the done tasks stay and the open ones are carried over to the next phase', async () => {
    const { project, phase, taskIds } = await projectWithOnlyTasksOpen();
    const [doneId, ...openIds] = taskIds;
    const [first] = (await tasksOf(api, owner.token, project.id, { phaseId: phase.id })).edges.filter((e) => e.node.id === doneId);
    await api.ok(SET_STATUS, { input: { id: doneId, version: first.node.version, status: 'DONE' } }, editor.token);

    const carried = await api.ok(CARRY_OVER, { input: { phaseId: phase.id, toPhaseId: project.phases[1].id, taskIds: openIds } }, editor.token);
    expect(carried['carryOverTasks']).toMatchObject({ gateBlockers: [], openTasks: [] });

    const completed = await api.ok(COMPLETE_PHASE, { input: { id: phase.id } }, editor.token);
    expect(completed['completePhase'].status).toBe('COMPLETED');
    const stayed = await tasksOf(api, owner.token, project.id, { phaseId: phase.id });
    expect(stayed.edges.map((e) => e.node.id)).toEqual([doneId]);
    const moved = await tasksOf(api, owner.token, project.id, { phaseId: project.phases[1].id });
    expect(moved.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(openIds));
  });

  it('records each carried-over task in the history with the phase it left and the phase it joined', async () => {
    const { project, phase, taskIds } = await projectWithOnlyTasksOpen();
    await api.ok(CARRY_OVER, { input: { phaseId: phase.id, toPhaseId: project.phases[2].id, taskIds: [taskIds[0]] } }, editor.token);
    const history = await api.ok(HISTORY, { p: project.id, e: taskIds[0] }, owner.token);
    const entry = history['auditEvents'].edges.map((e: { node: { action: string; before: string; after: string } }) => e.node).find((n: { action: string }) => n.action === 'CARRIED_OVER');
    expect(JSON.parse(entry.before)).toMatchObject({ phase_id: phase.id, title: expect.any(String) });
    expect(JSON.parse(entry.after)).toMatchObject({ phase_id: project.phases[2].id });
  });

  it.each([
    ['an earlier phase', 'toPhaseId', (p: StandardProject) => ({ phaseId: p.phases[1].id, toPhaseId: p.phases[0].id })],
    ['the same phase', 'toPhaseId', (p: StandardProject) => ({ phaseId: p.phases[0].id, toPhaseId: p.phases[0].id })],
  ])('refuses to carry tasks over to %s, naming %s and saying a later phase is needed, and changes nothing', async (_what, field, route) => {
    const project = await createStandardProject(api, owner.token);
    const { phaseId, toPhaseId } = route(project);
    const tasks = await tasksOf(api, owner.token, project.id, { phaseId });
    const before = await databaseFingerprint(api);
    const refused = await api.gql(CARRY_OVER, { input: { phaseId, toPhaseId, taskIds: [tasks.edges[0].node.id] } }, owner.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field, code: 'CARRY_OVER_TO_EARLIER_PHASE' })] });
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('refuses a completed target phase, a done task and a task of another phase, each naming its field, and changes nothing', async () => {
    const { project, phase } = await completedPhase();
    const nextTasks = await tasksOf(api, owner.token, project.id, { phaseId: project.phases[1].id });
    const [open, toFinish] = nextTasks.edges.map((e) => e.node);
    await api.ok(SET_STATUS, { input: { id: toFinish.id, version: toFinish.version, status: 'DONE' } }, owner.token);
    const laterTask = (await tasksOf(api, owner.token, project.id, { phaseId: project.phases[2].id })).edges[0].node;

    const before = await databaseFingerprint(api);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ phaseId: project.phases[1].id, toPhaseId: phase.id, taskIds: [open.id] }, 'toPhaseId', 'CARRY_OVER_TO_EARLIER_PHASE'],
      [{ phaseId: project.phases[1].id, toPhaseId: project.phases[2].id, taskIds: [open.id, toFinish.id] }, 'taskIds', 'CARRY_OVER_DONE_TASKS'],
      [{ phaseId: project.phases[1].id, toPhaseId: project.phases[3].id, taskIds: [laterTask.id] }, 'taskIds', 'CARRY_OVER_OTHER_PHASE_TASKS'],
    ];
    for (const [input, field, code] of cases) {
      const refused = await api.gql(CARRY_OVER, { input }, owner.token);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field, code })] });
    }
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('lets the owner reopen a completed phase with a reason that goes into the history', async () => {
    const { project, phase, version } = await completedPhase();
    const reopened = await api.ok(REOPEN, { input: { id: phase.id, version, reason: '  Sign-off was withdrawn  ' } }, owner.token);
    expect(reopened['reopenPhase']).toMatchObject({ status: 'IN_PROGRESS', actualEnd: null, version: version + 1 });
    const history = await api.ok(HISTORY, { p: project.id, e: phase.id }, owner.token);
    const entry = history['auditEvents'].edges.map((e: { node: { action: string; after: string } }) => e.node).find((n: { action: string }) => n.action === 'REOPENED');
    expect(JSON.parse(entry.after)).toMatchObject({ status: 'IN_PROGRESS', actual_end: null, reason: 'Sign-off was withdrawn' });
  });

  it('refuses an editor reopening a phase with FORBIDDEN and changes nothing', async () => {
    const { phase, version } = await completedPhase();
    const before = await databaseFingerprint(api);
    const refused = await api.gql(REOPEN, { input: { id: phase.id, version, reason: 'I think it is not done' } }, editor.token);
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('refuses to reopen a phase that is still open with INVALID_STATE and changes nothing', async () => {
    const project = await createStandardProject(api, owner.token);
    const phase = project.phases[0];
    const before = await databaseFingerprint(api);
    const refused = await api.gql(REOPEN, { input: { id: phase.id, version: phase.version, reason: 'Again' } }, owner.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'NOT_STARTED' });
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('refuses a reopen without a reason, or with one over 500 characters, and changes nothing', async () => {
    const { phase, version } = await completedPhase();
    const before = await databaseFingerprint(api);
    for (const reason of ['   ', 'x'.repeat(501)]) {
      const refused = await api.gql(REOPEN, { input: { id: phase.id, version, reason } }, owner.token);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'reason' })] });
    }
    const stale = await api.gql(REOPEN, { input: { id: phase.id, version: version - 1, reason: 'Late sign-off' } }, owner.token);
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(await databaseFingerprint(api)).toEqual(before);
  });
});
