import { describe, expect, it } from 'vitest';

import { allowedAttendance, attendanceNotYetAllowed, retrainingList, sessionHasStarted } from './retraining';

type Status = 'INVITED' | 'ATTENDED' | 'EXCUSED' | 'ABSENT';
const record = (personId: string, sessionId: string, status: Status, sessionPast = true, sessionStartsAt = '2027-03-10T10:00:00Z') => ({
  personId,
  sessionId,
  status,
  sessionPast,
  sessionStartsAt,
  catchUp: false,
});
const catchUp = (personId: string, status: Status, sessionStartsAt: string) => ({ ...record(personId, 'c1', status, true, sessionStartsAt), catchUp: true });

describe('retrainingList', () => {
  it('lists people who missed past sessions with how many, most first', () => {
    const list = retrainingList(
      [record('ann', 's1', 'ABSENT'), record('ann', 's2', 'ABSENT'), record('bob', 's1', 'ABSENT'), record('cy', 's1', 'ATTENDED')],
      [],
      () => null,
      [],
    );
    expect(list).toEqual([
      { personId: 'ann', missed: 2, inactive: false, reason: null, reasonMessage: null },
      { personId: 'bob', missed: 1, inactive: false, reason: null, reasonMessage: null },
    ]);
  });

  it('does not count excused absences, sessions still to come, or attendance not yet taken', () => {
    expect(
      retrainingList([record('ann', 's1', 'EXCUSED'), record('ann', 's2', 'ABSENT', false), record('ann', 's3', 'INVITED')], [], () => null, []),
    ).toEqual([]);
  });

  it('adds people whose latest usage review found them inactive, by person or by business unit', () => {
    const list = retrainingList(
      [],
      [
        { personId: 'dee', businessUnit: null, active: false, reviewedOn: '2027-04-01' },
        { personId: 'eve', businessUnit: null, active: false, reviewedOn: '2027-04-01' },
        { personId: 'eve', businessUnit: null, active: true, reviewedOn: '2027-05-01' },
        { personId: null, businessUnit: 'Nordics', active: false, reviewedOn: '2027-05-02' },
      ],
      (id) => (id === 'fin' ? 'Nordics' : null),
      ['dee', 'eve', 'fin'],
    );
    expect(list.map((e) => e.personId)).toEqual(['dee', 'fin']);
    expect(list.every((e) => e.inactive)).toBe(true);
  });

  it("a person's own review and their unit's review: the later one decides, their own one on the same day", () => {
    const reviews = [
      { personId: 'gil', businessUnit: 'Iberia', active: true, reviewedOn: '2027-05-01' },
      { personId: null, businessUnit: 'Iberia', active: false, reviewedOn: '2027-05-01' },
      { personId: 'hal', businessUnit: 'Iberia', active: true, reviewedOn: '2027-04-01' },
    ];
    const list = retrainingList([], reviews, () => 'Iberia', ['gil', 'hal']);
    expect(list.map((e) => e.personId)).toEqual(['hal']);
  });

  it('says why an inactive person is on the list, as the deciding review noted it, as a message when the product noted it', () => {
    const reviews = [
      { personId: 'jo', businessUnit: null, active: false, reviewedOn: '2027-05-01', note: 'From the usage import: no use of the CRM for 21 days.' },
      { personId: 'jo', businessUnit: null, active: false, reviewedOn: '2027-05-03', note: 'Asked for help: How do I log a call?', noteMessage: { code: 'ASKED_FOR_HELP' as const, params: { topic: 'How do I log a call?' } } },
      { personId: 'kim', businessUnit: null, active: false, reviewedOn: '2027-05-01', note: '  ' },
      { personId: null, businessUnit: 'Benelux', active: false, reviewedOn: '2027-05-02', note: 'Nobody in Benelux opened a deal.' },
    ];
    const list = retrainingList([record('lou', 's1', 'ABSENT')], reviews, (id) => (id === 'max' ? 'Benelux' : null), ['jo', 'kim', 'lou', 'max']);
    expect(list).toEqual([
      { personId: 'lou', missed: 1, inactive: false, reason: null, reasonMessage: null },
      { personId: 'jo', missed: 0, inactive: true, reason: 'Asked for help: How do I log a call?', reasonMessage: { code: 'ASKED_FOR_HELP', params: { topic: 'How do I log a call?' } } },
      { personId: 'kim', missed: 0, inactive: true, reason: null, reasonMessage: null },
      { personId: 'max', missed: 0, inactive: true, reason: 'Nobody in Benelux opened a deal.', reasonMessage: null },
    ]);
  });

  it('two reviews of one person on the same day: the one recorded last decides', () => {
    const reviews = [
      { personId: 'ida', businessUnit: null, active: false, reviewedOn: '2027-05-01' },
      { personId: 'ida', businessUnit: null, active: true, reviewedOn: '2027-05-01' },
    ];
    expect(retrainingList([], reviews, () => null, ['ida'])).toEqual([]);
    expect(retrainingList([], [...reviews].reverse(), () => null, ['ida']).map((e) => e.personId)).toEqual(['ida']);
  });

  it('judges a wave of 40,000 people with a review each and a review per business unit', () => {
    const people = Array.from({ length: 40_000 }, (_, i) => `p${i}`);
    const units = ['North', 'South', 'East', 'West'];
    const reviews = [
      ...people.map((personId, i) => ({ personId, businessUnit: null, active: i % 10 !== 0, reviewedOn: '2027-04-01' })),
      ...units.map((businessUnit, u) => ({ personId: null, businessUnit, active: u !== 0, reviewedOn: '2027-05-01' })),
    ];
    const list = retrainingList([], reviews, (id) => units[Number(id.slice(1)) % 4], people);
    // The later unit review decides: everyone of North (every 4th person) is inactive, nobody else.
    expect(list).toHaveLength(10_000);
    expect(list.every((e) => Number(e.personId.slice(1)) % 4 === 0)).toBe(true);
  });
});

describe('retrainingList and catch-up sessions', () => {
  it('attending a catch-up session takes someone who missed training off the list', () => {
    const list = retrainingList(
      [record('ann', 's1', 'ABSENT'), record('bob', 's1', 'ABSENT'), catchUp('ann', 'ATTENDED', '2027-03-20T10:00:00Z'), catchUp('bob', 'INVITED', '2027-03-20T10:00:00Z')],
      [],
      () => null,
      [],
    );
    expect(list).toEqual([{ personId: 'bob', missed: 1, inactive: false, reason: null, reasonMessage: null }]);
  });

  it('a session missed after the catch-up puts them back on the list', () => {
    const list = retrainingList(
      [record('ann', 's1', 'ABSENT'), catchUp('ann', 'ATTENDED', '2027-03-20T10:00:00Z'), record('ann', 's2', 'ABSENT', true, '2027-04-10T10:00:00Z')],
      [],
      () => null,
      [],
    );
    expect(list).toEqual([{ personId: 'ann', missed: 1, inactive: false, reason: null, reasonMessage: null }]);
  });

  it('missing a catch-up session counts as a missed session', () => {
    const list = retrainingList([record('ann', 's1', 'ABSENT'), catchUp('ann', 'ABSENT', '2027-03-20T10:00:00Z')], [], () => null, []);
    expect(list).toEqual([{ personId: 'ann', missed: 2, inactive: false, reason: null, reasonMessage: null }]);
  });

  it('a catch-up attended on or after the day of an "inactive" review clears it; a later review does not', () => {
    const inactiveOn = (reviewedOn: string) => [{ personId: 'dee', businessUnit: null, active: false, reviewedOn }];
    const attended = [catchUp('dee', 'ATTENDED', '2027-03-20T10:00:00Z')];
    expect(retrainingList(attended, inactiveOn('2027-03-20'), () => null, ['dee'])).toEqual([]);
    expect(retrainingList(attended, inactiveOn('2027-03-21'), () => null, ['dee'])).toEqual([{ personId: 'dee', missed: 0, inactive: true, reason: null, reasonMessage: null }]);
  });
});

describe('what attendance can be recorded', () => {
  const startsAt = '2027-03-10T10:00:00Z';

  it('a session has started from its first minute on', () => {
    expect(sessionHasStarted(startsAt, new Date('2027-03-10T09:59:59Z'))).toBe(false);
    expect(sessionHasStarted(startsAt, new Date('2027-03-10T10:00:00Z'))).toBe(true);
  });

  it('before the start only invited and excused can be recorded', () => {
    expect(allowedAttendance(false)).toEqual(['INVITED', 'EXCUSED']);
    expect(allowedAttendance(true)).toEqual(['INVITED', 'ATTENDED', 'EXCUSED', 'ABSENT']);
  });

  it('names the entries of a future session that say someone attended or was absent', () => {
    const entries = [
      { personId: 'ann', status: 'ATTENDED' as const },
      { personId: 'bob', status: 'EXCUSED' as const },
      { personId: 'cy', status: 'ABSENT' as const },
    ];
    expect(attendanceNotYetAllowed(entries, false).map((e) => e.personId)).toEqual(['ann', 'cy']);
    expect(attendanceNotYetAllowed(entries, true)).toEqual([]);
  });
});
