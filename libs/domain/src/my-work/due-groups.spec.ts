import { describe, expect, it } from 'vitest';

import { dueGroupOf, groupByDue } from './due-groups';

// A Wednesday.
const today = '2027-03-10';

describe('dueGroupOf', () => {
  it('work due yesterday is overdue', () => {
    expect(dueGroupOf('2027-03-09', today)).toBe('OVERDUE');
  });

  it('work due today is due today, not late yet', () => {
    expect(dueGroupOf(today, today)).toBe('TODAY');
  });

  it('tomorrow and six days ahead are this week; seven days ahead is later', () => {
    expect(dueGroupOf('2027-03-11', today)).toBe('THIS_WEEK');
    expect(dueGroupOf('2027-03-16', today)).toBe('THIS_WEEK');
    expect(dueGroupOf('2027-03-17', today)).toBe('LATER');
  });

  it('this week reaches over a month end and a year end', () => {
    expect(dueGroupOf('2027-04-02', '2027-03-30')).toBe('THIS_WEEK');
    expect(dueGroupOf('2028-01-03', '2027-12-30')).toBe('THIS_WEEK');
  });

  it('work without a due date has no date, never overdue', () => {
    expect(dueGroupOf(null, today)).toBe('NO_DATE');
  });
});

describe('groupByDue', () => {
  const item = (id: string, dueDate: string | null) => ({ id, dueDate });

  it('shows overdue first and undated last, soonest due first inside each heading', () => {
    const groups = groupByDue(
      [item('later', '2027-05-01'), item('undated', null), item('late-2', '2027-03-08'), item('today', today), item('late-1', '2027-02-01'), item('friday', '2027-03-12')],
      today,
    );
    expect(groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ['Overdue', ['late-1', 'late-2']],
      ['Today', ['today']],
      ['This week', ['friday']],
      ['Later', ['later']],
      ['No date', ['undated']],
    ]);
  });

  it('leaves out headings with nothing under them', () => {
    expect(groupByDue([item('a', '2027-03-11')], today).map((g) => g.group)).toEqual(['THIS_WEEK']);
    expect(groupByDue([], today)).toEqual([]);
  });

  it('keeps the order items came in when they are due the same day', () => {
    const groups = groupByDue([item('second', '2027-03-12'), item('first', '2027-03-12')], today);
    expect(groups[0].items.map((i) => i.id)).toEqual(['second', 'first']);
  });
});
