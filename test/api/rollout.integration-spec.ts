import { assignRole, createPerson, createStandardProject, StandardProject, shareProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const WAVE_FIELDS = `id name scope goLiveDate status version readiness goLiveBlockers wentLiveAt goLiveOutsidePhase goLiveWarning
  goLiveWarningMessage { code params { name value } text } goLiveBlockerMessages { code params { name value } }
  readinessItems { id label done }
  milestone { id name dueDate status version completedAt phase { id kind } }
  keyUsers { id name }`;

const CREATE = `mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { ${WAVE_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateRolloutWaveInput!) { updateRolloutWave(input: $input) { ${WAVE_FIELDS} } }`;
const ADD_ITEM = `mutation($input: AddReadinessItemInput!) { addReadinessItem(input: $input) { id label done wave { ${WAVE_FIELDS} } } }`;
const SET_ITEM = `mutation($input: SetReadinessItemInput!) { setReadinessItem(input: $input) { id label done wave { ${WAVE_FIELDS} } } }`;
const SET_KEY_USERS = `mutation($input: SetWaveKeyUsersInput!) { setWaveKeyUsers(input: $input) { ${WAVE_FIELDS} } }`;
const GO_LIVE = `mutation($input: GoLiveInput!) { goLive(input: $input) { ${WAVE_FIELDS} } }`;
const CLOSE = `mutation($input: CloseWaveInput!) { closeWave(input: $input) { ${WAVE_FIELDS} } }`;
const WAVES = `query($projectId: ID!) { rolloutWaves(projectId: $projectId) { ${WAVE_FIELDS} } }`;

interface Wave {
  id: string;
  name: string;
  scope: string[];
  goLiveDate: string;
  status: string;
  version: number;
  readiness: number;
  goLiveBlockers: string[];
  wentLiveAt: string | null;
  goLiveOutsidePhase: boolean;
  goLiveWarning: string | null;
  goLiveWarningMessage: { code: string; params: { name: string; value: string }[]; text: string } | null;
  goLiveBlockerMessages: { code: string; params: { name: string; value: string }[] }[];
  readinessItems: { id: string; label: string; done: boolean }[];
  milestone: { id: string; name: string; dueDate: string; status: string; version: number; completedAt: string | null; phase: { id: string; kind: string } } | null;
  keyUsers: { id: string; name: string }[];
}

const ROLLOUT_TABLES = ['rollout_waves', 'wave_readiness_items', 'wave_key_users'];

describe('rollout waves', () => {
  let api: TestApp;
  let owner: SignedIn;
  let viewer: SignedIn;
  let stranger: SignedIn;
  let project: StandardProject;
  let waveCounter = 0;

  /** The shared fingerprint plus the rollout tables, which it does not cover. */
  const fingerprint = async () => {
    const rollout = await Promise.all(
      ROLLOUT_TABLES.map(async (table) => {
        const [row] = await api.query<{ digest: string | null }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`);
        return [table, row.digest ?? 'empty'] as const;
      }),
    );
    return { ...(await databaseFingerprint(api)), ...Object.fromEntries(rollout) };
  };

  const createWave = async (input: Record<string, unknown> = {}, projectId = project.id): Promise<Wave> => {
    waveCounter += 1;
    const data = await api.ok<{ createRolloutWave: Wave }>(
      CREATE,
      { input: { projectId, name: `Wave ${waveCounter}`, scope: ['Sales (North)'], goLiveDate: '2027-05-03', ...input } },
      owner.token,
    );
    return data.createRolloutWave;
  };

  const waveOf = async (id: string, projectId = project.id): Promise<Wave> => {
    const data = await api.ok<{ rolloutWaves: Wave[] }>(WAVES, { projectId }, owner.token);
    return data.rolloutWaves.find((w) => w.id === id)!;
  };

  const checkAll = async (wave: Wave): Promise<Wave> => {
    let latest = wave;
    for (const item of wave.readinessItems) {
      latest = (await api.ok<{ setReadinessItem: { wave: Wave } }>(SET_ITEM, { input: { id: item.id, done: true } }, owner.token)).setReadinessItem.wave;
    }
    return latest;
  };

  const keyUser = async (name: string) => {
    const person = await createPerson(api, owner.token, name);
    await assignRole(api, owner.token, { projectId: project.id, roleKey: 'KEY_USER', personId: person.id, allocationPercent: 10 });
    return person;
  };

  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Rollout Owner');
    [viewer, stranger] = [await api.signUp('Rollout Viewer', { organisationOf: owner }), await api.signUp('Rollout Stranger')];
    project = await createStandardProject(api, owner.token);
    await shareProject(api, owner.token, project.id, viewer, 'VIEWER');
    // Two waves take over the template's pilot and main go-live milestones first, so every
    // later wave of this project gets a milestone of its own whatever order the tests run in.
    await createWave({ name: 'Template pilot', goLiveDate: '2027-05-20' });
    await createWave({ name: 'Template main', goLiveDate: '2027-07-01' });
  });
  afterAll(() => api.close());

  it('plans a wave with a go-live milestone in the rollout phase, due on the go-live date, and a default checklist', async () => {
    const wave = await createWave({ name: '  Wave North  ', scope: [' Sales (North) ', 'Service (North)'], goLiveDate: '2027-05-10' });
    const rolloutPhase = project.phases.find((p) => p.kind === 'PHASED_ROLLOUT')!;
    expect(wave).toMatchObject({ name: 'Wave North', scope: ['Sales (North)', 'Service (North)'], goLiveDate: '2027-05-10', status: 'PLANNED', version: 1, readiness: 0, wentLiveAt: null, keyUsers: [] });
    expect(wave.milestone).toMatchObject({ name: 'Wave North go-live', dueDate: '2027-05-10', status: 'PLANNED', phase: { id: rolloutPhase.id, kind: 'PHASED_ROLLOUT' } });
    expect(wave.readinessItems.length).toBeGreaterThanOrEqual(3);
    expect(wave.readinessItems.every((i) => !i.done && i.label.length > 0)).toBe(true);
    expect(wave.goLiveBlockers).toEqual(wave.readinessItems.map((i) => `Not ready: ${i.label}`));
    expect(wave.goLiveBlockerMessages).toEqual(wave.readinessItems.map((i) => ({ code: 'READINESS_ITEM_NOT_DONE', params: [{ name: 'item', value: i.label }] })));

    const audit = await api.query('SELECT action FROM audit_events WHERE entity_id = $1', [wave.id]);
    expect(audit).toEqual([{ action: 'CREATED' }]);
  });

  describe('on a fresh standard project', () => {
    const rolloutMilestones = (projectId: string) =>
      api.query<{ id: string; name: string; due_date: string }>(
        "SELECT m.id, m.name, m.due_date FROM milestones m JOIN phases p ON p.id = m.phase_id WHERE m.project_id = $1 AND p.kind = 'PHASED_ROLLOUT' ORDER BY m.name",
        [projectId],
      );

    it('a new wave takes over the template go-live milestone instead of adding a second one, and a third wave gets its own', async () => {
      const fresh = await createStandardProject(api, owner.token);
      const before = await rolloutMilestones(fresh.id);
      expect(before.map((m) => m.name)).toEqual(['Go-live', 'Pilot wave live']);

      const pilot = await createWave({ name: 'Pilot Milan', goLiveDate: '2027-05-10' }, fresh.id);
      expect(pilot.milestone).toMatchObject({ id: before[1].id, name: 'Pilot wave live', dueDate: '2027-05-10', status: 'PLANNED', phase: { kind: 'PHASED_ROLLOUT' } });
      expect(await rolloutMilestones(fresh.id)).toHaveLength(2);
      const moved = await api.query<{ action: string }>('SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id', [before[1].id]);
      expect(moved.map((a) => a.action)).toEqual(['UPDATED']);

      const main = await createWave({ name: 'Main Italy', goLiveDate: '2027-06-28' }, fresh.id);
      expect(main.milestone).toMatchObject({ id: before[0].id, name: 'Go-live', dueDate: '2027-06-28' });
      expect(await rolloutMilestones(fresh.id)).toHaveLength(2);

      const third = await createWave({ name: 'Wave Spain', goLiveDate: '2027-06-01' }, fresh.id);
      expect(third.milestone).toMatchObject({ name: 'Wave Spain go-live', dueDate: '2027-06-01' });
      expect(await rolloutMilestones(fresh.id)).toHaveLength(3);

      const linked = await api.query<{ milestone_id: string }>('SELECT milestone_id FROM rollout_waves WHERE project_id = $1', [fresh.id]);
      expect(new Set(linked.map((w) => w.milestone_id)).size).toBe(3);
    });

    it('the database refuses a second wave on the same go-live milestone', async () => {
      const fresh = await createStandardProject(api, owner.token);
      const wave = await createWave({}, fresh.id);
      await expect(
        api.query("INSERT INTO rollout_waves (project_id, name, go_live_date, milestone_id) VALUES ($1, 'Twin', '2027-05-03', $2)", [fresh.id, wave.milestone!.id]),
      ).rejects.toThrow(/rollout_waves_one_per_milestone/);
    });

    it('flags a go-live outside the rollout phase on the wave and in health, and not on the phase’s last day', async () => {
      const fresh = await createStandardProject(api, owner.token);
      const phases = await api.ok<{ project: { phases: { kind: string; plannedStart: string; plannedEnd: string }[] } }>(
        'query($id: ID!) { project(id: $id) { phases { kind plannedStart plannedEnd } } }',
        { id: fresh.id },
        owner.token,
      );
      const rollout = phases.project.phases.find((p) => p.kind === 'PHASED_ROLLOUT')!;
      const inside = await createWave({ name: 'Wave Last Day', goLiveDate: rollout.plannedEnd }, fresh.id);
      expect(inside).toMatchObject({ goLiveOutsidePhase: false, goLiveWarning: null, goLiveWarningMessage: null });

      const dayAfter = new Date(Date.parse(`${rollout.plannedEnd}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const late = await createWave({ name: 'Wave Late', goLiveDate: dayAfter }, fresh.id);
      const warning = `Wave Late goes live on ${dayAfter}, after the rollout phase ends (${rollout.plannedEnd}).`;
      expect(late).toMatchObject({ goLiveOutsidePhase: true, goLiveWarning: warning });
      expect(late.goLiveWarningMessage).toEqual({
        code: 'WAVE_GO_LIVE_OUTSIDE_PHASE',
        params: expect.arrayContaining([
          { name: 'wave', value: 'Wave Late' },
          { name: 'goLiveDate', value: dayAfter },
          { name: 'side', value: 'AFTER' },
          { name: 'phaseDate', value: rollout.plannedEnd },
        ]),
        text: warning,
      });
      const health = async () =>
        (await api.ok<{ projectHealth: { reasonDetails: { area: string; status: string; message: string }[] } }>(
          'query($p: ID!) { projectHealth(projectId: $p) { reasonDetails { area status message } } }',
          { p: fresh.id },
          owner.token,
        )).projectHealth.reasonDetails;
      expect(await health()).toContainEqual({ area: 'SCHEDULE', status: 'AMBER', message: warning });

      const back = (await api.ok<{ updateRolloutWave: Wave }>(UPDATE, { input: { id: late.id, version: late.version, goLiveDate: rollout.plannedStart } }, owner.token)).updateRolloutWave;
      expect(back).toMatchObject({ goLiveOutsidePhase: false, goLiveWarning: null, goLiveWarningMessage: null });
      expect((await health()).map((r) => r.message)).not.toContain(warning);
    });
  });

  it('uses the checklist it is given, in order', async () => {
    const wave = await createWave({ readinessItems: ['Trainers booked', ' Data loaded '] });
    expect(wave.readinessItems.map((i) => i.label)).toEqual(['Trainers booked', 'Data loaded']);
  });

  it('plans a wave without a milestone when the project has no rollout phase', async () => {
    const empty = await createStandardProject(api, owner.token, { template: 'EMPTY' });
    const milestonesBefore = await api.count('milestones');
    const wave = await createWave({}, empty.id);
    expect(wave.milestone).toBeNull();
    expect(await api.count('milestones')).toBe(milestonesBefore);
  });

  it('lists waves by go-live date', async () => {
    const other = await createStandardProject(api, owner.token);
    const late = await createWave({ goLiveDate: '2027-09-01' }, other.id);
    const early = await createWave({ goLiveDate: '2027-03-01' }, other.id);
    const middle = await createWave({ goLiveDate: '2027-06-01' }, other.id);
    const data = await api.ok<{ rolloutWaves: Wave[] }>(WAVES, { projectId: other.id }, owner.token);
    expect(data.rolloutWaves.map((w) => w.id)).toEqual([early.id, middle.id, late.id]);
  });

  it('moves the go-live milestone when the go-live date moves, and renames it with the wave', async () => {
    const wave = await createWave({ name: 'Wave South', goLiveDate: '2027-05-10' });
    const moved = (await api.ok<{ updateRolloutWave: Wave }>(UPDATE, { input: { id: wave.id, version: wave.version, goLiveDate: '2027-06-14', name: 'Wave South-West', scope: ['Finance'] } }, owner.token))
      .updateRolloutWave;
    expect(moved).toMatchObject({ name: 'Wave South-West', scope: ['Finance'], goLiveDate: '2027-06-14', version: wave.version + 1 });
    expect(moved.milestone).toMatchObject({ id: wave.milestone!.id, name: 'Wave South-West go-live', dueDate: '2027-06-14', version: wave.milestone!.version + 1 });
    const [stored] = await api.query('SELECT due_date FROM milestones WHERE id = $1', [wave.milestone!.id]);
    expect(stored.due_date).toBe('2027-06-14');
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const wave = await createWave();
    await api.ok(UPDATE, { input: { id: wave.id, version: wave.version, name: 'First edit' } }, owner.token);
    const before = await fingerprint();
    const stale = await api.gql(UPDATE, { input: { id: wave.id, version: wave.version, goLiveDate: '2027-12-01' } }, owner.token);
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(await fingerprint()).toEqual(before);

    await checkAll(wave);
    const ready = await fingerprint();
    const staleGoLive = await api.gql(GO_LIVE, { input: { waveId: wave.id, version: wave.version } }, owner.token);
    expect(staleGoLive.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(await fingerprint()).toEqual(ready);
  });

  it('refuses to go live while readiness items are open, listing them, and changes nothing', async () => {
    const wave = await createWave({ readinessItems: ['Users trained', 'Data migrated', 'Access set up'] });
    await api.ok(SET_ITEM, { input: { id: wave.readinessItems[0].id, done: true } }, owner.token);
    const before = await fingerprint();
    const blocked = await api.gql(GO_LIVE, { input: { waveId: wave.id } }, owner.token);
    expect(blocked.errors?.[0]?.extensions.code).toBe('GATE_BLOCKED');
    expect(blocked.errors?.[0]?.extensions['blockers']).toEqual(['Not ready: Data migrated', 'Not ready: Access set up']);
    expect(blocked.errors?.[0]?.message).toContain('Data migrated');
    expect(await fingerprint()).toEqual(before);
    expect(await waveOf(wave.id)).toMatchObject({ status: 'PLANNED', wentLiveAt: null, milestone: { status: 'PLANNED' } });
  });

  it('becomes READY when every item is checked, PLANNED again when one is not, then goes live and completes its milestone', async () => {
    const wave = await createWave({ readinessItems: ['Users trained', 'Data migrated'] });
    const ready = await checkAll(wave);
    expect(ready).toMatchObject({ status: 'READY', readiness: 1, goLiveBlockers: [] });

    const unchecked = (await api.ok<{ setReadinessItem: { done: boolean; wave: Wave } }>(SET_ITEM, { input: { id: wave.readinessItems[1].id, done: false } }, owner.token)).setReadinessItem;
    expect(unchecked.done).toBe(false);
    expect(unchecked.wave).toMatchObject({ status: 'PLANNED', readiness: 0.5, goLiveBlockers: ['Not ready: Data migrated'], goLiveBlockerMessages: [{ code: 'READINESS_ITEM_NOT_DONE', params: [{ name: 'item', value: 'Data migrated' }] }] });

    const added = (await api.ok<{ addReadinessItem: { id: string; done: boolean; wave: Wave } }>(ADD_ITEM, { input: { waveId: wave.id, label: 'Hypercare rota set' } }, owner.token)).addReadinessItem;
    expect(added.done).toBe(false);
    expect(added.wave.readinessItems.map((i) => i.label)).toEqual(['Users trained', 'Data migrated', 'Hypercare rota set']);
    await api.ok(SET_ITEM, { input: { id: wave.readinessItems[1].id, done: true } }, owner.token);
    const readyAgain = (await api.ok<{ setReadinessItem: { wave: Wave } }>(SET_ITEM, { input: { id: added.id, done: true } }, owner.token)).setReadinessItem.wave;
    expect(readyAgain.status).toBe('READY');

    const live = (await api.ok<{ goLive: Wave }>(GO_LIVE, { input: { waveId: wave.id, version: readyAgain.version } }, owner.token)).goLive;
    expect(live).toMatchObject({ status: 'LIVE', version: readyAgain.version + 1, goLiveBlockers: [], goLiveBlockerMessages: [] });
    expect(live.wentLiveAt).not.toBeNull();
    expect(live.milestone).toMatchObject({ id: wave.milestone!.id, status: 'DONE', version: wave.milestone!.version + 1 });
    expect(live.milestone!.completedAt).not.toBeNull();

    const again = await api.gql(GO_LIVE, { input: { waveId: wave.id } }, owner.token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'LIVE' });
    expect(again.errors?.[0]?.message).toMatch(/already live/);

    // The checklist of a live wave no longer moves its status.
    const afterLive = (await api.ok<{ setReadinessItem: { wave: Wave } }>(SET_ITEM, { input: { id: added.id, done: false } }, owner.token)).setReadinessItem.wave;
    expect(afterLive.status).toBe('LIVE');

    const moveLive = await api.gql(UPDATE, { input: { id: wave.id, version: afterLive.version, goLiveDate: '2028-01-01' } }, owner.token);
    expect(moveLive.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'goLiveDate', message: expect.any(String) })]);

    const closed = (await api.ok<{ closeWave: Wave }>(CLOSE, { input: { waveId: wave.id } }, owner.token)).closeWave;
    expect(closed.status).toBe('CLOSED');
    const closeAgain = await api.gql(CLOSE, { input: { waveId: wave.id } }, owner.token);
    expect(closeAgain.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'CLOSED' });
    const goLiveClosed = await api.gql(GO_LIVE, { input: { waveId: wave.id } }, owner.token);
    expect(goLiveClosed.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'CLOSED' });

    const actions = await api.query<{ action: string }>('SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id', [wave.id]);
    expect(actions.map((a) => a.action)).toEqual(['CREATED', 'STATUS_CHANGED', 'STATUS_CHANGED', 'STATUS_CHANGED', 'WENT_LIVE', 'CLOSED']);
    const milestoneActions = await api.query<{ action: string }>('SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id', [wave.milestone!.id]);
    expect(milestoneActions.map((a) => a.action)).toEqual(['CREATED', 'COMPLETED']);
  });

  it('becomes READY when its last items are checked at the same time', async () => {
    const wave = await createWave({ readinessItems: ['One', 'Two', 'Three', 'Four'] });
    const results = await Promise.all(wave.readinessItems.map((item) => api.gql(SET_ITEM, { input: { id: item.id, done: true } }, owner.token)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(await waveOf(wave.id)).toMatchObject({ status: 'READY', readiness: 1, version: wave.version + 1 });
  });

  it('only closes a wave that is live', async () => {
    const wave = await createWave();
    const before = await fingerprint();
    const result = await api.gql(CLOSE, { input: { waveId: wave.id } }, owner.token);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'PLANNED' });
    expect(result.errors?.[0]?.message).toMatch(/not gone live/);
    expect(await fingerprint()).toEqual(before);
  });

  it('names key users only among people holding the key user role, and replaces them', async () => {
    const wave = await createWave();
    const ada = await keyUser('Ada Keyuser');
    const ben = await keyUser('Ben Keyuser');
    const outsider = await createPerson(api, owner.token, 'Olga Outsider');
    await assignRole(api, owner.token, { projectId: project.id, roleKey: 'TRAINER', personId: outsider.id, allocationPercent: 10 });

    const set = (await api.ok<{ setWaveKeyUsers: Wave }>(SET_KEY_USERS, { input: { waveId: wave.id, personIds: [ada.id, ben.id] } }, owner.token)).setWaveKeyUsers;
    expect(set.keyUsers.map((p) => p.name)).toEqual(['Ada Keyuser', 'Ben Keyuser']);

    const before = await fingerprint();
    const refused = await api.gql(SET_KEY_USERS, { input: { waveId: wave.id, personIds: [ada.id, outsider.id] } }, owner.token);
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const fields = refused.errors?.[0]?.extensions['fields'] as { field: string; message: string }[];
    expect(fields).toHaveLength(1);
    expect(fields[0].field).toBe('personIds');
    expect(fields[0].message).toContain('Olga Outsider');
    expect(fields[0].message).not.toContain('Ada Keyuser');
    expect(await fingerprint()).toEqual(before);

    const replaced = (await api.ok<{ setWaveKeyUsers: Wave }>(SET_KEY_USERS, { input: { waveId: wave.id, personIds: [ben.id] } }, owner.token)).setWaveKeyUsers;
    expect(replaced.keyUsers).toEqual([{ id: ben.id, name: 'Ben Keyuser' }]);
    expect(await api.query('SELECT person_id FROM wave_key_users WHERE wave_id = $1', [wave.id])).toEqual([{ person_id: ben.id }]);

    const other = await createStandardProject(api, owner.token);
    const elsewhere = await createWave({}, other.id);
    const wrongProject = await api.gql(SET_KEY_USERS, { input: { waveId: elsewhere.id, personIds: [ben.id] } }, owner.token);
    expect(wrongProject.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'personIds', message: expect.stringContaining('Ben Keyuser') })]);
  });

  it('lets a viewer read the waves and hides them from a non-member', async () => {
    await createWave();
    const seen = await api.ok<{ rolloutWaves: Wave[] }>(WAVES, { projectId: project.id }, viewer.token);
    expect(seen.rolloutWaves.length).toBeGreaterThan(0);
    const hidden = await api.gql(WAVES, { projectId: project.id }, stranger.token);
    expect(hidden.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  describe('every rollout mutation', () => {
    interface Fixture {
      waveId: string;
      version: number;
      itemId: string;
      keyUserId: string;
    }
    interface MutationCase {
      name: string;
      document: string;
      valid: (f: Fixture) => Record<string, unknown>;
      malformed: (f: Fixture) => Record<string, unknown>;
    }
    const m = (name: string, inputType: string) => `mutation($input: ${inputType}!) { ${name}(input: $input) { __typename } }`;
    const CASES: MutationCase[] = [
      {
        name: 'createRolloutWave',
        document: m('createRolloutWave', 'CreateRolloutWaveInput'),
        valid: () => ({ projectId: project.id, name: 'Wave X', scope: ['Sales'], goLiveDate: '2027-05-03' }),
        malformed: () => ({ projectId: project.id, name: 'Wave X', scope: ['Sales', '  '], goLiveDate: '2027-02-30' }),
      },
      {
        name: 'updateRolloutWave',
        document: m('updateRolloutWave', 'UpdateRolloutWaveInput'),
        valid: (f) => ({ id: f.waveId, version: f.version, goLiveDate: '2027-08-01' }),
        malformed: (f) => ({ id: f.waveId, version: f.version, name: '   ' }),
      },
      {
        name: 'addReadinessItem',
        document: m('addReadinessItem', 'AddReadinessItemInput'),
        valid: (f) => ({ waveId: f.waveId, label: 'Printers installed' }),
        malformed: (f) => ({ waveId: f.waveId, label: '' }),
      },
      {
        name: 'setReadinessItem',
        document: m('setReadinessItem', 'SetReadinessItemInput'),
        valid: (f) => ({ id: f.itemId, done: true }),
        malformed: (f) => ({ id: f.itemId, done: 'maybe' }),
      },
      {
        name: 'setWaveKeyUsers',
        document: m('setWaveKeyUsers', 'SetWaveKeyUsersInput'),
        valid: (f) => ({ waveId: f.waveId, personIds: [f.keyUserId] }),
        malformed: (f) => ({ waveId: f.waveId, personIds: [f.keyUserId, 'somebody'] }),
      },
      {
        name: 'goLive',
        document: m('goLive', 'GoLiveInput'),
        valid: (f) => ({ waveId: f.waveId }),
        malformed: (f) => ({ waveId: f.waveId, version: 1.5 }),
      },
      {
        name: 'closeWave',
        document: m('closeWave', 'CloseWaveInput'),
        valid: (f) => ({ waveId: f.waveId }),
        malformed: (f) => ({ waveId: f.waveId, version: 1.5 }),
      },
    ];

    let fixture: Fixture;
    beforeAll(async () => {
      const wave = await createWave();
      const person = await keyUser('Kim Keyuser');
      fixture = { waveId: wave.id, version: wave.version, itemId: wave.readinessItems[0].id, keyUserId: person.id };
    });

    it.each(CASES.map((c) => [c.name, c]))('%s: a viewer gets FORBIDDEN and nothing changes', async (_name, c) => {
      const before = await fingerprint();
      const result = await api.gql(c.document, { input: c.valid(fixture) }, viewer.token);
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(await fingerprint()).toEqual(before);
    });

    it.each(CASES.map((c) => [c.name, c]))('%s: a non-member gets NOT_FOUND and nothing changes', async (_name, c) => {
      const before = await fingerprint();
      const result = await api.gql(c.document, { input: c.valid(fixture) }, stranger.token);
      expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(await fingerprint()).toEqual(before);
    });

    // An id that names no record is NOT_FOUND before any input is validated, as for every
    // project-scoped operation: the access guard looks the record up first.
    it.each([
      ['goLive', { waveId: 'wave-1' }],
      ['closeWave', { waveId: '' }],
      ['setReadinessItem', { id: 'item-1', done: true }],
    ] as const)('%s: an id that is no id gets NOT_FOUND', async (name, input) => {
      const c = CASES.find((k) => k.name === name)!;
      const before = await fingerprint();
      expect((await api.gql(c.document, { input }, owner.token)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(await fingerprint()).toEqual(before);
    });

    it.each(CASES.map((c) => [c.name, c]))('%s: malformed input gets BAD_USER_INPUT and nothing changes', async (_name, c) => {
      const before = await fingerprint();
      const result = await api.gql(c.document, { input: c.malformed(fixture) }, owner.token);
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(await fingerprint()).toEqual(before);
    });

    it('refuses a wave without a name, with too many scope entries or with an impossible date', async () => {
      const before = await fingerprint();
      const cases: [Record<string, unknown>, string][] = [
        [{ name: '' }, 'name'],
        [{ name: 'x'.repeat(121) }, 'name'],
        [{ scope: Array.from({ length: 31 }, (_, i) => `Unit ${i}`) }, 'scope'],
        [{ goLiveDate: '2027-13-01' }, 'goLiveDate'],
        [{ readinessItems: ['Fine', ''] }, 'readinessItems'],
      ];
      for (const [override, field] of cases) {
        const result = await api.gql(CREATE, { input: { projectId: project.id, name: 'Wave Y', scope: ['Sales'], goLiveDate: '2027-05-03', ...override } }, owner.token);
        expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
        expect((result.errors?.[0]?.extensions['fields'] as { field: string }[]).map((f) => f.field)).toContain(field);
      }
      expect(await fingerprint()).toEqual(before);
    });
  });

  it('costs the same number of SQL statements for one wave with all its relations as for five', async () => {
    const statements = async (projectId: string) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({ query: WAVES, variables: { projectId } }),
      });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      return { count: Number(response.headers.get('x-sql-statements')), waves: body.data.rolloutWaves.length as number };
    };
    const person = await keyUser('Lee Keyuser');
    const withWaves = async (n: number) => {
      const target = await createStandardProject(api, owner.token);
      await assignRole(api, owner.token, { projectId: target.id, roleKey: 'KEY_USER', personId: person.id, allocationPercent: 1 });
      for (let i = 0; i < n; i += 1) {
        const wave = await createWave({ goLiveDate: `2027-0${i + 1}-15` }, target.id);
        await api.ok(SET_KEY_USERS, { input: { waveId: wave.id, personIds: [person.id] } }, owner.token);
      }
      return target.id;
    };
    const one = await statements(await withWaves(1));
    const five = await statements(await withWaves(5));
    expect(one.waves).toBe(1);
    expect(five.waves).toBe(5);
    expect(one.count).toBeGreaterThan(0);
    expect(five.count).toBe(one.count);
  });
});

describe('a wave go-live milestone re-planned from the overview', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('moves the wave go-live date with it', async () => {
    const { token } = await api.signUp('Planner');
    const project = await createStandardProject(api, token);
    const wave = await api.ok(
      'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id milestone { id version } } }',
      { input: { projectId: project.id, name: 'Benelux', scope: ['Belgium', 'Netherlands'], goLiveDate: '2027-05-03' } },
      token,
    );
    const milestone = wave['createRolloutWave'].milestone;
    await api.ok(
      'mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }',
      { input: { id: milestone.id, version: milestone.version, dueDate: '2027-05-17' } },
      token,
    );
    const waves = await api.ok('query($p: ID!) { rolloutWaves(projectId: $p) { goLiveDate milestone { dueDate } } }', { p: project.id }, token);
    expect(waves['rolloutWaves']).toEqual([{ goLiveDate: '2027-05-17', milestone: { dueDate: '2027-05-17' } }]);
    // The wave's history says its go-live moved, not only the milestone's.
    const history = await api.query<{ action: string; before: { go_live_date: string }; after: { go_live_date: string } }>(
      'SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY id',
      [wave['createRolloutWave'].id],
    );
    expect(history.map((h) => h.action)).toEqual(['CREATED', 'UPDATED']);
    expect(history[1]).toMatchObject({ before: { go_live_date: '2027-05-03' }, after: { go_live_date: '2027-05-17' } });
  });
});
