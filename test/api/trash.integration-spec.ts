import { assignRole, createPerson, createStandardProject, shareProject, StandardProject, tasksOf } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const TRASH = 'query($p: ID!) { trash(projectId: $p) { id kind recordId title removedByName removedAt restorableUntil } }';
const IMPACT = 'query($k: TrashKind!, $id: ID!) { removalImpact(kind: $k, id: $id) { title refusal removedWithIt { kind count } unlinked { kind count } blockers { kind count } } }';
const HISTORY = 'query($p: ID!, $e: ID) { auditEvents(projectId: $p, entityId: $e, first: 20) { edges { node { action entityType before after } } } }';
const MILESTONES = 'query($p: ID!) { project(id: $p) { milestones { id name } } }';
const RISKS = 'query($p: ID!) { risks(projectId: $p) { id title version } riskHeatMap(projectId: $p) { count } }';

const remove = (kind: string) => `mutation($input: Delete${kind}Input!) { delete${kind}(input: $input) { id kind recordId title restorableUntil } }`;
const restore = (kind: string) => `mutation($input: Restore${kind}Input!) { restore${kind}(input: $input) { kind id title } }`;

interface TrashEntry {
  kind: string;
  recordId: string;
  title: string;
  removedByName: string | null;
  restorableUntil: string;
}

describe('trash: remove, restore and what goes with a record', () => {
  let api: TestApp;
  let owner: SignedIn;
  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Trash owner');
  });
  afterAll(() => api.close());

  const trashOf = async (projectId: string, token = owner.token) => (await api.ok<{ trash: TrashEntry[] }>(TRASH, { p: projectId }, token)).trash;
  const code = (response: { errors?: readonly { extensions: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions['code'];

  async function taskIn(project: StandardProject, extra: Record<string, unknown> = {}) {
    const phase = project.phases[0];
    const data = await api.ok<{ createTask: { id: string; version: number } }>(
      'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }',
      { input: { projectId: project.id, phaseId: phase.id, title: `Task ${Math.random()}`, roleKey: 'BUSINESS_ANALYST', ...extra } },
      owner.token,
    );
    return data.createTask;
  }

  it('removes a milestone with its task links to the trash, and restore brings both back', async () => {
    const project = await createStandardProject(api, owner.token);
    const milestone = project.phases[0].milestones[0];
    const linked = await taskIn(project, { milestoneId: milestone.id });

    const entry = (await api.ok(remove('Milestone'), { input: { id: milestone.id, version: milestone.version } }, owner.token))['deleteMilestone'];
    expect(entry).toMatchObject({ kind: 'Milestone', recordId: milestone.id, title: milestone.name });
    const days = (Date.parse(entry.restorableUntil) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    const milestonesNow = (await api.ok(MILESTONES, { p: project.id }, owner.token))['project'].milestones.map((m: { id: string }) => m.id);
    expect(milestonesNow).not.toContain(milestone.id);
    expect(await api.query('SELECT milestone_id FROM tasks WHERE id = $1', [linked.id])).toEqual([{ milestone_id: null }]);
    expect(await trashOf(project.id)).toEqual([expect.objectContaining({ kind: 'Milestone', recordId: milestone.id, removedByName: 'Trash owner' })]);

    expect((await api.ok(restore('Milestone'), { input: { id: milestone.id } }, owner.token))['restoreMilestone']).toEqual({ kind: 'Milestone', id: milestone.id, title: milestone.name });
    expect((await api.ok(MILESTONES, { p: project.id }, owner.token))['project'].milestones.map((m: { id: string }) => m.id)).toContain(milestone.id);
    expect(await api.query('SELECT milestone_id FROM tasks WHERE id = $1', [linked.id])).toEqual([{ milestone_id: milestone.id }]);
    expect(await trashOf(project.id)).toEqual([]);

    const history = (await api.ok(HISTORY, { p: project.id, e: milestone.id }, owner.token))['auditEvents'].edges.map((e: { node: { action: string } }) => e.node.action);
    expect(history.slice(0, 2)).toEqual(['RESTORED', 'DELETED']);

    // Restored once; a second restore finds nothing in the trash.
    expect(code(await api.gql(restore('Milestone'), { input: { id: milestone.id } }, owner.token))).toBe('NOT_FOUND');
  });

  it('an exit criterion whose place was taken while it was in the trash comes back at the end', async () => {
    const project = await createStandardProject(api, owner.token);
    const phase = project.phases[0];
    const CRITERIA = 'query($p: ID!) { project(id: $p) { phases { id exitCriteria { id label } } } }';
    const labels = async () =>
      ((await api.ok(CRITERIA, { p: project.id }, owner.token))['project'].phases as { id: string; exitCriteria: { id: string; label: string }[] }[])
        .find((p) => p.id === phase.id)!
        .exitCriteria.map((c) => c.label);
    const before = await labels();
    const last = phase.exitCriteria[phase.exitCriteria.length - 1];
    const lastLabel = before[before.length - 1];
    await api.ok(remove('ExitCriterion'), { input: { id: last.id, version: 1 } }, owner.token);
    await api.ok('mutation($input: AddExitCriterionInput!) { addExitCriterion(input: $input) { id } }', { input: { phaseId: phase.id, label: 'Data owners named' } }, owner.token);
    await api.ok(restore('ExitCriterion'), { input: { id: last.id } }, owner.token);
    expect(await labels()).toEqual([...before.slice(0, -1), 'Data owners named', lastLabel]);
  });

  it('a removed risk leaves the list and the heat map, and comes back on restore', async () => {
    const project = await createStandardProject(api, owner.token);
    const before = (await api.ok(RISKS, { p: project.id }, owner.token)) as { risks: { id: string; title: string; version: number }[]; riskHeatMap: { count: number }[] };
    const total = (cells: { count: number }[]) => cells.reduce((sum, c) => sum + c.count, 0);
    const risk = before.risks[0];

    await api.ok(remove('Risk'), { input: { id: risk.id, version: risk.version } }, owner.token);
    const after = (await api.ok(RISKS, { p: project.id }, owner.token)) as typeof before;
    expect(after.risks.map((r) => r.id)).not.toContain(risk.id);
    expect(total(after.riskHeatMap)).toBe(total(before.riskHeatMap) - 1);

    await api.ok(restore('Risk'), { input: { id: risk.id } }, owner.token);
    const back = (await api.ok(RISKS, { p: project.id }, owner.token)) as typeof before;
    expect(back.risks).toEqual(before.risks);
    expect(total(back.riskHeatMap)).toBe(total(before.riskHeatMap));
  });

  it('refuses a stale version with CONFLICT and leaves everything as it was', async () => {
    const project = await createStandardProject(api, owner.token);
    const task = await taskIn(project);
    const fingerprint = await databaseFingerprint(api);
    expect(code(await api.gql(remove('Task'), { input: { id: task.id, version: task.version + 1 } }, owner.token))).toBe('CONFLICT');
    expect(await databaseFingerprint(api)).toEqual(fingerprint);
  });

  it('a task goes with its dependencies and comes back with them; the board and its count follow', async () => {
    const project = await createStandardProject(api, owner.token);
    const first = await taskIn(project);
    const second = await taskIn(project, { dependsOnIds: [first.id] });
    const countBefore = (await tasksOf(api, owner.token, project.id)).totalCount;

    const impact = (await api.ok(IMPACT, { k: 'Task', id: first.id }, owner.token))['removalImpact'];
    expect(impact.removedWithIt).toEqual([{ kind: 'TaskDependency', count: 1 }]);

    await api.ok(remove('Task'), { input: { id: first.id, version: first.version } }, owner.token);
    const board = await tasksOf(api, owner.token, project.id);
    expect(board.totalCount).toBe(countBefore - 1);
    expect(board.edges.find((e) => e.node.id === second.id)?.node.dependsOnIds).toEqual([]);

    await api.ok(restore('Task'), { input: { id: first.id } }, owner.token);
    const restored = await tasksOf(api, owner.token, project.id);
    expect(restored.totalCount).toBe(countBefore);
    expect(restored.edges.find((e) => e.node.id === second.id)?.node.dependsOnIds).toEqual([first.id]);
  });

  it('says what depends on a role and refuses to remove it while it owns tasks; standard roles stay', async () => {
    const project = await createStandardProject(api, owner.token);
    const role = (await api.ok('mutation($input: CreateRoleInput!) { createRole(input: $input) { id key } }', { input: { projectId: project.id, name: 'Cutover coordinator' } }, owner.token))['createRole'];
    const task = await taskIn(project, { roleKey: role.key });

    const impact = (await api.ok(IMPACT, { k: 'Role', id: role.id }, owner.token))['removalImpact'];
    expect(impact).toMatchObject({ title: 'Cutover coordinator', refusal: null, blockers: [{ kind: 'Task', count: 1 }] });
    const fingerprint = await databaseFingerprint(api);
    const refused = await api.gql(remove('Role'), { input: { id: role.id, version: 1 } }, owner.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'HAS_DEPENDANTS', dependants: [{ kind: 'Task', count: 1 }] });
    expect(await databaseFingerprint(api)).toEqual(fingerprint);

    await api.ok(remove('Task'), { input: { id: task.id, version: task.version } }, owner.token);
    await api.ok(remove('Role'), { input: { id: role.id, version: 1 } }, owner.token);
    expect((await trashOf(project.id)).map((e) => e.kind)).toEqual(['Role', 'Task']);

    const roles = (await api.ok('query($p: ID!) { roles(projectId: $p) { id key custom } }', { p: project.id }, owner.token))['roles'] as { id: string; key: string; custom: boolean }[];
    expect(roles.map((r) => r.key)).not.toContain(role.key);
    const sponsor = roles.find((r) => r.key === 'EXECUTIVE_SPONSOR')!;
    const standard = await api.gql(remove('Role'), { input: { id: sponsor.id, version: 1 } }, owner.token);
    expect(standard.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'STANDARD_ROLE' });

    // The task needs its role back first.
    expect(code(await api.gql(restore('Task'), { input: { id: task.id } }, owner.token))).toBe('INVALID_STATE');
    await api.ok(restore('Role'), { input: { id: role.id } }, owner.token);
    await api.ok(restore('Task'), { input: { id: task.id } }, owner.token);
    expect((await tasksOf(api, owner.token, project.id, { roleKeys: [role.key] })).totalCount).toBe(1);
  });

  it('a session people were invited to is cancelled, not removed, and stays in its wave', async () => {
    const project = await createStandardProject(api, owner.token);
    const trainer = await createPerson(api, owner.token, 'Tessa Trainer');
    const trainee = await createPerson(api, owner.token, 'Tim Trainee');
    await assignRole(api, owner.token, { projectId: project.id, roleKey: 'TRAINER', personId: trainer.id });
    const wave = (await api.ok('mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }', { input: { projectId: project.id, name: 'Benelux', goLiveDate: '2027-05-03', scope: ['Sales'] } }, owner.token))['createRolloutWave'];
    const schedule = (inviteeIds: string[]) =>
      api.ok(
        'mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id version } }',
        { input: { waveId: wave.id, topic: `Pipeline basics ${inviteeIds.length}`, startsAt: '2027-05-10T09:00:00Z', durationMinutes: 90, trainerId: trainer.id, inviteeIds } },
        owner.token,
      ).then((d) => d['scheduleTrainingSession'] as { id: string; version: number });
    const invited = await schedule([trainee.id]);
    const empty = await schedule([]);

    const refused = await api.gql(remove('TrainingSession'), { input: { id: invited.id, version: invited.version } }, owner.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'INVITATIONS_SENT' });
    const cancelled = await api.ok(
      'mutation($input: CancelTrainingSessionInput!) { cancelTrainingSession(input: $input) { status cancelReason } }',
      { input: { id: invited.id, version: invited.version, reason: 'Trainer ill' } },
      owner.token,
    );
    expect(cancelled['cancelTrainingSession']).toEqual({ status: 'CANCELLED', cancelReason: 'Trainer ill' });
    const blank = await api.gql('mutation($input: CancelTrainingSessionInput!) { cancelTrainingSession(input: $input) { status } }', { input: { id: empty.id, version: empty.version, reason: '  ' } }, owner.token);
    expect(code(blank)).toBe('BAD_USER_INPUT');

    await api.ok(remove('TrainingSession'), { input: { id: empty.id, version: empty.version } }, owner.token);
    const sessions = (await api.ok('query($w: ID!) { trainingSessions(waveId: $w) { id status } }', { w: wave.id }, owner.token))['trainingSessions'];
    expect(sessions).toEqual([{ id: invited.id, status: 'CANCELLED' }]);

    // A whole wave goes with its sessions and their invitations, and all of it comes back.
    await api.ok(remove('RolloutWave'), { input: { id: wave.id, version: 1 } }, owner.token);
    expect(await api.query('SELECT count(*)::int AS n FROM attendance WHERE session_id = $1', [invited.id])).toEqual([{ n: 0 }]);
    await api.ok(restore('RolloutWave'), { input: { id: wave.id } }, owner.token);
    expect(await api.query('SELECT person_id FROM attendance WHERE session_id = $1', [invited.id])).toEqual([{ person_id: trainee.id }]);
  });

  it('a removed person leaves their roles and tasks to fall back on the role, and comes back with them', async () => {
    const project = await createStandardProject(api, owner.token);
    const analyst = await createPerson(api, owner.token, 'Ana Lyst');
    await assignRole(api, owner.token, { projectId: project.id, roleKey: 'BUSINESS_ANALYST', personId: analyst.id });
    const task = await taskIn(project, { assigneeId: analyst.id });
    const version = (await api.query<{ version: number }>('SELECT version FROM people WHERE id = $1', [analyst.id]))[0].version;

    const impact = (await api.ok(IMPACT, { k: 'Person', id: analyst.id }, owner.token))['removalImpact'];
    expect(impact).toMatchObject({ removedWithIt: [{ kind: 'RoleAssignment', count: 1 }], unlinked: [{ kind: 'Task', count: 1 }], blockers: [] });
    await api.ok(remove('Person'), { input: { id: analyst.id, version } }, owner.token);
    const owned = (await tasksOf(api, owner.token, project.id)).edges.find((e) => e.node.id === task.id)!.node;
    expect(owned).toMatchObject({ assignee: null, ownerSource: 'UNOWNED' });
    expect((await trashOf(project.id)).map((e) => [e.kind, e.title])).toContainEqual(['Person', 'Ana Lyst']);

    await api.ok(restore('Person'), { input: { id: analyst.id } }, owner.token);
    const back = (await tasksOf(api, owner.token, project.id)).edges.find((e) => e.node.id === task.id)!.node;
    expect(back).toMatchObject({ assignee: { id: analyst.id }, owner: { id: analyst.id } });
  });

  it('restores a measurement only while its KPI exists', async () => {
    const project = await createStandardProject(api, owner.token);
    const kpi = (await api.ok('query($p: ID!) { kpis(projectId: $p) { id version } }', { p: project.id }, owner.token))['kpis'][0];
    const measured = (await api.ok('mutation($input: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $input) { measurements { id version } } }', { input: { kpiId: kpi.id, measuredOn: '2025-01-31', value: 40 } }, owner.token))['recordKpiMeasurement'].measurements[0];
    await api.ok('mutation($input: DeleteKpiMeasurementInput!) { deleteKpiMeasurement(input: $input) { id } }', { input: { id: measured.id, version: measured.version } }, owner.token);
    await api.ok(remove('Kpi'), { input: { id: kpi.id, version: kpi.version } }, owner.token);
    const orphan = await api.gql(restore('KpiMeasurement'), { input: { id: measured.id } }, owner.token);
    expect(orphan.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'PARENT_REMOVED' });
    await api.ok(restore('Kpi'), { input: { id: kpi.id } }, owner.token);
    await api.ok(restore('KpiMeasurement'), { input: { id: measured.id } }, owner.token);
    expect(await api.query('SELECT value::float AS value FROM kpi_measurements WHERE id = $1', [measured.id])).toEqual([{ value: 40 }]);
  });

  it('an owner removes a whole program: gone for every member at once, restorable by its owners only', async () => {
    const project = await createStandardProject(api, owner.token);
    const editor = await api.signUp('Program editor', { organisationOf: owner });
    await shareProject(api, owner.token, project.id, editor, 'EDITOR');
    const task = await taskIn(project);
    const PROJECT = 'query($p: ID!) { project(id: $p) { id archivedAt } }';
    const LIST = 'query { projects(includeArchived: true) { id } removedProjects { id removedAt } }';
    const DELETE_PROJECT = 'mutation($input: DeleteProjectInput!) { deleteProject(input: $input) { id removedAt } }';
    const RESTORE_PROJECT = 'mutation($input: RestoreProjectInput!) { restoreProject(input: $input) { id archivedAt removedAt } }';

    expect(code(await api.gql(DELETE_PROJECT, { input: { id: project.id, version: 1 } }, editor.token))).toBe('FORBIDDEN');
    const removed = (await api.ok(DELETE_PROJECT, { input: { id: project.id, version: 1 } }, owner.token))['deleteProject'];
    expect(removed.removedAt).toBeTruthy();
    for (const member of [owner, editor]) {
      expect(code(await api.gql(PROJECT, { p: project.id }, member.token))).toBe('NOT_FOUND');
      expect((await api.ok(LIST, {}, member.token))['projects'].map((p: { id: string }) => p.id)).not.toContain(project.id);
    }
    expect((await api.ok(LIST, {}, owner.token))['removedProjects'].map((p: { id: string }) => p.id)).toContain(project.id);
    expect((await api.ok(LIST, {}, editor.token))['removedProjects']).toEqual([]);
    expect(code(await api.gql(remove('Task'), { input: { id: task.id, version: task.version } }, owner.token))).toBe('NOT_FOUND');
    expect(code(await api.gql(RESTORE_PROJECT, { input: { id: project.id } }, editor.token))).toBe('FORBIDDEN');

    expect((await api.ok(RESTORE_PROJECT, { input: { id: project.id } }, owner.token))['restoreProject']).toEqual({ id: project.id, archivedAt: null, removedAt: null });
    expect((await api.ok(PROJECT, { p: project.id }, editor.token))['project']).toEqual({ id: project.id, archivedAt: null });
    expect(code(await api.gql(RESTORE_PROJECT, { input: { id: project.id } }, owner.token))).toBe('INVALID_STATE');
  });

  it('only editors remove and restore; strangers learn nothing', async () => {
    const project = await createStandardProject(api, owner.token);
    const viewer = await api.signUp('Trash viewer', { organisationOf: owner });
    const stranger = await api.signUp('Trash stranger');
    await shareProject(api, owner.token, project.id, viewer, 'VIEWER');
    const task = await taskIn(project);
    expect(code(await api.gql(remove('Task'), { input: { id: task.id, version: task.version } }, viewer.token))).toBe('FORBIDDEN');
    expect(code(await api.gql(remove('Task'), { input: { id: task.id, version: task.version } }, stranger.token))).toBe('NOT_FOUND');
    expect(code(await api.gql(IMPACT, { k: 'Task', id: task.id }, stranger.token))).toBe('NOT_FOUND');
    await api.ok(remove('Task'), { input: { id: task.id, version: task.version } }, owner.token);
    expect(await trashOf(project.id, viewer.token)).toHaveLength(1);
    expect(code(await api.gql(TRASH, { p: project.id }, stranger.token))).toBe('NOT_FOUND');
    expect(code(await api.gql(restore('Task'), { input: { id: task.id } }, viewer.token))).toBe('FORBIDDEN');
    expect(code(await api.gql(restore('Task'), { input: { id: task.id } }, stranger.token))).toBe('NOT_FOUND');
  });
});
