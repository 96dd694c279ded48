import { describe, expect, it } from 'vitest';

import { attendanceCsvFileName, changedEntries, markAllAttended, rosterChoices, rosterOf, rosterSummary, sessionStatusLabel, withStatus } from './attendance-roster';

const roster = () =>
  rosterOf([
    { person: { id: 'p3', name: 'Chidi' }, status: 'INVITED' },
    { person: { id: 'p1', name: 'Amira' }, status: 'INVITED' },
    { person: { id: 'p2', name: 'Bo' }, status: 'EXCUSED' },
    { person: { id: 'p4', name: 'Dana' }, status: 'INVITED' },
  ]);

describe('the attendance roster', () => {
  it('lists the invitees by name with what is recorded for them', () => {
    expect(roster().map((r) => [r.name, r.status])).toEqual([
      ['Amira', 'INVITED'],
      ['Bo', 'EXCUSED'],
      ['Chidi', 'INVITED'],
      ['Dana', 'INVITED'],
    ]);
  });

  it('sends nothing until the trainer changes something', () => {
    expect(changedEntries(roster())).toEqual([]);
  });

  it('marks everyone not yet recorded as attended, leaving the excused as they are', () => {
    const rows = markAllAttended(roster());

    expect(changedEntries(rows)).toEqual([
      { personId: 'p1', status: 'ATTENDED' },
      { personId: 'p3', status: 'ATTENDED' },
      { personId: 'p4', status: 'ATTENDED' },
    ]);
    expect(rosterSummary(rows)).toBe('3 attended, 1 excused');
  });

  it('keeps a quick change made after “mark all”, and drops a change that is undone', () => {
    let rows = markAllAttended(roster());
    rows = withStatus(rows, 'p4', 'ABSENT');
    rows = withStatus(rows, 'p1', 'INVITED');

    expect(changedEntries(rows)).toEqual([
      { personId: 'p3', status: 'ATTENDED' },
      { personId: 'p4', status: 'ABSENT' },
    ]);
    expect(rosterSummary(rows)).toBe('1 attended, 1 excused, 1 absent, 1 not recorded');
  });
});

describe('what the roster offers before and after the start', () => {
  const startsAt = '2031-05-12T07:00:00Z';

  it('offers only “Excused” until the session starts, then attended, excused and absent', () => {
    expect(rosterChoices(startsAt, new Date('2031-05-12T06:59:00Z'))).toEqual(['EXCUSED']);
    expect(rosterChoices(startsAt, new Date('2031-05-12T07:00:00Z'))).toEqual(['ATTENDED', 'EXCUSED', 'ABSENT']);
  });

  it('never labels a session that has not started “Held”', () => {
    expect(sessionStatusLabel({ status: 'HELD', startsAt }, new Date('2031-05-01T00:00:00Z'))).toBe('Scheduled');
    expect(sessionStatusLabel({ status: 'HELD', startsAt }, new Date('2031-05-12T08:00:00Z'))).toBe('Held');
    expect(sessionStatusLabel({ status: 'CANCELLED', startsAt }, new Date('2031-05-01T00:00:00Z'))).toBe('Cancelled');
  });
});

describe('the attendance export', () => {
  it('names the file after the wave and the day', () => {
    expect(attendanceCsvFileName('Wave 1 — Nordics & Baltics', '2026-03-02')).toBe('attendance-wave-1-nordics-baltics-2026-03-02.csv');
    expect(attendanceCsvFileName('', '2026-03-02')).toBe('attendance-2026-03-02.csv');
  });
});
