import { DataSource } from 'typeorm';

import { INVITATIONS_PER_MINUTE } from '@crm/domain';

import { inTransaction, MAX_TRANSACTION_ATTEMPTS } from '../../apps/api/src/common/database/transaction';
import { databaseAnswer } from '../../apps/api/src/common/errors/database-outage.filter';
import type { GraphQLResponse } from './support/test-app';
import { createPerson, createStandardProject, shareProject, StandardProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

/**
 * Parallel writers (10 to 50) on the same record or the same rule. On PostgreSQL they really
 * overlap (a pool of 10); on the embedded database they are served one by one and the suite
 * passes trivially. Either way: no INTERNAL, no duplicates, and the history replays to the state.
 */

const ASSIGN = 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id primary } }';
const CREATE_ROLE = 'mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }';
const CREATE_KPI = 'mutation($input: CreateKpiInput!) { createKpi(input: $input) { id key } }';
const CREATE_VENDOR = 'mutation($input: CreateVendorInput!) { createVendor(input: $input) { id } }';
const CREATE_CRITERION = 'mutation($input: CreateCriterionInput!) { createCriterion(input: $input) { id } }';
const SET_CRITERION = 'mutation($input: SetExitCriterionInput!) { setExitCriterion(input: $input) { id done } }';
const ADD_CRITERION = 'mutation($input: AddExitCriterionInput!) { addExitCriterion(input: $input) { id } }';
const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }';
const UPDATE_TASK = 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id dependsOnIds } }';
const DELETE_TASK = 'mutation($input: DeleteTaskInput!) { deleteTask(input: $input) { id } }';

type Outcome = 'OK' | string;

function outcomeOf(response: GraphQLResponse<unknown>): Outcome {
  const code = response.errors?.[0]?.extensions?.['code'];
  return code === undefined ? 'OK' : String(code);
}

function tally(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1;
  return counts;
}

describe('Parallel writers', () => {
  let api: TestApp;
  let owner: SignedIn;
  let project: StandardProject;
  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Race owner');
    project = await createStandardProject(api, owner.token);
  });
  afterAll(() => api.close());

  const all = (n: number, request: (i: number) => Promise<GraphQLResponse<unknown>>) => Promise.all(Array.from({ length: n }, (_, i) => request(i)));

  it('ten people made primary of an empty role at once: all ten hold it, exactly one is primary, each assignment in the history', async () => {
    const { key } = (await api.ok(CREATE_ROLE, { input: { projectId: project.id, name: 'Race desk' } }, owner.token))['createRole'];
    const people: { id: string }[] = [];
    for (let i = 0; i < 10; i += 1) people.push(await createPerson(api, owner.token, `Racer ${i}`));
    const responses = await all(10, (i) => api.gql(ASSIGN, { input: { projectId: project.id, roleKey: key, personId: people[i].id, primary: true } }, owner.token));
    expect(tally(responses.map(outcomeOf))).toEqual({ OK: 10 });
    const held = await api.query<{ person_id: string; is_primary: boolean }>(
      'SELECT a.person_id, a.is_primary FROM role_assignments a JOIN roles r ON r.id = a.role_id WHERE r.project_id = $1 AND r.key = $2',
      [project.id, key],
    );
    expect(held).toHaveLength(10);
    expect(held.filter((a) => a.is_primary)).toHaveLength(1);
    const assigned = await api.query('SELECT 1 FROM audit_events WHERE project_id = $1 AND entity_type = $2 AND action = $3', [project.id, 'RoleAssignment', 'ASSIGNED']);
    expect(assigned.length).toBeGreaterThanOrEqual(10);
  });

  it('ten KPIs created with one name at once: one is stored, the others are told the name is taken', async () => {
    const responses = await all(10, () =>
      api.gql(CREATE_KPI, { input: { projectId: project.id, name: 'Race conversion', unit: '%', direction: 'UP', target: 50 } }, owner.token),
    );
    expect(tally(responses.map(outcomeOf))).toEqual({ OK: 1, BAD_USER_INPUT: 9 });
    for (const refused of responses.filter((r) => r.errors)) expect(refused.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'name' })]);
    const stored = await api.query('SELECT key FROM kpis WHERE project_id = $1 AND lower(name) = $2', [project.id, 'race conversion']);
    expect(stored).toEqual([{ key: 'RACE_CONVERSION' }]);
  });

  it('ten KPIs whose names differ but make one key: each gets its own key', async () => {
    const responses = await all(10, (i) =>
      api.gql(CREATE_KPI, { input: { projectId: project.id, name: `Race lead${' '.repeat(i + 1)}-time`, unit: 'days', direction: 'DOWN', target: 5 } }, owner.token),
    );
    expect(responses.map(outcomeOf).filter((o) => o !== 'OK' && o !== 'BAD_USER_INPUT')).toEqual([]);
    const keys = await api.query<{ key: string }>('SELECT key FROM kpis WHERE project_id = $1 AND key LIKE $2', [project.id, 'RACE_LEAD_TIME%']);
    expect(new Set(keys.map((k) => k.key)).size).toBe(keys.length);
  });

  it.each([
    ['vendors', CREATE_VENDOR, (name: string) => ({ projectId: '', name })],
    ['selection criteria', CREATE_CRITERION, (name: string) => ({ projectId: '', name, weight: 2 })],
  ])('ten %s created with one name at once: one is stored, the others get BAD_USER_INPUT naming name', async (table, mutation, inputOf) => {
    const name = `Race ${table}`;
    const responses = await all(10, () => api.gql(mutation, { input: { ...inputOf(name), projectId: project.id } }, owner.token));
    expect(tally(responses.map(outcomeOf))).toEqual({ OK: 1, BAD_USER_INPUT: 9 });
    for (const refused of responses.filter((r) => r.errors)) expect(refused.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field: 'name' })]);
    const sqlTable = table === 'vendors' ? 'vendors' : 'selection_criteria';
    expect(await api.query(`SELECT id FROM ${sqlTable} WHERE project_id = $1 AND lower(name) = lower($2)`, [project.id, name])).toHaveLength(1);
  });

  it('forty people ticking and unticking one exit criterion at once: the history replays to the stored value', async () => {
    const criterionId = project.phases[0].exitCriteria[0].id;
    const responses = await all(40, (i) => api.gql(SET_CRITERION, { input: { id: criterionId, done: i % 2 === 0 } }, owner.token));
    expect(tally(responses.map(outcomeOf))).toEqual({ OK: 40 });
    const [stored] = await api.query<{ done: boolean }>('SELECT done FROM exit_criteria WHERE id = $1', [criterionId]);
    const history = await api.query<{ before: { done: boolean }; after: { done: boolean } }>('SELECT before, after FROM audit_events WHERE entity_id = $1 ORDER BY id', [criterionId]);
    let replayed = false;
    for (const entry of history) {
      expect(entry.before.done).toBe(replayed);
      replayed = entry.after.done;
    }
    expect(replayed).toBe(stored.done);
  });

  it('thirty exit criteria added to one phase at once: thirty distinct positions after the existing ones', async () => {
    const phaseId = project.phases[1].id;
    const before = await api.count('exit_criteria');
    const responses = await all(30, (i) => api.gql(ADD_CRITERION, { input: { phaseId, label: `Race check ${i}` } }, owner.token));
    expect(tally(responses.map(outcomeOf))).toEqual({ OK: 30 });
    expect(await api.count('exit_criteria')).toBe(before + 30);
    const positions = await api.query<{ position: number }>('SELECT position FROM exit_criteria WHERE phase_id = $1', [phaseId]);
    expect(new Set(positions.map((p) => p.position)).size).toBe(positions.length);
  });

  it('ten criteria added at once keep distinct positions', async () => {
    const responses = await all(10, (i) => api.gql(CREATE_CRITERION, { input: { projectId: project.id, name: `Race position ${i}`, weight: 1 } }, owner.token));
    expect(tally(responses.map(outcomeOf))).toEqual({ OK: 10 });
    const positions = await api.query<{ position: number }>('SELECT position FROM selection_criteria WHERE project_id = $1', [project.id]);
    expect(new Set(positions.map((p) => p.position)).size).toBe(positions.length);
  });

  it('thirty invitations sent at once by one owner: no more pass than the per-minute limit', async () => {
    const sender = await api.signUp('Race inviter');
    const own = await createStandardProject(api, sender.token);
    const INVITE = 'mutation($input: AddProjectMemberInput!) { addProjectMember(input: $input) { status } }';
    const responses = await all(30, (i) => api.gql(INVITE, { input: { projectId: own.id, email: `race.invitee.${i}@example.test`, permission: 'VIEWER' } }, sender.token));
    const outcomes = tally(responses.map(outcomeOf));
    expect(outcomes).toEqual({ OK: INVITATIONS_PER_MINUTE, TOO_MANY_REQUESTS: 30 - INVITATIONS_PER_MINUTE });
    const stored = await api.query('SELECT 1 FROM organisation_invitations WHERE project_id = $1', [own.id]);
    expect(stored).toHaveLength(INVITATIONS_PER_MINUTE);
  });

  it('ten roles added to one project at once keep distinct places in the catalog', async () => {
    const responses = await all(10, (i) => api.gql(CREATE_ROLE, { input: { projectId: project.id, name: `Race role ${i}` } }, owner.token));
    expect(tally(responses.map(outcomeOf))).toEqual({ OK: 10 });
    const positions = await api.query<{ position: number }>('SELECT position FROM roles WHERE project_id = $1', [project.id]);
    expect(new Set(positions.map((p) => p.position)).size).toBe(positions.length);
  });

  it('three tasks each made to wait for the next at the same moment, closing a loop: two links kept, the third refused as a loop', async () => {
    const { key } = (await api.ok(CREATE_ROLE, { input: { projectId: project.id, name: 'Loop racers' } }, owner.token))['createRole'];
    const newTask = async (title: string) =>
      (await api.ok<{ createTask: { id: string; version: number } }>(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, roleKey: key, title } }, owner.token)).createTask;
    const rings: { id: string; version: number }[][] = [];
    for (let i = 0; i < 6; i += 1) rings.push([await newTask(`Loop racer ${i}a`), await newTask(`Loop racer ${i}b`), await newTask(`Loop racer ${i}c`)]);
    // Each edit locks only its own task and the one it will wait for, so nothing but the
    // program-wide turn-taking makes the third edit see the other two.
    const responses = await Promise.all(
      rings.flatMap((ring) => ring.map((task, i) => api.gql(UPDATE_TASK, { input: { id: task.id, version: task.version, dependsOnIds: [ring[(i + 1) % 3].id] } }, owner.token))),
    );
    expect(tally(responses.map(outcomeOf))).toEqual({ OK: 12, BAD_USER_INPUT: 6 });
    for (const ring of rings) {
      const links = await api.query('SELECT count(*)::int AS n FROM task_dependencies WHERE task_id = ANY($1)', [ring.map((t) => t.id)]);
      expect(links).toEqual([{ n: 2 }]);
    }
  });

  it('a task deleted while another is made to wait for it, or while it is itself updated: NOT_FOUND, CONFLICT or BAD_USER_INPUT, never INTERNAL', async () => {
    const { key } = (await api.ok(CREATE_ROLE, { input: { projectId: project.id, name: 'Race tasks' } }, owner.token))['createRole'];
    const newTask = async (title: string) =>
      (await api.ok<{ createTask: { id: string; version: number } }>(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, roleKey: key, title } }, owner.token)).createTask;
    const pairs: { prerequisite: { id: string; version: number }; dependant: { id: string; version: number } }[] = [];
    for (let i = 0; i < 10; i += 1) pairs.push({ prerequisite: await newTask(`Race prerequisite ${i}`), dependant: await newTask(`Race dependant ${i}`) });
    const responses = await Promise.all(
      pairs.flatMap(({ prerequisite, dependant }, i) => [
        api.gql(DELETE_TASK, { input: { id: prerequisite.id, version: prerequisite.version } }, owner.token),
        api.gql(UPDATE_TASK, { input: { id: dependant.id, version: dependant.version, dependsOnIds: [prerequisite.id] } }, owner.token),
        // Every other dependant is deleted itself while it is being updated.
        ...(i % 2 === 0 ? [api.gql(DELETE_TASK, { input: { id: dependant.id, version: dependant.version } }, owner.token)] : []),
      ]),
    );
    const outcomes = responses.map(outcomeOf);
    expect(outcomes.filter((o) => !['OK', 'NOT_FOUND', 'CONFLICT', 'BAD_USER_INPUT'].includes(o))).toEqual([]);
    const dangling = await api.query('SELECT 1 FROM task_dependencies d LEFT JOIN tasks t ON t.id = d.depends_on_id WHERE t.id IS NULL');
    expect(dangling).toEqual([]);
  });

  const UPDATE_MEMBER = 'mutation($input: UpdateProjectMemberInput!) { updateProjectMember(input: $input) { permission } }';
  const ownersOf = (projectId: string) => api.query<{ user_id: string }>("SELECT user_id FROM project_members WHERE project_id = $1 AND permission = 'OWNER'", [projectId]);

  /** A program of its own with `count` owners: the creator and `count - 1` colleagues made owners. */
  async function programOwnedBy(count: number): Promise<{ id: string; owners: SignedIn[] }> {
    const first = await api.signUp('Race co-owner');
    const own = await createStandardProject(api, first.token);
    const owners = [first];
    for (let i = 1; i < count; i += 1) {
      const next = await api.signUp(`Race co-owner ${i}`, { organisationOf: first });
      await shareProject(api, first.token, own.id, next, 'EDITOR');
      await api.ok(UPDATE_MEMBER, { input: { projectId: own.id, userId: next.user.id, permission: 'OWNER' } }, first.token);
      owners.push(next);
    }
    return { id: own.id, owners };
  }

  it('one milestone removed ten times at once, then restored ten times at once: one removal and one restore, the task links back once', async () => {
    const milestone = (await api.ok('mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version } }', { input: { phaseId: project.phases[0].id, name: 'Race gate', dueDate: '2027-03-01' } }, owner.token))['createMilestone'];
    const linked = await Promise.all(
      [0, 1, 2].map(async (i) => (await api.ok(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, title: `Linked ${i}`, roleKey: 'BUSINESS_ANALYST', milestoneId: milestone.id } }, owner.token))['createTask'].id as string),
    );
    const removals = await all(10, () => api.gql('mutation($input: DeleteMilestoneInput!) { deleteMilestone(input: $input) { id } }', { input: { id: milestone.id, version: milestone.version } }, owner.token));
    const removed = tally(removals.map(outcomeOf));
    expect(removed['OK']).toBe(1);
    expect(Object.keys(removed).every((o) => o === 'OK' || o === 'NOT_FOUND' || o === 'CONFLICT')).toBe(true);
    expect(await api.query('SELECT count(*)::int AS n FROM trash_entries WHERE record_id = $1', [milestone.id])).toEqual([{ n: 1 }]);

    const restores = await all(10, () => api.gql('mutation($input: RestoreMilestoneInput!) { restoreMilestone(input: $input) { id } }', { input: { id: milestone.id } }, owner.token));
    expect(tally(restores.map(outcomeOf))).toEqual({ OK: 1, NOT_FOUND: 9 });
    expect(await api.query('SELECT count(*)::int AS n FROM milestones WHERE id = $1', [milestone.id])).toEqual([{ n: 1 }]);
    expect(await api.query('SELECT count(*)::int AS n FROM tasks WHERE id = ANY($1) AND milestone_id = $2', [linked, milestone.id])).toEqual([{ n: 3 }]);
  });

  it('a task created under a milestone while the milestone is removed: the task is either linked and restored with it, or refused, never silently unlinked', async () => {
    const milestone = (await api.ok('mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version } }', { input: { phaseId: project.phases[0].id, name: 'Race gate 2', dueDate: '2027-03-02' } }, owner.token))['createMilestone'];
    const [removal, ...creations] = await Promise.all([
      api.gql('mutation($input: DeleteMilestoneInput!) { deleteMilestone(input: $input) { id } }', { input: { id: milestone.id, version: milestone.version } }, owner.token),
      ...[0, 1, 2, 3, 4].map((i) =>
        api.gql(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, title: `Late ${i}`, roleKey: 'BUSINESS_ANALYST', milestoneId: milestone.id } }, owner.token),
      ),
    ]);
    expect(outcomeOf(removal)).toBe('OK');
    expect(creations.map(outcomeOf).every((o) => o === 'OK' || o === 'BAD_USER_INPUT' || o === 'NOT_FOUND')).toBe(true);
    const created = creations.filter((r) => outcomeOf(r) === 'OK').map((r) => (r.data as { createTask: { id: string } }).createTask.id);
    await api.ok('mutation($input: RestoreMilestoneInput!) { restoreMilestone(input: $input) { id } }', { input: { id: milestone.id } }, owner.token);
    // Every task that was stored is linked to the milestone again: made before the removal, it was taken along; after, it was refused.
    const links = await api.query<{ milestone_id: string | null }>('SELECT milestone_id FROM tasks WHERE id = ANY($1)', [created]);
    expect(links.every((l) => l.milestone_id === milestone.id)).toBe(true);
  });

  it('ten bulk changes over overlapping pairs of tasks at once: each task changed by at most one, every other writer told CONFLICT, never overwritten', async () => {
    const tasks: { id: string; version: number }[] = [];
    for (let i = 0; i < 11; i += 1) {
      tasks.push((await api.ok(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, title: `Bulk race ${i}`, roleKey: 'CRM_ADMIN' } }, owner.token))['createTask']);
    }
    const pairs = Array.from({ length: 10 }, (_, i) => [tasks[i], tasks[i + 1]]);
    const responses = await all(10, (i) =>
      api.gql('mutation($input: UpdateTasksInput!) { updateTasks(input: $input) { id version } }', { input: { projectId: project.id, items: pairs[i].map(({ id, version }) => ({ id, version })), status: 'BLOCKED' } }, owner.token),
    );
    const outcomes = responses.map(outcomeOf);
    expect(outcomes.filter((o) => o !== 'OK' && o !== 'CONFLICT')).toEqual([]);
    const winners = pairs.filter((_, i) => outcomes[i] === 'OK').flat().map((task) => task.id);
    expect(new Set(winners).size).toBe(winners.length);
    const stored = await api.query<{ id: string; version: number; status: string }>('SELECT id, version, status FROM tasks WHERE id = ANY($1)', [tasks.map((t) => t.id)]);
    for (const row of stored) expect([row.version, row.status]).toEqual(winners.includes(row.id) ? [2, 'BLOCKED'] : [1, 'TODO']);
    const history = await api.query<{ entity_id: string }>('SELECT entity_id FROM audit_events WHERE entity_id = ANY($1) AND action = $2', [tasks.map((t) => t.id), 'STATUS_CHANGED']);
    expect(history.map((h) => h.entity_id).sort()).toEqual([...winners].sort());
  });

  it('two owners demoting each other at the same moment, in five programs: each program keeps exactly one owner', async () => {
    const programs = await Promise.all(Array.from({ length: 5 }, () => programOwnedBy(2)));
    const responses = await Promise.all(
      programs.flatMap(({ id, owners: [a, b] }) => [
        api.gql(UPDATE_MEMBER, { input: { projectId: id, userId: b.user.id, permission: 'EDITOR' } }, a.token),
        api.gql(UPDATE_MEMBER, { input: { projectId: id, userId: a.user.id, permission: 'EDITOR' } }, b.token),
      ]),
    );
    // The second to go either is no owner any more (FORBIDDEN) or would demote the last one (INVALID_STATE).
    const outcomes = tally(responses.map(outcomeOf));
    expect(outcomes['OK']).toBe(5);
    expect((outcomes['FORBIDDEN'] ?? 0) + (outcomes['INVALID_STATE'] ?? 0)).toBe(5);
    for (const program of programs) expect(await ownersOf(program.id)).toHaveLength(1);
  });

  it('ten owners all stepping down at once: nine may, the last one is refused and stays owner', async () => {
    const program = await programOwnedBy(10);
    const responses = await Promise.all(
      program.owners.map((o) => api.gql(UPDATE_MEMBER, { input: { projectId: program.id, userId: o.user.id, permission: 'VIEWER' } }, o.token)),
    );
    expect(tally(responses.map(outcomeOf))).toEqual({ OK: 9, INVALID_STATE: 1 });
    expect(await ownersOf(program.id)).toHaveLength(1);
  });
});

describe('A transaction that lost a race', () => {
  let api: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  /** An error shaped like the one pg raises (TypeORM copies code and constraint onto it). */
  const pgError = (code: string, constraint?: string) => Object.assign(new Error(`pg ${code}`), { code, constraint });

  it.each([
    ['a deadlock', '40P01'],
    ['a serialization failure', '40001'],
  ])('is run again after %s and then succeeds', async (_what, code) => {
    let attempts = 0;
    const result = await inTransaction(db, async (tx) => {
      attempts += 1;
      await tx.query('SELECT 1');
      if (attempts < 3) throw pgError(code);
      return 'done';
    });
    expect({ result, attempts }).toEqual({ result: 'done', attempts: 3 });
  });

  it('gives up after a bounded number of attempts and passes the failure on', async () => {
    let attempts = 0;
    const failing = inTransaction(db, async () => {
      attempts += 1;
      throw pgError('40P01');
    });
    await expect(failing).rejects.toMatchObject({ code: '40P01' });
    expect(attempts).toBe(MAX_TRANSACTION_ATTEMPTS);
    // The client is then told to try again (503, retryable), not INTERNAL_SERVER_ERROR.
    for (const code of ['40P01', '40001']) {
      expect(databaseAnswer(pgError(code))?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    }
    expect(databaseAnswer(pgError('23505'))).toBeUndefined();
  });

  it('is run again for a listed unique constraint, and an unlisted one is answered as bad input naming the field', async () => {
    let attempts = 0;
    await inTransaction(
      db,
      async () => {
        attempts += 1;
        if (attempts === 1) throw pgError('23505', 'exit_criteria_phase_position_key');
      },
      { retryOnConstraints: ['exit_criteria_phase_position_key'] },
    );
    expect(attempts).toBe(2);
    const refused = inTransaction(db, async () => {
      throw pgError('23505', 'vendors_project_name_idx');
    });
    await expect(refused).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'name' })] } });
  });

  // Two real transactions locking in opposite order: PostgreSQL aborts one, which is run again.
  // The embedded database serves one connection, so there the second simply waits for the first.
  it('two transactions locking in opposite order both end done (a real deadlock on PostgreSQL, retried)', async () => {
    let attempts = 0;
    let bothHoldTheirFirstLock: () => void = () => undefined;
    const barrier = new Promise<void>((resolve) => (bothHoldTheirFirstLock = resolve));
    let holding = 0;
    const lockInOrder = (first: number, second: number) =>
      inTransaction(db, async (tx) => {
        attempts += 1;
        await tx.query('SELECT pg_advisory_xact_lock($1)', [first]);
        holding += 1;
        if (holding === 2) bothHoldTheirFirstLock();
        await Promise.race([barrier, new Promise((resolve) => setTimeout(resolve, 2_000))]);
        await tx.query('SELECT pg_advisory_xact_lock($1)', [second]);
        return `${first}-${second}`;
      });
    await expect(Promise.all([lockInOrder(771, 772), lockInOrder(772, 771)])).resolves.toEqual(['771-772', '772-771']);
    expect(attempts).toBe(process.env['TEST_DATABASE_URL'] ? 3 : 2);
  });
});
