import { jest } from '@jest/globals';

import { constraintViolationAnswer } from '../../apps/api/src/common/database/constraint-errors';
import { NotificationEvent } from '../../apps/api/src/notifications/notification-event';
import { NotificationsService } from '../../apps/api/src/notifications/notifications.service';
import { assignRole, createPerson, createStandardProject, createWave, shareProject, StandardProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const ASSIGN = 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id version primary waveId wave { id name } person { id } } }';
const UNASSIGN = 'mutation($input: UnassignRoleInput!) { unassignRole(input: $input) { id waveId } }';
const UPDATE_ASSIGNMENT = 'mutation($input: UpdateRoleAssignmentInput!) { updateRoleAssignment(input: $input) { id primary version waveId } }';
const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version waveId owner { id } ownerSource } }';
const UPDATE_TASK = 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id version waveId owner { id } } }';
const TASK = 'query($id: ID!) { task(id: $id) { id waveId owner { id } ownerSource } }';
const BOARD = `query($p: ID!, $filter: TaskFilterInput) { tasks(projectId: $p, filter: $filter, first: 100) { totalCount edges { node { id owner { id } } } } }`;
const TEAM = `query($p: ID!) {
  team(projectId: $p) {
    roles { id key name holders { id primary person { id name } } waveHolders { id primary waveId wave { id name } person { id name } } }
    openWaveWork { roleId waveId openTaskCount }
  }
  rolloutWaves(projectId: $p) { id name }
}`;
const SUGGEST = 'query($waveId: ID!) { suggestTrainingSchedule(waveId: $waveId) { trainerId } }';

/**
 * A role held per rollout wave: a wave's tasks are owned by the wave's primary holder of their role
 * first, then the program's; changing a wave's holder moves that wave's tasks only.
 */
describe('roles per rollout wave', () => {
  let api: TestApp;
  let owner: SignedIn;
  let notify: jest.SpiedFunction<NotificationsService['notify']>;

  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Wave owner');
    notify = jest.spyOn(api.app.get(NotificationsService), 'notify');
  });
  afterAll(async () => {
    notify.mockRestore();
    await api.close();
  });

  const handed = (kind: NotificationEvent['kind']): NotificationEvent[] =>
    notify.mock.calls.flatMap(([, events]) => [...events]).filter((e) => e.kind === kind);

  interface Program {
    project: StandardProject;
    nordics: string;
    benelux: string;
    tom: string;
    nina: string;
  }

  /** A program whose Trainer is Tom, with waves Nordics and Benelux; Nina is Nordics' own Trainer. */
  async function program(): Promise<Program> {
    const project = await createStandardProject(api, owner.token);
    const nordics = (await createWave(api, owner.token, project.id, 'Nordics')).id;
    const benelux = (await createWave(api, owner.token, project.id, 'Benelux')).id;
    const tom = (await createPerson(api, owner.token, 'Tom Trainer')).id;
    const nina = (await createPerson(api, owner.token, 'Nina Nordics')).id;
    await assignRole(api, owner.token, { projectId: project.id, roleKey: 'TRAINER', personId: tom });
    await assignRole(api, owner.token, { projectId: project.id, roleKey: 'TRAINER', personId: nina, waveId: nordics });
    return { project, nordics, benelux, tom, nina };
  }

  const task = async (p: Program, title: string, extra: Record<string, unknown> = {}) =>
    (await api.ok(CREATE_TASK, { input: { projectId: p.project.id, phaseId: p.project.phases[0].id, title, roleKey: 'TRAINER', ...extra } }, owner.token))['createTask'];

  const ownerOf = async (id: string) => (await api.ok(TASK, { id }, owner.token))['task'].owner?.id ?? null;

  it('a wave holder is assigned in the wave: the assignment names its wave and the program holder stays primary program-wide', async () => {
    const p = await program();
    const team = (await api.ok(TEAM, { p: p.project.id }, owner.token))['team'];
    const trainer = team.roles.find((r: { key: string }) => r.key === 'TRAINER');
    expect(trainer.holders).toEqual([expect.objectContaining({ primary: true, person: expect.objectContaining({ id: p.tom }) })]);
    expect(trainer.waveHolders).toEqual([
      expect.objectContaining({ primary: true, waveId: p.nordics, wave: { id: p.nordics, name: 'Nordics' }, person: expect.objectContaining({ id: p.nina }) }),
    ]);
    // The same person may hold the role program-wide too; twice in the same wave is refused.
    await assignRole(api, owner.token, { projectId: p.project.id, roleKey: 'TRAINER', personId: p.nina, primary: false });
    const twice = await api.gql(ASSIGN, { input: { projectId: p.project.id, roleKey: 'TRAINER', personId: p.nina, waveId: p.nordics } }, owner.token);
    expect(twice.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(twice.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'personId' })]);
  });

  it("a wave's task goes to the wave's holder, another wave's to the program's, and a role nobody holds leaves it unowned — on the board, its filters and my work", async () => {
    const p = await program();
    const nordicsTask = await task(p, 'Train Nordics sales');
    const inNordics = await api.ok(UPDATE_TASK, { input: { id: nordicsTask.id, version: nordicsTask.version, waveId: p.nordics } }, owner.token);
    expect(inNordics['updateTask']).toMatchObject({ waveId: p.nordics, owner: { id: p.nina } });
    const beneluxTask = await task(p, 'Train Benelux sales', { waveId: p.benelux });
    expect(beneluxTask).toMatchObject({ waveId: p.benelux, owner: { id: p.tom }, ownerSource: 'ROLE' });
    const analystTask = await task(p, 'Map Benelux fields', { waveId: p.benelux, roleKey: 'DATA_STEWARD' });
    expect(analystTask).toMatchObject({ owner: null, ownerSource: 'UNOWNED' });

    const ninas = (await api.ok(BOARD, { p: p.project.id, filter: { ownerId: p.nina } }, owner.token))['tasks'];
    expect(ninas.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([nordicsTask.id]);
    const toms = (await api.ok(BOARD, { p: p.project.id, filter: { ownerId: p.tom } }, owner.token))['tasks'];
    expect(toms.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(beneluxTask.id);
    expect(toms.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(nordicsTask.id);
    const unowned = (await api.ok(BOARD, { p: p.project.id, filter: { unowned: true } }, owner.token))['tasks'];
    expect(unowned.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(analystTask.id);
    expect(unowned.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(nordicsTask.id);

    // Nadia, who signs in, becomes Nordics' primary Trainer: her tasks are the Nordics one only.
    const nadia = await api.signUp('Nadia Nordics', { organisationOf: owner });
    await shareProject(api, owner.token, p.project.id, nadia, 'EDITOR');
    const [nadiaPerson] = await api.query<{ id: string }>('SELECT id FROM people WHERE email = $1', [nadia.user.email]);
    await assignRole(api, owner.token, { projectId: p.project.id, roleKey: 'TRAINER', personId: nadiaPerson.id, waveId: p.nordics, primary: true });
    const mine = await api.ok<{ myTasks: { id: string }[] }>('{ myTasks(first: 100) { id } }', {}, nadia.token);
    expect(mine.myTasks.map((t) => t.id)).toEqual([nordicsTask.id]);

    // Out of the wave again: the program's trainer has it.
    const out = await api.ok(UPDATE_TASK, { input: { id: nordicsTask.id, version: inNordics['updateTask'].version, waveId: null } }, owner.token);
    expect(out['updateTask']).toMatchObject({ waveId: null, owner: { id: p.tom } });
  });

  it("a new primary holder in one wave moves that wave's tasks only, and their summary counts only those", async () => {
    const p = await program();
    const nordicsTasks = [await task(p, 'Nordics A', { waveId: p.nordics }), await task(p, 'Nordics B', { waveId: p.nordics })];
    await task(p, 'Nordics done', { waveId: p.nordics, status: 'DONE' });
    const beneluxTask = await task(p, 'Benelux A', { waveId: p.benelux });
    const noWave = await task(p, 'Program-wide training plan');
    const nils = (await createPerson(api, owner.token, 'Nils Nordics')).id;
    const held = await assignRole(api, owner.token, { projectId: p.project.id, roleKey: 'TRAINER', personId: nils, waveId: p.nordics, primary: false });
    expect(held).toMatchObject({ primary: false, waveId: p.nordics });

    notify.mockClear();
    const made = await api.ok(UPDATE_ASSIGNMENT, { input: { id: held.id, version: held.version, primary: true } }, owner.token);
    expect(made['updateRoleAssignment']).toMatchObject({ primary: true, waveId: p.nordics });
    for (const t of nordicsTasks) expect(await ownerOf(t.id)).toBe(nils);
    expect(await ownerOf(beneluxTask.id)).toBe(p.tom);
    expect(await ownerOf(noWave.id)).toBe(p.tom);
    expect(handed('TASK_ASSIGNED')).toEqual([expect.objectContaining({ to: { personIds: [nils] }, params: expect.objectContaining({ count: 2, roleKey: 'TRAINER' }) })]);
    // Nina stepped back in Nordics only; Tom is still the program's primary Trainer.
    const team = (await api.ok(TEAM, { p: p.project.id }, owner.token))['team'];
    const trainer = team.roles.find((r: { key: string }) => r.key === 'TRAINER');
    expect(trainer.holders.map((h: { primary: boolean; person: { id: string } }) => [h.person.id, h.primary])).toEqual([[p.tom, true]]);
    expect(trainer.waveHolders.map((h: { primary: boolean; person: { id: string } }) => [h.person.id, h.primary]).sort()).toEqual([[nils, true], [p.nina, false]].sort());

    // A new program-wide Trainer takes the tasks of no wave and of Benelux, not Nordics'.
    const tess = (await createPerson(api, owner.token, 'Tess Trainer')).id;
    notify.mockClear();
    await assignRole(api, owner.token, { projectId: p.project.id, roleKey: 'TRAINER', personId: tess, primary: true });
    expect(await ownerOf(noWave.id)).toBe(tess);
    expect(await ownerOf(beneluxTask.id)).toBe(tess);
    expect(await ownerOf(nordicsTasks[0].id)).toBe(nils);
    const following: { n: number }[] = await api.query(
      `SELECT count(*)::int AS n FROM tasks t JOIN roles r ON r.id = t.role_id
       WHERE t.project_id = $1 AND r.key = 'TRAINER' AND t.assignee_id IS NULL AND t.status <> 'DONE' AND (t.wave_id IS NULL OR t.wave_id = $2)`,
      [p.project.id, p.benelux],
    );
    expect(handed('TASK_ASSIGNED')).toEqual([expect.objectContaining({ to: { personIds: [tess] }, params: expect.objectContaining({ count: following[0].n }) })]);

    // Nina leaves Nordics: only her wave holding ends.
    const left = await api.ok(UNASSIGN, { input: { projectId: p.project.id, roleKey: 'TRAINER', personId: p.nina, waveId: p.nordics } }, owner.token);
    expect(left['unassignRole']).toMatchObject({ waveId: p.nordics });
    const gone = await api.gql(UNASSIGN, { input: { projectId: p.project.id, roleKey: 'TRAINER', personId: p.nina, waveId: p.nordics } }, owner.token);
    expect(gone.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it("a wave of another program is refused for a holder and for a task, and nothing is stored", async () => {
    const p = await program();
    const other = await createStandardProject(api, owner.token);
    const elsewhere = (await createWave(api, owner.token, other.id, 'Elsewhere')).id;
    const before = await api.query('SELECT count(*)::int AS n FROM role_assignments WHERE project_id = $1', [p.project.id]);
    const assign = await api.gql(ASSIGN, { input: { projectId: p.project.id, roleKey: 'TRAINER', personId: p.tom, waveId: elsewhere } }, owner.token);
    expect(assign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'waveId' })] });
    expect(await api.query('SELECT count(*)::int AS n FROM role_assignments WHERE project_id = $1', [p.project.id])).toEqual(before);
    const create = await api.gql(CREATE_TASK, { input: { projectId: p.project.id, phaseId: p.project.phases[0].id, title: 'Stray', roleKey: 'TRAINER', waveId: elsewhere } }, owner.token);
    expect(create.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'waveId' })] });
    expect(await api.query("SELECT 1 FROM tasks WHERE project_id = $1 AND title = 'Stray'", [p.project.id])).toEqual([]);
    const t = await task(p, 'Kept in its program');
    const update = await api.gql(UPDATE_TASK, { input: { id: t.id, version: t.version, waveId: elsewhere } }, owner.token);
    expect(update.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await api.ok(TASK, { id: t.id }, owner.token))['task'].waveId).toBeNull();
  });

  it('ten people made primary of one role in one wave at once: exactly one is primary there, the program holder untouched, none answered INTERNAL', async () => {
    const p = await program();
    const racers: string[] = [];
    for (let i = 0; i < 10; i += 1) racers.push((await createPerson(api, owner.token, `Wave racer ${i}`)).id);
    const responses = await Promise.all(
      racers.map((personId) => api.gql(ASSIGN, { input: { projectId: p.project.id, roleKey: 'TRAINER', personId, waveId: p.benelux, primary: true } }, owner.token)),
    );
    expect(responses.map((r) => r.errors?.[0]?.extensions?.['code'] ?? 'OK')).toEqual(racers.map(() => 'OK'));
    const held = await api.query<{ person_id: string; is_primary: boolean; wave_id: string | null }>(
      "SELECT a.person_id, a.is_primary, a.wave_id FROM role_assignments a JOIN roles r ON r.id = a.role_id WHERE r.project_id = $1 AND r.key = 'TRAINER'",
      [p.project.id],
    );
    expect(held.filter((a) => a.wave_id === p.benelux && a.is_primary)).toHaveLength(1);
    expect(held.filter((a) => a.wave_id === null && a.is_primary).map((a) => a.person_id)).toEqual([p.tom]);
    expect(held.filter((a) => a.wave_id === p.nordics && a.is_primary).map((a) => a.person_id)).toEqual([p.nina]);

    // Two editors making two holders primary in the same wave from the same page: both answered, one primary.
    const wave = (await api.ok(TEAM, { p: p.project.id }, owner.token))['team'].roles
      .find((r: { key: string }) => r.key === 'TRAINER')
      .waveHolders.filter((h: { waveId: string; primary: boolean }) => h.waveId === p.benelux && !h.primary)
      .slice(0, 2);
    const versions: { id: string; version: number }[] = await api.query('SELECT id, version FROM role_assignments WHERE id = ANY($1)', [wave.map((h: { id: string }) => h.id)]);
    const both = await Promise.all(versions.map((v) => api.gql(UPDATE_ASSIGNMENT, { input: { id: v.id, version: v.version, primary: true } }, owner.token)));
    expect(both.map((r) => r.errors?.[0]?.extensions?.['code'] ?? 'OK')).toEqual(['OK', 'OK']);
    expect(await api.query('SELECT count(*)::int AS n FROM role_assignments WHERE wave_id = $1 AND is_primary', [p.benelux])).toEqual([{ n: 1 }]);
    // The same holder changed twice from one stale page: one wins, the other is told it is stale.
    const [again] = await api.query<{ id: string; version: number }>('SELECT id, version FROM role_assignments WHERE wave_id = $1 AND NOT is_primary LIMIT 1', [p.benelux]);
    const stale = await Promise.all([1, 2].map(() => api.gql(UPDATE_ASSIGNMENT, { input: { id: again.id, version: again.version, primary: true } }, owner.token)));
    expect(stale.map((r) => r.errors?.[0]?.extensions?.['code'] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('the database refuses a second primary in a wave with the CONFLICT answer, and a second holding of the same person with BAD_USER_INPUT', async () => {
    const p = await program();
    const roleId = (await api.query<{ id: string }>("SELECT id FROM roles WHERE project_id = $1 AND key = 'TRAINER'", [p.project.id]))[0].id;
    const insert = (personId: string, primary: boolean, waveId: string | null) =>
      api.query('INSERT INTO role_assignments (project_id, role_id, person_id, allocation_percent, is_primary, wave_id) VALUES ($1, $2, $3, 10, $4, $5)', [
        p.project.id,
        roleId,
        personId,
        primary,
        waveId,
      ]);
    await expect(insert(p.tom, true, p.nordics)).rejects.toMatchObject({ constraint: 'role_assignments_one_primary' });
    await expect(insert(p.nina, false, p.nordics)).rejects.toMatchObject({ constraint: 'role_assignments_role_person_wave_key' });
    await expect(insert(p.tom, false, null)).rejects.toMatchObject({ constraint: 'role_assignments_role_person_wave_key' });
    expect(constraintViolationAnswer({ code: '23505', constraint: 'role_assignments_one_primary' })?.extensions?.['code']).toBe('CONFLICT');
    expect(constraintViolationAnswer({ code: '23505', constraint: 'role_assignments_role_person_wave_key' })?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it("removing a wave takes its holders along and gives its tasks back to the program's holders; restoring it brings both back", async () => {
    const p = await program();
    const t = await task(p, 'Nordics trainers briefing', { waveId: p.nordics });
    expect(t.owner.id).toBe(p.nina);
    const [wave] = await api.query<{ version: number }>('SELECT version FROM rollout_waves WHERE id = $1', [p.nordics]);
    await api.ok('mutation($input: DeleteRolloutWaveInput!) { deleteRolloutWave(input: $input) { id } }', { input: { id: p.nordics, version: wave.version } }, owner.token);
    expect(await api.query('SELECT 1 FROM role_assignments WHERE wave_id = $1', [p.nordics])).toEqual([]);
    expect(await api.ok(TASK, { id: t.id }, owner.token)).toEqual({ task: expect.objectContaining({ waveId: null, owner: { id: p.tom } }) });
    await api.ok('mutation($input: RestoreRolloutWaveInput!) { restoreRolloutWave(input: $input) { __typename } }', { input: { id: p.nordics } }, owner.token);
    expect(await api.ok(TASK, { id: t.id }, owner.token)).toEqual({ task: expect.objectContaining({ waveId: p.nordics, owner: { id: p.nina } }) });
  });

  it('a viewer may read the role × wave matrix but not assign a wave holder', async () => {
    const p = await program();
    const viewer = await api.signUp('Wave viewer', { organisationOf: owner });
    await shareProject(api, owner.token, p.project.id, viewer, 'VIEWER');
    const team = await api.ok(TEAM, { p: p.project.id }, viewer.token);
    expect(team['rolloutWaves'].map((w: { name: string }) => w.name).sort()).toEqual(['Benelux', 'Nordics']);
    const refused = await api.gql(ASSIGN, { input: { projectId: p.project.id, roleKey: 'TRAINER', personId: p.tom, waveId: p.benelux } }, viewer.token);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await api.query('SELECT 1 FROM role_assignments WHERE wave_id = $1', [p.benelux])).toEqual([]);
  });

  it("counts a wave's open tasks per role for the matrix, and suggests a wave's sessions with the wave's own trainer first", async () => {
    const p = await program();
    await task(p, 'Nordics open', { waveId: p.nordics });
    await task(p, 'Nordics open 2', { waveId: p.nordics });
    await task(p, 'Nordics done', { waveId: p.nordics, status: 'DONE' });
    await task(p, 'Benelux steward', { waveId: p.benelux, roleKey: 'DATA_STEWARD' });
    const team = (await api.ok(TEAM, { p: p.project.id }, owner.token))['team'];
    const roleIdOf = (key: string) => team.roles.find((r: { key: string }) => r.key === key).id;
    expect(team.openWaveWork).toEqual(
      expect.arrayContaining([
        { roleId: roleIdOf('TRAINER'), waveId: p.nordics, openTaskCount: 2 },
        { roleId: roleIdOf('DATA_STEWARD'), waveId: p.benelux, openTaskCount: 1 },
      ]),
    );
    expect(team.openWaveWork).toHaveLength(2);
    expect((await api.ok(SUGGEST, { waveId: p.nordics }, owner.token))['suggestTrainingSchedule'][0].trainerId).toBe(p.nina);
    expect((await api.ok(SUGGEST, { waveId: p.benelux }, owner.token))['suggestTrainingSchedule'][0].trainerId).toBe(p.tom);
  });
});
