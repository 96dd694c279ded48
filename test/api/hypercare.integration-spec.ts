import { assignRole, createPerson, createStandardProject, shareProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const ITEM_FIELDS = `id number title description severity category status version respondedAt resolvedAt createdAt
  responseDueAt resolutionDueAt responseBreached resolutionBreached reporter { id name } ownerRole { key }`;
const ITEMS = `query($w: ID!) { supportItems(waveId: $w) { ${ITEM_FIELDS} } }`;
const CREATE = `mutation($input: CreateSupportItemInput!) { createSupportItem(input: $input) { ${ITEM_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateSupportItemInput!) { updateSupportItem(input: $input) { ${ITEM_FIELDS} } }`;
const EXIT = 'query($w: ID!) { hypercareExit(waveId: $w) { met blockers { code params } weeklyVolume } }';
const TARGETS = 'query($p: ID!) { hypercareTargets(projectId: $p) { severity responseMinutes resolutionMinutes custom } }';
const UPDATE_TARGETS = 'mutation($input: UpdateHypercareTargetsInput!) { updateHypercareTargets(input: $input) { severity responseMinutes resolutionMinutes custom } }';
const RETRAINING = 'query($w: ID!) { retrainingList(waveId: $w) { person { id } inactive reason reasonMessage { code params { name value } } } }';

interface Item {
  id: string;
  number: number;
  severity: number;
  status: string;
  version: number;
  respondedAt: string | null;
  resolvedAt: string | null;
  createdAt: string;
  responseDueAt: string;
  resolutionDueAt: string;
  responseBreached: boolean;
  resolutionBreached: boolean;
  ownerRole: { key: string } | null;
  reporter: { id: string } | null;
}

const HOUR = 3_600_000;

describe('hypercare', () => {
  let api: TestApp;
  let owner: SignedIn;
  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Hypercare owner');
  });
  afterAll(() => api.close());

  /** A program with a wave that went live today (no readiness list to tick). */
  async function liveProgram(token = owner.token, live = true) {
    const project = await createStandardProject(api, token);
    const wave = (
      await api.ok(
        'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }',
        { input: { projectId: project.id, name: 'Nordics', scope: ['Nordics'], goLiveDate: '2027-05-03', readinessItems: [] } },
        token,
      )
    )['createRolloutWave'];
    if (live) await api.ok('mutation($input: GoLiveInput!) { goLive(input: $input) { id } }', { input: { waveId: wave.id } }, token);
    return { projectId: project.id, waveId: wave.id as string };
  }

  const create = async (waveId: string, fields: Record<string, unknown> = {}, token = owner.token) =>
    (await api.ok<{ createSupportItem: Item }>(CREATE, { input: { waveId, title: 'Cannot log a call', severity: 3, category: 'DEFECT', ...fields } }, token)).createSupportItem;
  const itemsOf = async (waveId: string, token = owner.token) => (await api.ok<{ supportItems: Item[] }>(ITEMS, { w: waveId }, token)).supportItems;
  const exitOf = async (waveId: string) => (await api.ok(EXIT, { w: waveId }, owner.token))['hypercareExit'] as { met: boolean; blockers: { code: string; params: string }[]; weeklyVolume: number[] };
  /** Moves an item's clock back: it was reported `hours` ago (and answered/resolved as stored). */
  const reportedHoursAgo = (id: string, hours: number) => api.query(`UPDATE support_items SET created_at = now() - make_interval(secs => $2::float8 * 3600) WHERE id = $1`, [id, hours]);

  it('logs an item in a live wave, numbered per program and owned by operational support, with its targets', async () => {
    const { waveId } = await liveProgram();
    const first = await create(waveId, { severity: 1, title: 'Nobody can sign in' });
    const second = await create(waveId);
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(first).toMatchObject({ status: 'OPEN', version: 1, ownerRole: { key: 'SUPPORT_LEAD' }, responseBreached: false, resolutionBreached: false, respondedAt: null });
    expect(new Date(first.responseDueAt).getTime() - new Date(first.createdAt).getTime()).toBe(HOUR);
    expect(new Date(first.resolutionDueAt).getTime() - new Date(first.createdAt).getTime()).toBe(8 * HOUR);
    expect((await itemsOf(waveId)).map((i) => i.number)).toEqual([2, 1]);
  });

  it('refuses items for a wave not yet live, and a wave the caller cannot see, storing nothing', async () => {
    const { waveId } = await liveProgram(owner.token, false);
    const before = await api.count('support_items');
    const notLive = await api.gql(CREATE, { input: { waveId, title: 'Early', severity: 3, category: 'DEFECT' } }, owner.token);
    expect(notLive.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'PLANNED' });
    const stranger = await api.signUp('Hypercare stranger');
    const theirs = await liveProgram(stranger.token);
    const foreign = await api.gql(CREATE, { input: { waveId: theirs.waveId, title: 'Not mine', severity: 3, category: 'DEFECT' } }, owner.token);
    expect(foreign.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await api.count('support_items')).toBe(before);
  });

  it('refuses a severity out of range, an unknown category, a foreign reporter and an unknown owner role', async () => {
    const { waveId } = await liveProgram();
    const before = await api.count('support_items');
    const input = { waveId, title: 'Slow', severity: 3, category: 'DEFECT' };
    for (const severity of [0, 5, 2.5]) {
      const result = await api.gql(CREATE, { input: { ...input, severity } }, owner.token);
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    expect((await api.gql(CREATE, { input: { ...input, category: 'BUG' } }, owner.token)).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const stranger = await api.signUp('Directory stranger');
    const outsider = await createPerson(api, stranger.token, 'Outsider');
    const foreignReporter = await api.gql(CREATE, { input: { ...input, reporterId: outsider.id } }, owner.token);
    expect(foreignReporter.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'reporterId' })] });
    const role = await api.gql(CREATE, { input: { ...input, ownerRoleKey: 'NO_SUCH_ROLE' } }, owner.token);
    expect(role.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'ownerRoleKey' })] });
    expect(await api.count('support_items')).toBe(before);
  });

  it('moves an item on with its version: the first move is the response, a stale version is CONFLICT, a closed item stays closed', async () => {
    const { waveId } = await liveProgram();
    const item = await create(waveId);
    const taken = (await api.ok<{ updateSupportItem: Item }>(UPDATE, { input: { id: item.id, version: item.version, status: 'IN_PROGRESS' } }, owner.token)).updateSupportItem;
    expect(taken).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
    expect(taken.respondedAt).not.toBeNull();
    const stale = await api.gql(UPDATE, { input: { id: item.id, version: item.version, title: 'Overwritten' } }, owner.token);
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const resolved = (await api.ok<{ updateSupportItem: Item }>(UPDATE, { input: { id: item.id, version: taken.version, status: 'RESOLVED' } }, owner.token)).updateSupportItem;
    expect(resolved.resolvedAt).not.toBeNull();
    expect(resolved.respondedAt).toBe(taken.respondedAt);
    const closed = (await api.ok<{ updateSupportItem: Item }>(UPDATE, { input: { id: item.id, version: resolved.version, status: 'CLOSED' } }, owner.token)).updateSupportItem;
    const reopened = await api.gql(UPDATE, { input: { id: item.id, version: closed.version, status: 'IN_PROGRESS' } }, owner.token);
    expect(reopened.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'status' })] });
    const [stored] = await api.query('SELECT status, title, version FROM support_items WHERE id = $1', [item.id]);
    expect(stored).toEqual({ status: 'CLOSED', title: 'Cannot log a call', version: closed.version });
  });

  it('flags a breach once the target has passed unanswered, and keeps an answer in time unbreached', async () => {
    const { waveId } = await liveProgram();
    const urgent = await create(waveId, { severity: 1 });
    const answered = await create(waveId, { severity: 1, title: 'Answered at once' });
    await api.ok(UPDATE, { input: { id: answered.id, version: answered.version, status: 'IN_PROGRESS' } }, owner.token);
    await reportedHoursAgo(urgent.id, 2);
    await reportedHoursAgo(answered.id, 2);
    const items = await itemsOf(waveId);
    expect(items.find((i) => i.id === urgent.id)).toMatchObject({ responseBreached: true, resolutionBreached: false });
    // Answered within its hour? It was answered "just now", two hours after it was reported: late.
    expect(items.find((i) => i.id === answered.id)).toMatchObject({ responseBreached: true });
    await reportedHoursAgo(urgent.id, 9);
    await reportedHoursAgo(answered.id, 9);
    await api.query("UPDATE support_items SET responded_at = created_at + interval '10 minutes' WHERE id = $1", [answered.id]);
    const later = await itemsOf(waveId);
    expect(later.find((i) => i.id === answered.id)).toMatchObject({ responseBreached: false, resolutionBreached: true });
    expect(later.find((i) => i.id === urgent.id)).toMatchObject({ responseBreached: true, resolutionBreached: true });
  });

  it('lets owners change the targets, which the breach flags follow; editors may not, a resolution before the response is refused', async () => {
    const { projectId, waveId } = await liveProgram();
    const editor = await api.signUp('Hypercare editor', { organisationOf: owner });
    await shareProject(api, owner.token, projectId, editor, 'EDITOR');
    const item = await create(waveId, { severity: 3 });
    await reportedHoursAgo(item.id, 0.5);
    expect((await itemsOf(waveId))[0].responseBreached).toBe(false);
    const refused = await api.gql(UPDATE_TARGETS, { input: { projectId, targets: [{ severity: 3, responseMinutes: 10, resolutionMinutes: 60 }] } }, editor.token);
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const backwards = await api.gql(UPDATE_TARGETS, { input: { projectId, targets: [{ severity: 3, responseMinutes: 60, resolutionMinutes: 10 }] } }, owner.token);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'targets.0.resolutionMinutes' })] });
    expect(await api.query('SELECT severity FROM hypercare_targets WHERE project_id = $1', [projectId])).toEqual([]);
    const changed = (await api.ok(UPDATE_TARGETS, { input: { projectId, targets: [{ severity: 1, responseMinutes: 10, resolutionMinutes: 60 }] } }, owner.token))['updateHypercareTargets'];
    expect(changed[0]).toEqual({ severity: 1, responseMinutes: 10, resolutionMinutes: 60, custom: true });
    expect(changed[1]).toMatchObject({ severity: 2, custom: false });
    const urgent = await create(waveId, { severity: 1 });
    await reportedHoursAgo(urgent.id, 0.5);
    expect((await itemsOf(waveId)).find((i) => i.id === urgent.id)).toMatchObject({ responseBreached: true, resolutionBreached: false });
    expect((await api.ok(TARGETS, { p: projectId }, editor.token))['hypercareTargets'][0]).toMatchObject({ responseMinutes: 10 });
  });

  it('a how-to question puts its reporter on the wave’s re-training list with its topic', async () => {
    const { projectId, waveId } = await liveProgram();
    const asker = await createPerson(api, owner.token, 'Curious Clerk');
    const other = await createPerson(api, owner.token, 'Broken Screen');
    await create(waveId, { category: 'HOW_TO', title: 'How do I convert a lead?', reporterId: asker.id });
    await create(waveId, { category: 'DEFECT', reporterId: other.id });
    const list = (await api.ok(RETRAINING, { w: waveId }, owner.token))['retrainingList'];
    // The list says what they asked about, so the catch-up session can cover it.
    expect(list).toEqual([
      {
        person: { id: asker.id },
        inactive: true,
        reason: 'Asked for help: How do I convert a lead?',
        reasonMessage: { code: 'ASKED_FOR_HELP', params: [{ name: 'topic', value: 'How do I convert a lead?' }] },
      },
    ]);
    expect(projectId).toBeTruthy();
  });

  it('tells the support lead of a new severity 1 item, and not of a severity 3 one', async () => {
    const { projectId, waveId } = await liveProgram();
    const lead = await api.signUp('Desk lead', { organisationOf: owner });
    await shareProject(api, owner.token, projectId, lead, 'EDITOR');
    const [person] = await api.query('SELECT id FROM people WHERE email = $1', [lead.user.email]);
    await assignRole(api, owner.token, { projectId, roleKey: 'SUPPORT_LEAD', personId: person.id, allocationPercent: 50 });
    await create(waveId, { severity: 3, title: 'Minor' });
    await create(waveId, { severity: 1, title: 'Quotes fail' });
    const told = await api.query("SELECT kind, title FROM notifications WHERE user_id = $1 AND kind = 'SUPPORT_ITEM_URGENT'", [lead.user.id]);
    expect(told).toEqual([{ kind: 'SUPPORT_ITEM_URGENT', title: expect.stringContaining('Severity 1 support item #2') }]);
  });

  it('the exit gate: blocked by an open severity-1 item, then by volume that is not falling, then met', async () => {
    const { waveId } = await liveProgram();
    const urgent = await create(waveId, { severity: 1 });
    const blocked = await exitOf(waveId);
    expect(blocked.met).toBe(false);
    // A first item this week is also a rising volume.
    expect(blocked.blockers.map((b) => [b.code, JSON.parse(b.params)])).toEqual([
      ['URGENT_ITEMS_OPEN', { severity1: 1, severity2: 0 }],
      ['VOLUME_NOT_FALLING', { twoWeeksAgo: 0, lastWeek: 0, thisWeek: 1 }],
    ]);
    await api.ok(UPDATE, { input: { id: urgent.id, version: urgent.version, status: 'RESOLVED' } }, owner.token);
    // Two weeks ago one item, last week three: rising.
    const more = [await create(waveId), await create(waveId), await create(waveId)];
    await reportedHoursAgo(urgent.id, 24 * 16);
    for (const item of more) await reportedHoursAgo(item.id, 24 * 9);
    const rising = await exitOf(waveId);
    expect(rising.weeklyVolume).toEqual([1, 3, 0]);
    expect(rising.blockers.map((b) => [b.code, JSON.parse(b.params)])).toEqual([['VOLUME_NOT_FALLING', { twoWeeksAgo: 1, lastWeek: 3, thisWeek: 0 }]]);
    // Three, then one, then none: falling two weeks in a row.
    await reportedHoursAgo(urgent.id, 24 * 20);
    await reportedHoursAgo(more[0].id, 24 * 16);
    await reportedHoursAgo(more[1].id, 24 * 15);
    expect(await exitOf(waveId)).toEqual({ met: true, blockers: [], weeklyVolume: [3, 1, 0] });
  });

  it('closing the wave is the exit gate: refused with the blockers while a severity-1 item is open, done once hypercare may end', async () => {
    const { waveId } = await liveProgram();
    const urgent = await create(waveId, { severity: 1, title: 'Orders vanish' });
    // Reported over two weeks ago and nothing since: only the open item blocks the end.
    await reportedHoursAgo(urgent.id, 24 * 16);
    const CLOSE = 'mutation($input: CloseWaveInput!) { closeWave(input: $input) { status } }';
    const blocked = await api.gql(CLOSE, { input: { waveId } }, owner.token);
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'GATE_BLOCKED', blockers: ['Urgent support items are still open (1 of severity 1)'] });
    expect(blocked.errors?.[0]?.message).toBe('Nordics’s hypercare cannot end yet. Urgent support items are still open (1 of severity 1).');
    const [wave] = await api.query('SELECT status FROM rollout_waves WHERE id = $1', [waveId]);
    expect(wave.status).toBe('LIVE');
    await api.ok(UPDATE, { input: { id: urgent.id, version: urgent.version, status: 'RESOLVED' } }, owner.token);
    expect((await api.ok(CLOSE, { input: { waveId } }, owner.token))['closeWave'].status).toBe('CLOSED');
    const late = await api.gql(CREATE, { input: { waveId, title: 'After the end', severity: 3, category: 'DEFECT' } }, owner.token);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'CLOSED' });
  });

  it('open breaches count in health; a resolved one no longer does', async () => {
    const { projectId, waveId } = await liveProgram();
    const health = async () => (await api.ok('query($p: ID!) { projectHealth(projectId: $p) { status openSupportBreaches reasonDetails { area status message } } }', { p: projectId }, owner.token))['projectHealth'];
    const urgent = await create(waveId, { severity: 2 });
    expect((await health()).openSupportBreaches).toBe(0);
    await reportedHoursAgo(urgent.id, 24 * 7);
    const breached = await health();
    expect(breached.openSupportBreaches).toBe(1);
    expect(breached.status).toBe('RED');
    expect(breached.reasonDetails).toContainEqual({ area: 'HYPERCARE', status: 'RED', message: '1 support item in Nordics has missed its target, 1 of severity 1 or 2.' });
    await api.ok(UPDATE, { input: { id: urgent.id, version: urgent.version, status: 'RESOLVED' } }, owner.token);
    const after = await health();
    expect(after.openSupportBreaches).toBe(0);
    expect(after.reasonDetails.filter((r: { area: string }) => r.area === 'HYPERCARE')).toEqual([]);
  });

  it('viewers read the items and the gate but cannot log or change them', async () => {
    const { projectId, waveId } = await liveProgram();
    const viewer = await api.signUp('Hypercare viewer', { organisationOf: owner });
    await shareProject(api, owner.token, projectId, viewer, 'VIEWER');
    const item = await create(waveId);
    expect(await itemsOf(waveId, viewer.token)).toHaveLength(1);
    const logged = await api.gql(CREATE, { input: { waveId, title: 'Viewer item', severity: 3, category: 'DEFECT' } }, viewer.token);
    expect(logged.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const changed = await api.gql(UPDATE, { input: { id: item.id, version: item.version, status: 'IN_PROGRESS' } }, viewer.token);
    expect(changed.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await itemsOf(waveId)).toMatchObject([{ status: 'OPEN', version: 1 }]);
  });

  it('two people moving the same item at once: one wins, the other gets CONFLICT', async () => {
    const { waveId } = await liveProgram();
    const item = await create(waveId);
    const results = await Promise.all(
      ['IN_PROGRESS', 'WAITING'].map((status) => api.gql(UPDATE, { input: { id: item.id, version: item.version, status } }, owner.token)),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const [stored] = await api.query('SELECT version FROM support_items WHERE id = $1', [item.id]);
    expect(stored.version).toBe(2);
  });

  it('numbers stay unique when many items are logged at once', async () => {
    const { waveId } = await liveProgram();
    await Promise.all(Array.from({ length: 10 }, (_, i) => create(waveId, { title: `At once ${i}` })));
    expect((await itemsOf(waveId)).map((i) => i.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('listing 3 items or 30 costs the same SQL statements', async () => {
    const { waveId } = await liveProgram();
    const reporter = await createPerson(api, owner.token, 'Frequent Reporter');
    const statements = async () => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({ query: ITEMS, variables: { w: waveId } }),
      });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      return Number(response.headers.get('x-sql-statements'));
    };
    for (let i = 0; i < 3; i += 1) await create(waveId, { reporterId: reporter.id, title: `Item ${i}` });
    const few = await statements();
    for (let i = 3; i < 30; i += 1) await create(waveId, { reporterId: i % 2 ? reporter.id : null, title: `Item ${i}` });
    expect(await statements()).toBe(few);
  });
});
