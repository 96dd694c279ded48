import { describe, expect, it } from 'vitest';

import { daysLate, nextMilestone } from './milestone-schedule';

describe('milestone schedule', () => {
  it('a milestone due yesterday and not done is one day late', () => {
    expect(daysLate('2027-03-09', false, '2027-03-10')).toBe(1);
  });

  it('a milestone due today is not late yet', () => {
    expect(daysLate('2027-03-10', false, '2027-03-10')).toBe(0);
  });

  it('a done milestone is never late', () => {
    expect(daysLate('2027-01-01', true, '2027-03-10')).toBe(0);
  });

  it('counts across a month end and a leap day', () => {
    expect(daysLate('2028-02-28', false, '2028-03-01')).toBe(2);
  });

  it('the next milestone is the earliest one not done', () => {
    const next = nextMilestone([
      { id: 'a', dueDate: '2027-01-01', done: true },
      { id: 'b', dueDate: '2027-05-01', done: false },
      { id: 'c', dueDate: '2027-02-01', done: false },
    ]);
    expect(next?.id).toBe('c');
  });
});
