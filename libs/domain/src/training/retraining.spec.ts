import { describe, expect, it } from 'vitest';

import { retrainingList } from './retraining';

const record = (personId: string, sessionId: string, status: 'INVITED' | 'ATTENDED' | 'EXCUSED' | 'ABSENT', sessionPast = true) => ({ personId, sessionId, status, sessionPast });

describe('retrainingList', () => {
  it('lists people who missed past sessions with how many, most first', () => {
    const list = retrainingList(
      [record('ann', 's1', 'ABSENT'), record('ann', 's2', 'ABSENT'), record('bob', 's1', 'ABSENT'), record('cy', 's1', 'ATTENDED')],
      [],
      () => null,
      [],
    );
    expect(list).toEqual([
      { personId: 'ann', missed: 2, inactive: false },
      { personId: 'bob', missed: 1, inactive: false },
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
});
