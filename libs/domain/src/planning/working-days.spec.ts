import { describe, expect, it } from 'vitest';

import { addDays } from '../phases/milestone-schedule';

import {
  addWorkingDays,
  durationInWorkingDays,
  finishDate,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingCalendar,
  workingDayOnOrAfter,
  workingDaysBetween,
} from './working-days';

// Germany's public holidays around Easter 2027 (Good Friday 26 March, Easter Monday 29 March) and
// at the turn of the year, as the API's holiday calendar gives them.
const germany = workingCalendar(['2027-03-26', '2027-03-29', '2026-12-25', '2026-12-26', '2027-01-01']);

describe('working days', () => {
  it('a week has five working days: Saturday and Sunday are off', () => {
    expect(isWorkingDay('2027-03-01')).toBe(true); // Monday
    expect(isWorkingDay('2027-03-05')).toBe(true); // Friday
    expect(isWorkingDay('2027-03-06')).toBe(false);
    expect(isWorkingDay('2027-03-07')).toBe(false);
  });

  it('a public holiday of the program is off, but only in the calendar that has it', () => {
    expect(isWorkingDay('2027-03-29', germany)).toBe(false);
    expect(isWorkingDay('2027-03-29')).toBe(true);
  });

  it('the next working day after a Friday is the Monday, after the Thursday before Easter the Tuesday', () => {
    expect(nextWorkingDay('2027-03-05')).toBe('2027-03-08');
    expect(nextWorkingDay('2027-03-25', germany)).toBe('2027-03-30');
    expect(previousWorkingDay('2027-03-30', germany)).toBe('2027-03-25');
  });

  it('work put on a weekend begins on the Monday; on a working day it begins that day', () => {
    expect(workingDayOnOrAfter('2027-03-06')).toBe('2027-03-08');
    expect(workingDayOnOrAfter('2027-03-03')).toBe('2027-03-03');
  });

  it('adding working days skips weekends and holidays, forwards and backwards', () => {
    expect(addWorkingDays('2027-03-01', 5)).toBe('2027-03-08');
    expect(addWorkingDays('2027-03-24', 3, germany)).toBe('2027-03-31');
    expect(addWorkingDays('2027-03-31', -3, germany)).toBe('2027-03-24');
    expect(addWorkingDays('2027-03-06', 1)).toBe('2027-03-08');
    expect(addWorkingDays('2027-03-06', 0)).toBe('2027-03-06');
    expect(addWorkingDays('2026-12-23', 2, germany)).toBe('2026-12-28');
  });

  it('counting working days between two dates undoes adding them', () => {
    expect(workingDaysBetween('2027-03-05', '2027-03-08')).toBe(1);
    expect(workingDaysBetween('2027-03-24', '2027-03-31', germany)).toBe(3);
    expect(workingDaysBetween('2027-03-31', '2027-03-24', germany)).toBe(-3);
    expect(workingDaysBetween('2027-03-03', '2027-03-03')).toBe(0);
    for (const days of [0, 1, 4, 9, 23]) expect(workingDaysBetween('2027-03-22', addWorkingDays('2027-03-22', days, germany), germany)).toBe(days);
  });

  it('refuses a fractional number of working days rather than rounding it', () => {
    expect(() => addWorkingDays('2027-03-01', 1.5)).toThrow(RangeError);
  });
});

describe('a task’s finish and duration', () => {
  it('a one-day task finishes the day it starts; five days from Monday finish on Friday', () => {
    expect(finishDate('2027-03-01', 1)).toBe('2027-03-01');
    expect(finishDate('2027-03-01', 5)).toBe('2027-03-05');
  });

  it('a task across Easter in Germany finishes two working days later than without the holidays', () => {
    expect(finishDate('2027-03-24', 5)).toBe('2027-03-30');
    expect(finishDate('2027-03-24', 5, germany)).toBe('2027-04-01');
  });

  it('a milestone has no duration and finishes where it starts', () => {
    expect(finishDate('2027-03-06', 0)).toBe('2027-03-06');
  });

  it('a task started on a Saturday begins its first day on Monday', () => {
    expect(finishDate('2027-03-06', 1)).toBe('2027-03-08');
    expect(durationInWorkingDays('2027-03-06', '2027-03-08')).toBe(1);
  });

  it('the duration counts both the start and the finish day, and undoes the finish', () => {
    expect(durationInWorkingDays('2027-03-01', '2027-03-05')).toBe(5);
    expect(durationInWorkingDays('2027-03-24', '2027-04-01', germany)).toBe(5);
    for (const days of [1, 2, 7, 15]) expect(durationInWorkingDays('2027-03-22', finishDate('2027-03-22', days, germany), germany)).toBe(days);
  });

  it('a finish before the start is no duration at all', () => {
    expect(durationInWorkingDays('2027-03-05', '2027-03-01')).toBeNull();
  });
});

describe('working days over long spans', () => {
  // Day by day, the obvious way: what the jumping implementation must agree with.
  const slowAdd = (date: string, days: number, calendar = germany) => {
    let day = date;
    for (let step = 0; step < Math.abs(days); step += 1) {
      day = addDays(day, days > 0 ? 1 : -1);
      while (!isWorkingDay(day, calendar)) day = addDays(day, days > 0 ? 1 : -1);
    }
    return day;
  };
  const slowBetween = (from: string, to: string, calendar = germany) => {
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count += 1;
    return count;
  };

  it('agrees with counting day by day from every day of a holiday-rich month, forwards and backwards', () => {
    for (let offset = 0; offset < 45; offset += 1) {
      const from = addDays('2026-12-20', offset);
      for (const days of [-40, -7, -5, -1, 1, 2, 4, 5, 6, 11, 23, 60]) expect(addWorkingDays(from, days, germany)).toBe(slowAdd(from, days));
      for (const span of [0, 1, 3, 7, 30, 100]) expect(workingDaysBetween(from, addDays(from, span), germany)).toBe(slowBetween(from, addDays(from, span)));
    }
  });

  it('a forecast ten years of working days out is found without walking it: 2,600 days are 520 whole weeks', () => {
    expect(addWorkingDays('2027-03-01', 2600)).toBe(addDays('2027-03-01', 520 * 7));
    expect(workingDaysBetween('2027-03-01', '2037-02-16')).toBe(2600);
  });
});
