import { assignRole, createPerson, createStandardProject } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const SCHEDULE =
  'mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id startsAt timeZone durationMinutes trainer { id } attendance { person { id } } } }';
const SUGGEST = `query($w: ID!, $t: ID, $time: String, $zone: String) {
  suggestTrainingSchedule(waveId: $w, trainerId: $t, time: $time, timeZone: $zone) { date startsAt timeZone trainerId inviteeIds durationMinutes }
}`;

interface Suggestion {
  date: string;
  startsAt: string;
  timeZone: string;
  trainerId: string | null;
  inviteeIds: string[];
  durationMinutes: number;
}

describe('training schedule suggestions', () => {
  let api: TestApp;
  let token: string;
  let projectId: string;
  let trainerId: string;
  let learnerIds: string[];

  beforeAll(async () => {
    api = await startTestApp();
    ({ token } = await api.signUp('Suggestion lead'));
    projectId = (await createStandardProject(api, token)).id;
    trainerId = (await createPerson(api, token, 'Tia Trainer')).id;
    await assignRole(api, token, { projectId, roleKey: 'TRAINER', personId: trainerId, allocationPercent: 50 });
    learnerIds = [(await createPerson(api, token, 'Leo Learner')).id, (await createPerson(api, token, 'Mia Learner')).id].sort();
  });
  afterAll(() => api.close());

  async function wave(goLiveDate: string, scope: string[]): Promise<string> {
    const data = await api.ok(
      'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }',
      { input: { projectId, name: `Wave ${Math.random().toString(36).slice(2, 7)}`, scope, goLiveDate } },
      token,
    );
    return data['createRolloutWave'].id;
  }
  const suggest = async (waveId: string, args: Record<string, unknown> = {}): Promise<Suggestion[]> =>
    (await api.ok<{ suggestTrainingSchedule: Suggestion[] }>(SUGGEST, { w: waveId, ...args }, token)).suggestTrainingSchedule;

  it('skips 6 January for a wave in Italy, and not for a wave naming no country', async () => {
    // With go-live on 15 December the first suggestion of an empty window is Wednesday 6 January.
    const nordics = await suggest(await wave('2026-12-15', ['Sales Nordics']));
    expect(nordics.map((s) => s.date)).toContain('2027-01-06');
    for (const scope of [['Italy'], ['IT'], ['Sales Italy', 'Head office']]) {
      const italian = await suggest(await wave('2026-12-15', scope));
      expect(italian).toHaveLength(3);
      expect(italian.map((s) => s.date)).not.toContain('2027-01-06');
    }
  });

  it('falls back to 10:00 UTC, an hour and the program’s Trainer when the wave has no session yet', async () => {
    const [first] = await suggest(await wave('2027-03-01', ['Sales Nordics']));
    expect(first).toMatchObject({ timeZone: 'UTC', startsAt: `${first.date}T10:00:00.000Z`, trainerId, inviteeIds: [], durationMinutes: 60 });
  });

  it('keeps the trainer, invitees, time zone and usual time of the previous session, and scheduling from it keeps them too', async () => {
    const waveId = await wave('2027-03-01', ['Italy']);
    // 09:30 in Rome in March (UTC+1) is 08:30 UTC.
    await api.ok(
      SCHEDULE,
      { input: { waveId, topic: 'Logging calls', startsAt: '2027-03-03T08:30:00Z', timeZone: 'Europe/Rome', durationMinutes: 90, trainerId, inviteeIds: learnerIds } },
      token,
    );
    const suggestions = await suggest(waveId);
    expect(suggestions).toHaveLength(2);
    for (const s of suggestions) {
      expect(s).toMatchObject({ timeZone: 'Europe/Rome', trainerId, inviteeIds: learnerIds, durationMinutes: 90 });
      // Summer time starts on 28 March: 09:30 in Rome is 07:30 UTC after it.
      expect(s.startsAt).toBe(`${s.date}T${s.date < '2027-03-28' ? '08' : '07'}:30:00.000Z`);
    }

    const [slot] = suggestions;
    const scheduled = (
      await api.ok(
        SCHEDULE,
        { input: { waveId, topic: 'Follow-up', startsAt: slot.startsAt, timeZone: slot.timeZone, durationMinutes: slot.durationMinutes, trainerId: slot.trainerId, inviteeIds: slot.inviteeIds } },
        token,
      )
    )['scheduleTrainingSession'];
    expect(scheduled).toMatchObject({ startsAt: slot.startsAt, timeZone: 'Europe/Rome', durationMinutes: 90, trainer: { id: trainerId } });
    expect(scheduled.attendance.map((a: { person: { id: string } }) => a.person.id).sort()).toEqual(learnerIds);
  });

  it('lets an explicit time and zone win over the previous session’s', async () => {
    const waveId = await wave('2027-03-01', ['Sales Nordics']);
    await api.ok(SCHEDULE, { input: { waveId, topic: 'Logging calls', startsAt: '2027-03-03T08:30:00Z', timeZone: 'Europe/Rome', durationMinutes: 90, trainerId, inviteeIds: learnerIds } }, token);
    const [first] = await suggest(waveId, { time: '14:00', zone: 'UTC' });
    expect(first).toMatchObject({ timeZone: 'UTC', startsAt: `${first.date}T14:00:00.000Z`, trainerId });
  });
});
