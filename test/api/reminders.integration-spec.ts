import { DataSource, EntityManager } from 'typeorm';

import { addDays, JOB_MAX_ATTEMPTS, todayIso, wordNotification } from '@crm/domain';

import { JobRunner } from '../../apps/api/src/jobs/job-runner';
import { JobsService } from '../../apps/api/src/jobs/jobs.service';
import { NotificationEvent } from '../../apps/api/src/notifications/notification-event';
import { NotificationsService } from '../../apps/api/src/notifications/notifications.service';
import { ReminderCatchUp } from '../../apps/api/src/reminders/reminder-catch-up';
import { assignRole, createPerson, createStandardProject } from './support/fixtures';
import { startTestDatabase, TestDatabase } from './support/test-database';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const CREATE_MILESTONE = 'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id dueDate version ownerRole { key } } }';
const UPDATE_MILESTONE = 'mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id dueDate version ownerRole { key } } }';
const COMPLETE_MILESTONE = 'mutation($input: VersionedIdInput!) { completeMilestone(input: $input) { id status } }';
const DELETE_MILESTONE = 'mutation($input: DeleteMilestoneInput!) { deleteMilestone(input: $input) { id } }';
const RESTORE_MILESTONE = 'mutation($input: RestoreMilestoneInput!) { restoreMilestone(input: $input) { id } }';
const SCHEDULE_SESSION = 'mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id startsAt version } }';
const UPDATE_SESSION = 'mutation($input: UpdateTrainingSessionInput!) { updateTrainingSession(input: $input) { id startsAt version } }';
const CANCEL_SESSION = 'mutation($input: CancelTrainingSessionInput!) { cancelTrainingSession(input: $input) { id status } }';

interface JobState {
  key: string;
  kind: string;
  run_at: Date;
  payload: Record<string, unknown>;
  attempts: number;
  last_error: string | null;
  revision: number;
}

/** Polls until `check` holds, with a generous limit: the runner works on its own clock. */
async function until(check: () => Promise<boolean>, what: string, limitMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`Gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const jobOf = async (api: TestApp, key: string): Promise<JobState | undefined> =>
  (await api.query<JobState>('SELECT key, kind, run_at, payload, attempts, last_error, revision FROM jobs WHERE key = $1', [key]))[0];

/** Makes the job due now and lets the runner take it; resolves once it has left the table. */
async function runNow(api: TestApp, key: string): Promise<void> {
  await api.query("UPDATE jobs SET run_at = now() - interval '1 second' WHERE key = $1", [key]);
  void api.app.get(JobRunner).runDue();
  await until(async () => !(await jobOf(api, key)), `job ${key} to run`);
}

/** A row per run, written in the job's own transaction: a run that rolled back leaves none. */
async function probe(tx: EntityManager, key: string): Promise<void> {
  await tx.query("INSERT INTO mail_outbox (organisation_id, kind, to_email, subject, text_body) VALUES (NULL, 'job-probe', 'probe@example.test', $1, '')", [key]);
}

const probes = async (api: TestApp, key: string) => (await api.query("SELECT 1 FROM mail_outbox WHERE kind = 'job-probe' AND subject = $1", [key])).length;

describe('durable jobs', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ config: { jobPollMs: 50 } });
    const jobs = api.app.get(JobsService);
    jobs.register<{ failTimes?: number }, void>('TEST_PROBE', {
      run: async (tx, job) => {
        await probe(tx, job.key);
        if (job.attempts < (job.payload.failTimes ?? 0)) throw new Error(`planned failure ${job.attempts + 1}`);
      },
    });
  });
  afterAll(() => api.close());

  const schedule = (key: string, runAt: Date, payload: Record<string, unknown> = {}) =>
    api.app.get(DataSource).transaction((tx) => api.app.get(JobsService).schedule(tx, { kind: 'TEST_PROBE', key, runAt, payload }));

  it('runs a due job once, in its own transaction, and deletes it', async () => {
    await schedule('probe:once', new Date(Date.now() - 1000));
    await until(async () => !(await jobOf(api, 'probe:once')), 'the due job to run');
    await api.app.get(JobRunner).runDue();
    expect(await probes(api, 'probe:once')).toBe(1);
  });

  it('leaves a job that is not due yet, and scheduling its key again moves it instead of adding one', async () => {
    const later = new Date(Date.now() + 3_600_000);
    await schedule('probe:later', later);
    await api.app.get(JobRunner).runDue();
    expect((await jobOf(api, 'probe:later'))?.run_at).toEqual(later);
    const evenLater = new Date(later.getTime() + 86_400_000);
    await schedule('probe:later', evenLater);
    expect(await api.query("SELECT run_at FROM jobs WHERE key = 'probe:later'")).toEqual([{ run_at: evenLater }]);
    expect(await probes(api, 'probe:later')).toBe(0);
  });

  it('retries a failing handler later, its work rolled back each time, and keeps the error', async () => {
    await schedule('probe:flaky', new Date(Date.now() - 1000), { failTimes: 1 });
    await until(async () => (await jobOf(api, 'probe:flaky'))?.attempts === 1, 'the first attempt to fail');
    const failed = (await jobOf(api, 'probe:flaky'))!;
    expect(failed.last_error).toBe('planned failure 1');
    // Tried again after a backoff, not at once; its probe row went with the rollback.
    expect(failed.run_at.getTime()).toBeGreaterThan(Date.now() + 30_000);
    expect(await probes(api, 'probe:flaky')).toBe(0);
    await runNow(api, 'probe:flaky');
    expect(await probes(api, 'probe:flaky')).toBe(1);
  });

  it(`gives a job up after ${JOB_MAX_ATTEMPTS} failed attempts and keeps it with its last error`, async () => {
    await schedule('probe:hopeless', new Date(Date.now() + 60_000), { failTimes: 99 });
    await api.query("UPDATE jobs SET attempts = $1, run_at = now() - interval '1 second' WHERE key = 'probe:hopeless'", [JOB_MAX_ATTEMPTS - 1]);
    await until(async () => (await jobOf(api, 'probe:hopeless'))?.attempts === JOB_MAX_ATTEMPTS, 'the last attempt');
    await api.query("UPDATE jobs SET run_at = now() - interval '1 second' WHERE key = 'probe:hopeless'");
    await api.app.get(JobRunner).runDue();
    await api.app.get(JobRunner).runDue();
    expect(await jobOf(api, 'probe:hopeless')).toMatchObject({ attempts: JOB_MAX_ATTEMPTS, last_error: `planned failure ${JOB_MAX_ATTEMPTS}` });
  });

  it('survives a restart: a job is a row, and the next app on the database runs it', async () => {
    const database = await startTestDatabase();
    const register = (app: TestApp) => app.app.get(JobsService).register('TEST_PROBE', { run: (tx, job) => probe(tx, job.key) });
    try {
      const first = await startTestApp({ databaseUrl: database.url, config: { jobPollMs: 60_000 } });
      register(first);
      await first.app.get(DataSource).transaction((tx) =>
        first.app.get(JobsService).schedule(tx, { kind: 'TEST_PROBE', key: 'probe:restart', runAt: new Date(Date.now() + 60_000) }),
      );
      await first.close();
      const second = await startTestApp({ databaseUrl: database.url, config: { jobPollMs: 50 } });
      try {
        register(second);
        await runNow(second, 'probe:restart');
        expect(await probes(second, 'probe:restart')).toBe(1);
      } finally {
        await second.close();
      }
    } finally {
      await database.stop();
    }
  });
});

describe('two runners on one database', () => {
  let database: TestDatabase;
  let one: TestApp;
  let two: TestApp;

  beforeAll(async () => {
    database = await startTestDatabase();
    one = await startTestApp({ databaseUrl: database.url, config: { jobPollMs: 20 } });
    two = await startTestApp({ databaseUrl: database.url, config: { jobPollMs: 20 } });
    for (const app of [one, two]) {
      app.app.get(JobsService).register('TEST_PROBE', {
        run: async (tx, job) => {
          await probe(tx, job.key);
          // Hold the job a moment, so the other runner meets it locked.
          await tx.query('SELECT pg_sleep(0.005)');
        },
      });
    }
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await database?.stop();
  });

  it('never runs a job twice: 50 due jobs, each handled exactly once', async () => {
    const keys = Array.from({ length: 50 }, (_, i) => `probe:pair:${i}`);
    await one.app.get(DataSource).transaction((tx) =>
      one.app.get(JobsService).scheduleMany(
        tx,
        keys.map((key) => ({ kind: 'TEST_PROBE', key, runAt: new Date(Date.now() - 1000) })),
      ),
    );
    void one.app.get(JobRunner).runDue();
    void two.app.get(JobRunner).runDue();
    await until(async () => (await one.query("SELECT 1 FROM jobs WHERE key LIKE 'probe:pair:%'")).length === 0, 'all 50 jobs to run', 60_000);
    const runs = await one.query<{ subject: string; n: number }>(
      "SELECT subject, count(*)::int AS n FROM mail_outbox WHERE kind = 'job-probe' AND subject LIKE 'probe:pair:%' GROUP BY subject",
    );
    expect(runs).toHaveLength(50);
    expect(runs.every((r) => r.n === 1)).toBe(true);
  });
});

describe('reminders', () => {
  let api: TestApp;
  let owner: SignedIn;
  let token: string;
  let projectId: string;
  let phaseId: string;
  let told: NotificationEvent[];

  beforeAll(async () => {
    api = await startTestApp({ config: { jobPollMs: 50 } });
    owner = await api.signUp('Reminded owner');
    ({ token } = owner);
    const project = await createStandardProject(api, token);
    projectId = project.id;
    phaseId = project.phases[0].id;
    told = [];
    // Calls through to the real service: once notify stores rows, these cases store them too.
    const notifications = api.app.get(NotificationsService);
    const notify = notifications.notify.bind(notifications);
    jest.spyOn(notifications, 'notify').mockImplementation(async (tx, events) => {
      told.push(...events);
      return notify(tx, events);
    });
  });
  afterAll(() => api.close());

  const roleId = async (key: string) => (await api.query<{ id: string }>('SELECT id FROM roles WHERE project_id = $1 AND key = $2', [projectId, key]))[0].id;
  const toldAbout = (kind: string, subjectId: string) => told.filter((e) => e.kind === kind && e.subject?.id === subjectId);
  /** The event as an English reader's inbox and mail word it. */
  const english = (e: NotificationEvent) => wordNotification('en', e.kind, e.params as never);

  async function milestone(dueDate: string, extra: Record<string, unknown> = {}) {
    return (await api.ok(CREATE_MILESTONE, { input: { phaseId, name: `Milestone ${dueDate}`, dueDate, ...extra } }, token))['createMilestone'];
  }

  it('schedules a new milestone’s reminders three days before and the morning after its due date', async () => {
    const m = await milestone('2027-03-20');
    expect(await jobOf(api, `milestone-due:${m.id}`)).toMatchObject({ kind: 'MILESTONE_DUE', run_at: new Date('2027-03-17T08:00:00Z'), payload: { milestoneId: m.id, dueDate: '2027-03-20' } });
    expect(await jobOf(api, `milestone-overdue:${m.id}`)).toMatchObject({ kind: 'MILESTONE_OVERDUE', run_at: new Date('2027-03-21T08:00:00Z') });
  });

  it('moves the reminders when the due date moves, and leaves them when only the name changes', async () => {
    const m = await milestone('2027-04-10');
    const moved = (await api.ok(UPDATE_MILESTONE, { input: { id: m.id, version: m.version, dueDate: '2027-05-02' } }, token))['updateMilestone'];
    expect(await jobOf(api, `milestone-due:${m.id}`)).toMatchObject({ run_at: new Date('2027-04-29T08:00:00Z'), payload: { dueDate: '2027-05-02' } });
    expect((await jobOf(api, `milestone-overdue:${m.id}`))?.run_at).toEqual(new Date('2027-05-03T08:00:00Z'));
    const revision = (await jobOf(api, `milestone-due:${m.id}`))!.revision;
    await api.ok(UPDATE_MILESTONE, { input: { id: m.id, version: moved.version, name: 'Renamed' } }, token);
    expect((await jobOf(api, `milestone-due:${m.id}`))?.revision).toBe(revision);
  });

  it('cancels the reminders of a milestone that is done', async () => {
    const m = await milestone('2027-04-11');
    await api.ok(COMPLETE_MILESTONE, { input: { id: m.id, version: m.version } }, token);
    expect(await jobOf(api, `milestone-due:${m.id}`)).toBeUndefined();
    expect(await jobOf(api, `milestone-overdue:${m.id}`)).toBeUndefined();
  });

  it('takes a removed milestone’s reminders away, and a restore schedules them again', async () => {
    const m = await milestone('2027-04-12');
    await api.ok(DELETE_MILESTONE, { input: { id: m.id, version: m.version } }, token);
    expect(await api.query('SELECT key FROM jobs WHERE subject_id = $1', [m.id])).toEqual([]);
    await api.ok(RESTORE_MILESTONE, { input: { id: m.id } }, token);
    expect((await jobOf(api, `milestone-due:${m.id}`))?.run_at).toEqual(new Date('2027-04-09T08:00:00Z'));
    expect(await jobOf(api, `milestone-overdue:${m.id}`)).toBeDefined();
  });

  it('refuses an owner role the program does not have, and changes nothing', async () => {
    const before = await api.count('milestones');
    const refused = await api.gql(CREATE_MILESTONE, { input: { phaseId, name: 'Nobody owns it', dueDate: '2027-04-13', ownerRoleKey: 'NO_SUCH_ROLE' } }, token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'ownerRoleKey' })] });
    expect(await api.count('milestones')).toBe(before);
  });

  it('tells the project manager role that a milestone is due, or the owning role when it has one, once per due date', async () => {
    const byDefault = await milestone('2027-05-20');
    const owned = await milestone('2027-05-21', { ownerRoleKey: 'business_analyst' });
    expect(owned.ownerRole).toEqual({ key: 'BUSINESS_ANALYST' });
    await runNow(api, `milestone-due:${byDefault.id}`);
    await runNow(api, `milestone-due:${owned.id}`);
    expect(toldAbout('MILESTONE_DUE', byDefault.id)).toEqual([
      expect.objectContaining({
        projectId,
        to: { roles: [{ projectId, roleId: await roleId('PROJECT_MANAGER') }] },
        dedupeKey: `milestone-due:${byDefault.id}:2027-05-20`,
      }),
    ]);
    expect(english(toldAbout('MILESTONE_DUE', byDefault.id)[0]).title).toBe('Milestone 2027-05-20 is due in 3 days');
    expect(toldAbout('MILESTONE_DUE', owned.id)[0].to).toEqual({ roles: [{ projectId, roleId: await roleId('BUSINESS_ANALYST') }] });
  });

  it('handing the milestone back to the project manager (null) clears its owner role', async () => {
    const m = await milestone('2027-05-22', { ownerRoleKey: 'TRAINER' });
    const cleared = (await api.ok(UPDATE_MILESTONE, { input: { id: m.id, version: m.version, ownerRoleKey: null } }, token))['updateMilestone'];
    expect(cleared.ownerRole).toBeNull();
  });

  it('says nothing of a milestone done after its reminder was due (a stale job only goes away)', async () => {
    const m = await milestone('2027-05-23');
    // The milestone is done through SQL, as if the cancel had been lost: the job itself must check.
    await api.query("UPDATE milestones SET status = 'DONE' WHERE id = $1", [m.id]);
    await runNow(api, `milestone-overdue:${m.id}`);
    expect(toldAbout('MILESTONE_OVERDUE', m.id)).toEqual([]);
  });

  describe('training sessions', () => {
    let waveId: string;
    let trainerId: string;
    let learnerIds: string[];

    beforeAll(async () => {
      trainerId = (await createPerson(api, token, 'Tara Trainer')).id;
      await assignRole(api, token, { projectId, roleKey: 'TRAINER', personId: trainerId, allocationPercent: 20 });
      learnerIds = [(await createPerson(api, token, 'Lou Learner')).id, (await createPerson(api, token, 'Kit Keyuser')).id];
      waveId = (
        await api.ok('mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }', { input: { projectId, name: 'Wave North', scope: ['Nordics'], goLiveDate: '2027-03-01' } }, token)
      )['createRolloutWave'].id;
    });

    const schedule = async (startsAt: string) =>
      (
        await api.ok(
          SCHEDULE_SESSION,
          { input: { waveId, topic: 'Pipeline basics', startsAt, timeZone: 'Europe/Berlin', durationMinutes: 90, trainerId, inviteeIds: learnerIds, location: 'Room 4' } },
          token,
        )
      )['scheduleTrainingSession'];

    it('schedules the reminder a day before, moves it with the session, and cancels it with the session', async () => {
      const s = await schedule('2027-03-05T09:30:00Z');
      expect((await jobOf(api, `session-tomorrow:${s.id}`))?.run_at).toEqual(new Date('2027-03-04T09:30:00Z'));
      const moved = (await api.ok(UPDATE_SESSION, { input: { id: s.id, version: s.version, startsAt: '2027-03-06T13:00:00Z' } }, token))['updateTrainingSession'];
      expect((await jobOf(api, `session-tomorrow:${s.id}`))?.run_at).toEqual(new Date('2027-03-05T13:00:00Z'));
      await api.ok(CANCEL_SESSION, { input: { id: s.id, version: moved.version, reason: 'Trainer ill' } }, token);
      expect(await jobOf(api, `session-tomorrow:${s.id}`)).toBeUndefined();
    });

    it('tells the trainer and everyone invited, with the session as a valid .ics', async () => {
      const s = await schedule('2027-03-09T08:00:00Z');
      await runNow(api, `session-tomorrow:${s.id}`);
      const [event] = toldAbout('SESSION_TOMORROW', s.id);
      expect(english(event).title).toBe('Training tomorrow: Pipeline basics');
      expect(event).toMatchObject({ projectId, dedupeKey: `session-tomorrow:${s.id}:2027-03-09T08:00:00.000Z` });
      expect([...(event.to.personIds ?? [])].sort()).toEqual([trainerId, ...learnerIds].sort());
      expect(english(event).body).toContain('Starts 2027-03-09 09:00 (Europe/Berlin), 90 minutes.');
      const ics = event.attachments!('en')[0];
      expect(ics).toMatchObject({ filename: 'training-session.ics', contentType: expect.stringContaining('text/calendar') });
      const lines = ics.content.split(/\r\n/);
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
      expect(lines.filter((l) => l === 'END:VCALENDAR')).toHaveLength(1);
      expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
      expect(lines).toEqual(expect.arrayContaining([`UID:${s.id}@crm-rollout-tracker`, 'DTSTART:20270309T080000Z', 'SUMMARY:Wave North: Pipeline basics', 'LOCATION:Room 4']));
      // RFC 5545 folds lines at 75 octets.
      expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
      // An Italian reader's mail carries the session worded in Italian.
      expect(event.attachments!('it')[0].content.split(/\r\n/)).toEqual(expect.arrayContaining(['SUMMARY:Formazione Pipeline basics (Wave North)', 'X-WR-CALNAME:Formazione Wave North']));
    });
  });

  describe('weekly status', () => {
    it('a new program has its Monday status waiting; it tells the sponsor the health page’s colour and reasons, and schedules the next week', async () => {
      const program = await createStandardProject(api, token, { name: 'Weekly program' });
      const key = `weekly-status:${program.id}`;
      const waiting = (await jobOf(api, key))!;
      expect(waiting.kind).toBe('WEEKLY_STATUS');
      expect(waiting.run_at.getUTCDay()).toBe(1);
      expect(waiting.run_at.getUTCHours()).toBe(8);

      const today = todayIso();
      const firstPhase = program.phases[0].id;
      await api.ok(CREATE_MILESTONE, { input: { phaseId: firstPhase, name: 'Late one', dueDate: addDays(today, -3) } }, token);
      await api.ok(CREATE_MILESTONE, { input: { phaseId: firstPhase, name: 'Soon one', dueDate: addDays(today, 5) } }, token);
      const health = (await api.ok('query($p: ID!) { projectHealth(projectId: $p) { status reasons } }', { p: program.id }, token))['projectHealth'];

      // Run it as it would run on Monday; the next one must be a week on from now.
      await api.query("UPDATE jobs SET run_at = now() - interval '1 second' WHERE key = $1", [key]);
      void api.app.get(JobRunner).runDue();
      await until(async () => toldAbout('WEEKLY_STATUS', program.id).length === 1, 'the weekly status');
      await until(async () => ((await jobOf(api, key))?.run_at.getTime() ?? 0) > Date.now(), 'the next week’s job');
      const [event] = toldAbout('WEEKLY_STATUS', program.id);
      const sponsor = (await api.query<{ id: string }>("SELECT id FROM roles WHERE project_id = $1 AND key = 'EXECUTIVE_SPONSOR'", [program.id]))[0].id;
      expect(event.to).toEqual({ roles: [{ projectId: program.id, roleId: sponsor }] });
      expect(event.params).toMatchObject({ health: health.status });
      const { body } = english(event);
      expect(body).toContain(`Health: ${health.status}`);
      for (const reason of health.reasons as string[]) expect(body).toContain(`- ${reason}`);
      expect(body).toContain(`- Soon one, ${addDays(today, 5)}`);
      expect((event.params as { overdueCount: number }).overdueCount).toBeGreaterThanOrEqual(1);
      expect(event.dedupeKey).toBe(`weekly-status:${program.id}:${today}`);
      const next = (await jobOf(api, key))!;
      expect(next.run_at.getUTCDay()).toBe(1);
      expect(next.run_at.getTime() - Date.now()).toBeLessThanOrEqual(7 * 86_400_000);
    });
  });

  describe('catching up at startup', () => {
    it('schedules the reminders of milestones written without them, once, leaving jobs that wait as they are', async () => {
      const m = await milestone('2027-06-20');
      await api.query('DELETE FROM jobs WHERE subject_id = $1', [m.id]);
      await api.query("UPDATE jobs SET run_at = '2027-06-01T00:00:00Z' WHERE key = $1", [`weekly-status:${projectId}`]);
      await api.app.get(ReminderCatchUp).catchUp();
      expect((await jobOf(api, `milestone-due:${m.id}`))?.run_at).toEqual(new Date('2027-06-17T08:00:00Z'));
      const revision = (await jobOf(api, `milestone-due:${m.id}`))!.revision;
      await api.app.get(ReminderCatchUp).catchUp();
      expect((await jobOf(api, `milestone-due:${m.id}`))?.revision).toBe(revision);
      expect((await jobOf(api, `weekly-status:${projectId}`))?.run_at).toEqual(new Date('2027-06-01T00:00:00Z'));
    });
  });
});
