import { databaseFingerprint } from './support/fingerprint';
import { assignRole, createPerson, createStandardProject, shareProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const SCHEDULE = 'mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id startsAt timeZone version attendance { person { id } status } materials { title url } trainer { id } } }';
const ATTEND = 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id status version } }';
const COMPLIANCE = 'query($w: ID!) { trainingCompliance(waveId: $w) { status sessionsInWindow gaps gapDetails { from to days } } }';
const RETRAINING = 'query($w: ID!) { retrainingList(waveId: $w) { person { id name } missed inactive } }';

const daysFrom = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('training follow-through', () => {
  let api: TestApp;
  let token: string;
  let lead: SignedIn;
  let projectId: string;
  let trainerId: string;
  let learners: { id: string }[];

  beforeAll(async () => {
    api = await startTestApp();
    lead = await api.signUp('Trainer lead');
    ({ token } = lead);
    projectId = (await createStandardProject(api, token)).id;
    trainerId = (await createPerson(api, token, 'Tess Trainer')).id;
    await assignRole(api, token, { projectId, roleKey: 'TRAINER', personId: trainerId, allocationPercent: 50 });
    learners = [];
    for (const name of ['Lee Learner', 'Max Missing', 'Nia Never']) learners.push(await createPerson(api, token, name));
  });
  afterAll(() => api.close());

  async function wave(goLiveDate: string, name = `Wave ${Math.random().toString(36).slice(2, 7)}`): Promise<string> {
    const data = await api.ok(
      'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }',
      { input: { projectId, name, scope: ['Nordics'], goLiveDate } },
      token,
    );
    return data['createRolloutWave'].id;
  }

  const session = (waveId: string, startsAt: string, extra: Record<string, unknown> = {}) =>
    api.ok(SCHEDULE, { input: { waveId, topic: 'Logging calls and visits', startsAt, durationMinutes: 90, trainerId, inviteeIds: learners.map((l) => l.id), ...extra } }, token);

  it('judges cadence from UNDER through GAP to ON_TRACK as sessions are scheduled, and reports long gaps', async () => {
    const waveId = await wave('2027-03-01');
    expect((await api.ok(COMPLIANCE, { w: waveId }, token))['trainingCompliance']).toMatchObject({ status: 'NOT_PLANNED', sessionsInWindow: 0, gaps: 1 });
    await session(waveId, '2027-03-03T09:00:00+01:00', { timeZone: 'Europe/Berlin', materials: [{ title: 'Cheat sheet: log a call', url: 'https://intranet.example/cheat-call.pdf' }] });
    await session(waveId, '2027-04-14T09:00:00Z');
    const under = (await api.ok(COMPLIANCE, { w: waveId }, token))['trainingCompliance'];
    expect(under).toMatchObject({ status: 'UNDER', sessionsInWindow: 2, gaps: 2 });
    expect(under.gapDetails).toEqual([
      { from: '2027-03-03', to: '2027-04-14', days: 42 },
      { from: '2027-04-14', to: '2027-05-30', days: 46 },
    ]);
    // Three sessions, but 3 Mar → 14 Apr is 42 days without one.
    await session(waveId, '2027-05-12T09:00:00Z');
    expect((await api.ok(COMPLIANCE, { w: waveId }, token))['trainingCompliance']).toMatchObject({ status: 'GAP', sessionsInWindow: 3, gaps: 1 });
    await session(waveId, '2027-03-24T09:00:00Z');
    expect((await api.ok(COMPLIANCE, { w: waveId }, token))['trainingCompliance']).toMatchObject({ status: 'ON_TRACK', sessionsInWindow: 4, gaps: 0 });
  });

  it('counts a session on day 90 in its own time zone, and not one on day 91', async () => {
    const waveId = await wave('2027-03-01');
    // 23:30 on 30 May in New York (day 90) is already 31 May in UTC.
    await session(waveId, '2027-05-31T03:30:00Z', { timeZone: 'America/New_York' });
    expect((await api.ok(COMPLIANCE, { w: waveId }, token))['trainingCompliance'].sessionsInWindow).toBe(1);
    await session(waveId, '2027-05-31T12:00:00Z', { timeZone: 'UTC' });
    expect((await api.ok(COMPLIANCE, { w: waveId }, token))['trainingCompliance'].sessionsInWindow).toBe(1);
  });

  it('puts people who missed past sessions or are inactive on the re-training list, then invites them in one action', async () => {
    const goLive = daysFrom(new Date().toISOString().slice(0, 10), -20);
    const waveId = await wave(goLive);
    const first = (await session(waveId, `${daysFrom(goLive, 2)}T09:00:00Z`))['scheduleTrainingSession'];
    const second = (await session(waveId, `${daysFrom(goLive, 9)}T09:00:00Z`))['scheduleTrainingSession'];
    expect(first.attendance.map((a: { status: string }) => a.status)).toEqual(['INVITED', 'INVITED', 'INVITED']);
    const [lee, max, nia] = learners;
    await api.ok(ATTEND, { input: { sessionId: first.id, entries: [{ personId: lee.id, status: 'ATTENDED' }, { personId: max.id, status: 'ABSENT' }, { personId: nia.id, status: 'EXCUSED' }] } }, token);
    await api.ok(ATTEND, { input: { sessionId: second.id, entries: [{ personId: lee.id, status: 'ATTENDED' }, { personId: max.id, status: 'ABSENT' }, { personId: nia.id, status: 'ATTENDED' }] } }, token);
    await api.ok(
      'mutation($input: RecordUsageReviewInput!) { recordUsageReview(input: $input) { id active } }',
      { input: { waveId, personId: nia.id, active: false, note: 'Still tracking deals in a spreadsheet', reviewedOn: daysFrom(goLive, 15) } },
      token,
    );
    const list = (await api.ok(RETRAINING, { w: waveId }, token))['retrainingList'];
    expect(list).toEqual([
      { person: { id: max.id, name: 'Max Missing' }, missed: 2, inactive: false },
      { person: { id: nia.id, name: 'Nia Never' }, missed: 0, inactive: true },
    ]);

    const retraining = await api.ok(
      'mutation($input: ScheduleRetrainingInput!) { scheduleRetraining(input: $input) { retraining audience attendance { person { id } status } } }',
      { input: { waveId, startsAt: `${daysFrom(goLive, 40)}T09:00:00Z`, trainerId } },
      token,
    );
    expect(retraining['scheduleRetraining'].retraining).toBe(true);
    expect(retraining['scheduleRetraining'].audience).toBe('People who missed sessions or are not using the CRM yet');
    expect(retraining['scheduleRetraining'].attendance.map((a: { person: { id: string } }) => a.person.id).sort()).toEqual([max.id, nia.id].sort());
  });

  it('records a roster all or nothing', async () => {
    const waveId = await wave('2027-06-01');
    const s = (await session(waveId, '2027-06-10T09:00:00Z'))['scheduleTrainingSession'];
    const before = await api.query('SELECT person_id, status FROM attendance WHERE session_id = $1 ORDER BY person_id', [s.id]);
    const bad = await api.gql(ATTEND, { input: { sessionId: s.id, entries: [{ personId: learners[0].id, status: 'EXCUSED' }, { personId: '00000000-0000-4000-8000-000000000000', status: 'EXCUSED' }] } }, token);
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await api.query('SELECT person_id, status FROM attendance WHERE session_id = $1 ORDER BY person_id', [s.id])).toEqual(before);
  });

  it('refuses attendance for a cancelled session as INVALID_STATE, and a stale session version as CONFLICT', async () => {
    const waveId = await wave('2027-06-01');
    const s = (await session(waveId, '2027-06-11T09:00:00Z'))['scheduleTrainingSession'];
    const UPDATE = 'mutation($input: UpdateTrainingSessionInput!) { updateTrainingSession(input: $input) { id status version } }';
    const cancelled = (await api.ok(UPDATE, { input: { id: s.id, version: s.version, cancelled: true } }, token))['updateTrainingSession'];
    expect(cancelled.status).toBe('CANCELLED');
    const stale = await api.gql(UPDATE, { input: { id: s.id, version: s.version, topic: 'Too late' } }, token);
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const before = await api.query('SELECT person_id, status FROM attendance WHERE session_id = $1 ORDER BY person_id', [s.id]);
    const refused = await api.gql(ATTEND, { input: { sessionId: s.id, entries: [{ personId: learners[0].id, status: 'ATTENDED' }] } }, token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'CANCELLED' });
    expect(await api.query('SELECT person_id, status FROM attendance WHERE session_id = $1 ORDER BY person_id', [s.id])).toEqual(before);
  });

  it('refuses attended or absent for a session that has not started, naming the entries, and stores nothing', async () => {
    const waveId = await wave('2027-06-01');
    const s = (await session(waveId, '2027-06-14T09:00:00Z'))['scheduleTrainingSession'];
    const [lee, max, nia] = learners;
    const before = await databaseFingerprint(api);
    const refused = await api.gql(
      ATTEND,
      { input: { sessionId: s.id, entries: [{ personId: lee.id, status: 'ATTENDED' }, { personId: max.id, status: 'EXCUSED' }, { personId: nia.id, status: 'ABSENT' }] } },
      token,
    );
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((refused.errors?.[0]?.extensions['fields'] as { field: string }[]).map((f) => f.field)).toEqual(['entries.0.status', 'entries.2.status']);
    expect(await databaseFingerprint(api)).toEqual(before);

    // Excused and invited can be recorded ahead; the session stays scheduled, never "held".
    const excused = (await api.ok(ATTEND, { input: { sessionId: s.id, entries: [{ personId: max.id, status: 'EXCUSED' }] } }, token))['recordAttendance'];
    expect(excused.status).toBe('SCHEDULED');
    expect(await api.query('SELECT status FROM attendance WHERE session_id = $1 AND person_id = $2', [s.id, max.id])).toEqual([{ status: 'EXCUSED' }]);
  });

  it('keeps catch-up sessions out of the cadence, and attending one takes the person off the re-training list', async () => {
    const goLive = daysFrom(new Date().toISOString().slice(0, 10), -30);
    const waveId = await wave(goLive);
    const [lee, max] = learners;
    const regular = [];
    for (const day of [1, 8]) regular.push((await session(waveId, `${daysFrom(goLive, day)}T09:00:00Z`, { inviteeIds: [lee.id, max.id] }))['scheduleTrainingSession']);
    for (const s of regular) await api.ok(ATTEND, { input: { sessionId: s.id, entries: [{ personId: lee.id, status: 'ATTENDED' }, { personId: max.id, status: 'ABSENT' }] } }, token);
    expect((await api.ok(RETRAINING, { w: waveId }, token))['retrainingList']).toEqual([{ person: { id: max.id, name: 'Max Missing' }, missed: 2, inactive: false }]);

    const catchUp = (
      await api.ok(
        'mutation($input: ScheduleRetrainingInput!) { scheduleRetraining(input: $input) { id retraining attendance { person { id } } } }',
        { input: { waveId, startsAt: `${daysFrom(goLive, 15)}T09:00:00Z`, trainerId } },
        token,
      )
    )['scheduleRetraining'];
    expect(catchUp.retraining).toBe(true);
    expect(catchUp.attendance.map((a: { person: { id: string } }) => a.person.id)).toEqual([max.id]);
    // Two sessions of the wave plus one catch-up are still two: UNDER, not ON_TRACK.
    expect((await api.ok(COMPLIANCE, { w: waveId }, token))['trainingCompliance']).toMatchObject({ status: 'UNDER', sessionsInWindow: 2 });

    await api.ok(ATTEND, { input: { sessionId: catchUp.id, entries: [{ personId: max.id, status: 'ATTENDED' }] } }, token);
    expect((await api.ok(RETRAINING, { w: waveId }, token))['retrainingList']).toEqual([]);
  });

  it('health judges a wave’s training as the compliance badge does: three sessions with a 45-day stretch is a GAP', async () => {
    const own = await api.signUp('Cadence lead');
    const p = (await createStandardProject(api, own.token)).id;
    const trainer = (await createPerson(api, own.token, 'Gus Gap')).id;
    await assignRole(api, own.token, { projectId: p, roleKey: 'TRAINER', personId: trainer, allocationPercent: 20 });
    const goLive = daysFrom(new Date().toISOString().slice(0, 10), -10);
    const waveId = (
      await api.ok('mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }', { input: { projectId: p, name: 'Gap wave', scope: ['Nordics'], goLiveDate: goLive } }, own.token)
    )['createRolloutWave'].id;
    for (const day of [5, 15, 60]) {
      await api.ok(SCHEDULE, { input: { waveId, topic: 'Pipeline reviews', startsAt: `${daysFrom(goLive, day)}T09:00:00Z`, durationMinutes: 60, trainerId: trainer, inviteeIds: [] } }, own.token);
    }
    const compliance = (await api.ok(COMPLIANCE, { w: waveId }, own.token))['trainingCompliance'];
    expect(compliance).toMatchObject({ status: 'GAP', sessionsInWindow: 3, gapDetails: [{ days: 45 }] });
    const health = (
      await api.ok('query($p: ID!) { projectHealth(projectId: $p) { training { waveName cadence } reasonDetails { area status message } } }', { p }, own.token)
    )['projectHealth'];
    expect(health.training).toEqual([{ waveName: 'Gap wave', cadence: 'GAP' }]);
    const training = health.reasonDetails.filter((r: { area: string }) => r.area === 'TRAINING');
    expect(training).toContainEqual({ area: 'TRAINING', status: 'AMBER', message: expect.stringMatching(/^Gap wave has 1 stretch of more than 30 days/) });
    expect(training.filter((r: { message: string }) => /fewer than|no training planned/.test(r.message))).toEqual([]);
  });

  it('refuses a trainer who does not hold the Trainer role, an unknown time zone and a too-short session', async () => {
    const waveId = await wave('2027-07-01');
    const outsider = await createPerson(api, token, 'Not A Trainer');
    const before = await api.count('training_sessions');
    const cases = [
      { trainerId: outsider.id },
      { timeZone: 'Mars/Olympus' },
      { durationMinutes: 5 },
      { startsAt: 'next tuesday' },
    ];
    for (const extra of cases) {
      const result = await api.gql(SCHEDULE, { input: { waveId, topic: 'Reports', startsAt: '2027-07-05T09:00:00Z', durationMinutes: 60, trainerId, ...extra } }, token);
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(await api.count('training_sessions')).toBe(before);
  });

  it('suggests working days for the missing sessions, avoiding the trainer’s other sessions', async () => {
    const busyWave = await wave('2027-09-01');
    const waveId = await wave('2027-09-01');
    const free = (await api.ok('query($w: ID!, $t: ID) { suggestTrainingSchedule(waveId: $w, trainerId: $t, time: "09:30", timeZone: "Europe/Paris") { date startsAt } }', { w: waveId, t: trainerId }, token))['suggestTrainingSchedule'];
    expect(free).toHaveLength(3);
    for (const s of free) expect([0, 6]).not.toContain(new Date(`${s.date}T00:00:00Z`).getUTCDay());
    // 09:30 in Paris in autumn (UTC+2) is 07:30 UTC.
    expect(free[0].startsAt).toBe(`${free[0].date}T07:30:00.000Z`);
    await session(busyWave, `${free[1].date}T12:00:00Z`);
    const around = (await api.ok('query($w: ID!, $t: ID) { suggestTrainingSchedule(waveId: $w, trainerId: $t) { date } }', { w: waveId, t: trainerId }, token))['suggestTrainingSchedule'];
    expect(around.map((s: { date: string }) => s.date)).not.toContain(free[1].date);
  });

  it('suggests the local start time on both sides of a daylight-saving change', async () => {
    // Berlin moves to summer time on 2027-03-28, inside this wave's 90 days: 09:30 is 08:30Z before, 07:30Z after.
    const waveId = await wave('2027-03-01');
    const suggested = (await api.ok('query($w: ID!) { suggestTrainingSchedule(waveId: $w, time: "09:30", timeZone: "Europe/Berlin", target: 4) { date startsAt } }', { w: waveId }, token))[
      'suggestTrainingSchedule'
    ] as { date: string; startsAt: string }[];
    expect(suggested.some((s) => s.date < '2027-03-28')).toBe(true);
    expect(suggested.some((s) => s.date > '2027-03-28')).toBe(true);
    for (const s of suggested) expect(s.startsAt).toBe(`${s.date}T${s.date < '2027-03-28' ? '08' : '07'}:30:00.000Z`);
  });

  it('serves a wave’s sessions as an iCalendar feed to a token holder, and nothing to anyone else', async () => {
    const waveId = await wave('2027-10-01', 'Iberia');
    await session(waveId, '2027-10-05T08:00:00Z');
    const feedToken = (await api.ok('{ calendarFeedToken }', {}, token))['calendarFeedToken'];
    const feed = await fetch(`${api.url}/calendar/waves/${waveId}.ics?token=${feedToken}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/text\/calendar/);
    const body = await feed.text();
    expect(body).toMatch(/BEGIN:VCALENDAR/);
    expect(body).toMatch(/SUMMARY:Iberia: Logging calls and visits/);
    expect(body).toMatch(/DTSTART:20271005T080000Z/);
    expect((await fetch(`${api.url}/calendar/waves/${waveId}.ics?token=wrong`)).status).toBe(404);
    const stranger = await api.signUp('Stranger');
    const strangerToken = (await api.ok('{ calendarFeedToken }', {}, stranger.token))['calendarFeedToken'];
    expect((await fetch(`${api.url}/calendar/waves/${waveId}.ics?token=${strangerToken}`)).status).toBe(404);
    const csv = (await api.ok('query($w: ID!) { exportAttendanceCsv(waveId: $w) }', { w: waveId }, token))['exportAttendanceCsv'];
    expect(String(csv).split(/\r?\n/)[0]).toBe('session,date,person,email,attendance');
  });

  it('keeps training to project members: viewers read, strangers get NOT_FOUND', async () => {
    const waveId = await wave('2027-11-01');
    const viewer = await api.signUp('Viewer', { organisationOf: lead });
    await shareProject(api, token, projectId, viewer, 'VIEWER');
    expect((await api.ok(COMPLIANCE, { w: waveId }, viewer.token))['trainingCompliance'].status).toBe('NOT_PLANNED');
    const denied = await api.gql(SCHEDULE, { input: { waveId, topic: 'x', startsAt: '2027-11-03T09:00:00Z', durationMinutes: 60, trainerId } }, viewer.token);
    expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const stranger = await api.signUp('Outsider');
    expect((await api.gql(COMPLIANCE, { w: waveId }, stranger.token)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await api.gql(SCHEDULE, { input: { waveId, topic: 'x', startsAt: '2027-11-03T09:00:00Z', durationMinutes: 60, trainerId } }, stranger.token)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
