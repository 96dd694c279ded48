import { addDays, todayIso } from '@crm/domain';

import { JobRunner } from '../../apps/api/src/jobs/job-runner';
import { assignRole, createStandardProject, shareProject, StandardProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const FIELDS = `id waveId title body offsetDays plannedOn channel audienceUnits status sentOn overdue version
  audienceRoles { key } ownerRole { key }`;
const LIST = `query($waveId: ID!) { communications(waveId: $waveId) { ${FIELDS} } }`;
const CREATE = `mutation($input: CreateCommunicationInput!) { createCommunication(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateCommunicationInput!) { updateCommunication(input: $input) { ${FIELDS} } }`;
const CREATE_WAVE = 'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id version goLiveDate milestone { id version } } }';
const UPDATE_WAVE = 'mutation($input: UpdateRolloutWaveInput!) { updateRolloutWave(input: $input) { id version goLiveDate } }';
const HEALTH = 'query($projectId: ID!) { projectHealth(projectId: $projectId) { status reasons reasonDetails { area status message } } }';
const INBOX = 'query { notifications(first: 20) { edges { node { kind title body link } } } }';

interface Message {
  id: string;
  waveId: string;
  title: string;
  offsetDays: number;
  plannedOn: string;
  channel: string;
  audienceUnits: string[];
  status: string;
  sentOn: string | null;
  overdue: boolean;
  version: number;
  audienceRoles: { key: string }[];
  ownerRole: { key: string } | null;
}

/** Polls until `check` holds: the job runner works on its own clock. */
async function until(check: () => Promise<boolean>, what: string, limitMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`Gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the communications plan of a wave', () => {
  let api: TestApp;
  let owner: SignedIn;
  let viewer: SignedIn;
  let project: StandardProject;
  let waves = 0;

  beforeAll(async () => {
    api = await startTestApp({ config: { jobPollMs: 50 } });
    owner = await api.signUp('Comms planner');
    viewer = await api.signUp('Comms onlooker', { organisationOf: owner });
    project = await createStandardProject(api, owner.token);
    await shareProject(api, owner.token, project.id, viewer, 'VIEWER');
  });
  afterAll(() => api.close());

  const createWave = async (goLiveDate: string, scope = ['Sales North', 'Service'], projectId = project.id) => {
    waves += 1;
    return (await api.ok(CREATE_WAVE, { input: { projectId, name: `Wave ${waves}`, scope, goLiveDate } }, owner.token))['createRolloutWave'] as {
      id: string;
      version: number;
      goLiveDate: string;
    };
  };
  const plan = async (waveId: string, token = owner.token) => (await api.ok(LIST, { waveId }, token))['communications'] as Message[];
  const update = async (input: Record<string, unknown>) => (await api.ok(UPDATE, { input }, owner.token))['updateCommunication'] as Message;

  it('gives a new wave the five standard messages at T-30, T-7, go-live day, T+7 and T+30, to its scope, sent by the communications lead', async () => {
    // Wednesday 16 June 2027: no message falls on a weekend.
    const wave = await createWave('2027-06-16');
    const messages = await plan(wave.id);
    expect(messages.map((m) => [m.offsetDays, m.plannedOn, m.channel])).toEqual([
      [-30, '2027-05-17', 'EMAIL'],
      [-7, '2027-06-09', 'MEETING'],
      [0, '2027-06-16', 'INTRANET'],
      [7, '2027-06-23', 'NEWSLETTER'],
      [30, '2027-07-16', 'EMAIL'],
    ]);
    expect(messages[0]).toMatchObject({ title: 'The new CRM is coming', status: 'PLANNED', sentOn: null, overdue: false, version: 1 });
    expect(messages[0].audienceRoles).toEqual([{ key: 'KEY_USER' }]);
    expect(messages.every((m) => m.ownerRole?.key === 'COMMUNICATIONS_LEAD' && m.audienceUnits.join() === 'Sales North,Service')).toBe(true);
    // Each message has its reminders waiting: on its day, and the morning after.
    const jobs = await api.query<{ key: string; run_at: Date }>('SELECT key, run_at FROM jobs WHERE subject_id = $1 ORDER BY run_at', [messages[1].id]);
    expect(jobs).toEqual([
      { key: `communication-due:${messages[1].id}`, run_at: new Date('2027-06-09T08:00:00Z') },
      { key: `communication-overdue:${messages[1].id}`, run_at: new Date('2027-06-10T08:00:00Z') },
    ]);
  });

  it('moves the planned messages when the go-live moves, and leaves a sent one on the day it went out', async () => {
    const wave = await createWave('2027-06-16');
    const [announce] = await plan(wave.id);
    const sent = await update({ id: announce.id, version: announce.version, status: 'SENT', sentOn: todayIso() });
    expect(sent).toMatchObject({ status: 'SENT', sentOn: todayIso(), version: 2 });
    await api.ok(UPDATE_WAVE, { input: { id: wave.id, version: wave.version, goLiveDate: '2027-06-30' } }, owner.token);
    const moved = await plan(wave.id);
    expect(moved.map((m) => [m.title, m.plannedOn, m.status])).toEqual([
      ['The new CRM is coming', '2027-05-17', 'SENT'],
      ['What changes for you next week', '2027-06-23', 'PLANNED'],
      ['Go-live day: start here', '2027-06-30', 'PLANNED'],
      ['Tips from the first week', '2027-07-07', 'PLANNED'],
      ['How is it going? Adoption check-in', '2027-07-30', 'PLANNED'],
    ]);
    expect(moved[1].version).toBe(2);
    expect(moved[0].version).toBe(2);
    // The reminders followed the messages; the sent one has none left.
    expect((await api.query<{ run_at: Date }>('SELECT run_at FROM jobs WHERE key = $1', [`communication-due:${moved[1].id}`]))[0].run_at).toEqual(new Date('2027-06-23T08:00:00Z'));
    expect(await api.query('SELECT key FROM jobs WHERE subject_id = $1', [announce.id])).toEqual([]);
  });

  it('moves them too when the go-live milestone is moved on the timeline', async () => {
    const created = await api.ok(CREATE_WAVE, { input: { projectId: project.id, name: 'Milestone-led wave', scope: ['Service'], goLiveDate: '2027-09-15' } }, owner.token);
    const wave = created['createRolloutWave'];
    expect(wave.milestone).not.toBeNull();
    await api.ok(
      'mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }',
      { input: { id: wave.milestone.id, version: wave.milestone.version, dueDate: '2027-09-22' } },
      owner.token,
    );
    expect((await plan(wave.id)).find((m) => m.offsetDays === 0)?.plannedOn).toBe('2027-09-22');
  });

  it('adds an extra message at its offset, and edits one with its version; a stale version is CONFLICT and changes nothing', async () => {
    const wave = await createWave('2027-06-16');
    const trainer = (await api.query<{ id: string }>("SELECT id FROM roles WHERE project_id = $1 AND key = 'TRAINER'", [project.id]))[0].id;
    const extra = (await api.ok(CREATE, { input: { waveId: wave.id, title: '  Data freeze on Friday  ', offsetDays: -3, channel: 'CHAT', audienceRoleIds: [trainer] } }, owner.token))[
      'createCommunication'
    ] as Message;
    // Sunday 13 June, before go-live: brought forward to Friday 11 June.
    expect(extra).toMatchObject({ title: 'Data freeze on Friday', plannedOn: '2027-06-11', audienceUnits: ['Sales North', 'Service'], audienceRoles: [{ key: 'TRAINER' }], ownerRole: { key: 'COMMUNICATIONS_LEAD' } });
    expect((await plan(wave.id)).map((m) => m.offsetDays)).toEqual([-30, -7, -3, 0, 7, 30]);
    const edited = await update({ id: extra.id, version: extra.version, offsetDays: -2, channel: 'EMAIL', audienceUnits: ['Service'] });
    expect(edited).toMatchObject({ plannedOn: '2027-06-14', channel: 'EMAIL', audienceUnits: ['Service'], version: 2 });
    const before = await databaseFingerprint(api);
    const stale = await api.gql(UPDATE, { input: { id: extra.id, version: extra.version, title: 'Too late' } }, owner.token);
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('refuses an unknown channel, a business unit of another program, a role of another program and an empty title, storing nothing', async () => {
    const wave = await createWave('2027-06-16');
    const other = await createStandardProject(api, owner.token);
    await createWave('2027-06-16', ['Finance only'], other.id);
    const otherRole = (await api.query<{ id: string }>("SELECT id FROM roles WHERE project_id = $1 AND key = 'TRAINER'", [other.id]))[0].id;
    const before = await databaseFingerprint(api);
    const valid = { waveId: wave.id, title: 'Extra', offsetDays: 1, channel: 'EMAIL' };
    const channel = await api.gql(CREATE, { input: { ...valid, channel: 'CARRIER_PIGEON' } }, owner.token);
    expect(channel.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const unit = await api.gql(CREATE, { input: { ...valid, audienceUnits: ['Service', 'Finance only'] } }, owner.token);
    expect(unit.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'audienceUnits', message: 'Finance only is not in the scope of any wave of this program.' }],
    });
    const role = await api.gql(CREATE, { input: { ...valid, audienceRoleIds: [otherRole] } }, owner.token);
    expect(role.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'audienceRoleIds', message: 'Choose roles of this program.' }] });
    const title = await api.gql(CREATE, { input: { ...valid, title: '   ' } }, owner.token);
    expect(title.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'title' })] });
    const [first] = await plan(wave.id);
    const sentOn = await api.gql(UPDATE, { input: { id: first.id, version: first.version, sentOn: '2027-01-01' } }, owner.token);
    expect(sentOn.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'sentOn', message: 'Only a message marked as sent has a day it went out.' }] });
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('lets a viewer read the plan but not change it', async () => {
    const wave = await createWave('2027-06-16');
    const [first] = await plan(wave.id, viewer.token);
    expect(first.title).toBe('The new CRM is coming');
    const before = await databaseFingerprint(api);
    const refused = await api.gql(UPDATE, { input: { id: first.id, version: first.version, status: 'SENT' } }, viewer.token);
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const added = await api.gql(CREATE, { input: { waveId: wave.id, title: 'Mine', offsetDays: 0, channel: 'EMAIL' } }, viewer.token);
    expect(added.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('shows a message still planned after its day in the health, and not once it is marked sent', async () => {
    const program = await createStandardProject(api, owner.token);
    // Go-live in ten days: the T-30 message is twenty days late, the T-7 one still to come.
    const wave = await createWave(addDays(todayIso(), 10), ['Service'], program.id);
    const late = (await plan(wave.id)).filter((m) => m.overdue);
    expect(late.map((m) => m.offsetDays)).toEqual([-30]);
    const health = (await api.ok(HEALTH, { projectId: program.id }, owner.token))['projectHealth'];
    expect(health.reasonDetails).toContainEqual({
      area: 'COMMUNICATIONS',
      status: 'RED',
      message: expect.stringMatching(/^1 planned message not sent on time; “The new CRM is coming” for Wave \d+ is furthest behind, (19|20|21) days late\.$/),
    });
    await update({ id: late[0].id, version: late[0].version, status: 'SENT' });
    const after = (await api.ok(HEALTH, { projectId: program.id }, owner.token))['projectHealth'];
    expect(after.reasonDetails.filter((r: { area: string }) => r.area === 'COMMUNICATIONS')).toEqual([]);
  });

  it('tells the holder of the communications lead role on the day a message is due, once', async () => {
    const lead = await api.signUp('Casey Comms', { organisationOf: owner });
    // Only members hear of a program's work.
    await shareProject(api, owner.token, project.id, lead, 'EDITOR');
    // Signing up put Casey in the organisation's people directory.
    const [person] = await api.query<{ id: string }>('SELECT id FROM people WHERE lower(email) = lower($1)', [lead.user.email]);
    await assignRole(api, owner.token, { projectId: project.id, roleKey: 'COMMUNICATIONS_LEAD', personId: person.id, allocationPercent: 30 });
    const wave = await createWave('2027-06-16');
    const message = (await plan(wave.id))[2];
    const key = `communication-due:${message.id}`;
    const runNow = async () => {
      await api.query("UPDATE jobs SET run_at = now() - interval '1 second' WHERE key = $1", [key]);
      void api.app.get(JobRunner).runDue();
      await until(async () => (await api.query('SELECT 1 FROM jobs WHERE key = $1', [key])).length === 0, `job ${key} to run`);
    };
    await runNow();
    const inbox = async () =>
      ((await api.ok(INBOX, {}, lead.token))['notifications'].edges as { node: { kind: string; title: string; body: string; link: string } }[])
        .map((e) => e.node)
        .filter((n) => n.kind === 'COMMUNICATION_DUE');
    expect(await inbox()).toEqual([
      {
        kind: 'COMMUNICATION_DUE',
        title: 'Send “Go-live day: start here” today',
        body: expect.stringContaining('the intranet post “Go-live day: start here” is planned for today, 2027-06-16.'),
        link: `/projects/${project.id}/rollout?wave=${wave.id}&view=communications`,
      },
    ]);
    // The same job run again (a retry, a restart) tells nobody twice.
    await api.query(
      `INSERT INTO jobs (kind, key, run_at, payload, subject_id, project_id) VALUES ('COMMUNICATION_DUE', $1, now(), $2::jsonb, $3, $4)`,
      [key, JSON.stringify({ communicationId: message.id, plannedOn: message.plannedOn }), message.id, project.id],
    );
    await runNow();
    expect(await inbox()).toHaveLength(1);
  });

  it('removes a message through the trash with its reminders, and a wave removal takes its plan along', async () => {
    const wave = await createWave('2027-06-16');
    const [first] = await plan(wave.id);
    await api.ok('mutation($input: DeleteCommunicationInput!) { deleteCommunication(input: $input) { title } }', { input: { id: first.id, version: first.version } }, owner.token);
    expect((await plan(wave.id)).map((m) => m.offsetDays)).toEqual([-7, 0, 7, 30]);
    expect(await api.query('SELECT key FROM jobs WHERE subject_id = $1', [first.id])).toEqual([]);
    await api.ok('mutation($input: RestoreCommunicationInput!) { restoreCommunication(input: $input) { __typename } }', { input: { id: first.id } }, owner.token);
    expect((await plan(wave.id)).map((m) => m.offsetDays)).toEqual([-30, -7, 0, 7, 30]);
    expect(await api.query('SELECT key FROM jobs WHERE subject_id = $1', [first.id])).toHaveLength(2);
    const current = (await api.query<{ version: number }>('SELECT version FROM rollout_waves WHERE id = $1', [wave.id]))[0];
    await api.ok('mutation($input: DeleteRolloutWaveInput!) { deleteRolloutWave(input: $input) { title } }', { input: { id: wave.id, version: current.version } }, owner.token);
    expect(await api.query('SELECT id FROM communications WHERE wave_id = $1', [wave.id])).toEqual([]);
  });

  it('answers two edits of the same version with one change and one CONFLICT', async () => {
    const wave = await createWave('2027-06-16');
    const [first] = await plan(wave.id);
    const results = await Promise.all(
      ['EMAIL', 'NEWSLETTER'].map((channel) => api.gql(UPDATE, { input: { id: first.id, version: first.version, channel } }, owner.token)),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect((await plan(wave.id))[0].version).toBe(2);
  });

  it('lists a plan of 25 messages in as many statements as one of 5', async () => {
    const statements = async (waveId: string) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({ query: LIST, variables: { waveId } }),
      });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      return { count: Number(response.headers.get('x-sql-statements')), messages: body.data.communications.length };
    };
    const small = await createWave('2027-06-16');
    const large = await createWave('2027-06-16');
    for (let i = 0; i < 20; i += 1) {
      await api.ok(CREATE, { input: { waveId: large.id, title: `Extra ${i}`, offsetDays: i - 10, channel: 'CHAT' } }, owner.token);
    }
    const few = await statements(small.id);
    const many = await statements(large.id);
    expect([few.messages, many.messages]).toEqual([5, 25]);
    expect(few.count).toBeGreaterThan(0);
    expect(many.count).toBe(few.count);
  });
});
