import { describe, expect, it } from 'vitest';

import { countriesInScope, suggestSessionDays } from './schedule-suggestion';

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('suggestSessionDays', () => {
  it('spreads three sessions across an empty window on working days', () => {
    const days = suggestSessionDays({ goLiveDate: '2027-03-01', sessionDays: [], trainerBusyDays: [] });
    expect(days).toHaveLength(3);
    for (const d of days) expect([0, 6]).not.toContain(weekday(d));
    expect(days).toEqual(['2027-03-23', '2027-04-15', '2027-05-07']);
  });

  it('only fills what is missing and keeps away from existing sessions', () => {
    const days = suggestSessionDays({ goLiveDate: '2027-03-01', sessionDays: ['2027-03-05', '2027-04-14'], trainerBusyDays: [] });
    expect(days).toHaveLength(1);
    expect(days[0] > '2027-05-01').toBe(true);
  });

  it('suggests nothing when the cadence is already met', () => {
    expect(suggestSessionDays({ goLiveDate: '2027-03-01', sessionDays: ['2027-03-10', '2027-04-10', '2027-05-10'], trainerBusyDays: [] })).toEqual([]);
  });

  it("avoids the trainer's other sessions", () => {
    const free = suggestSessionDays({ goLiveDate: '2027-03-01', sessionDays: [], trainerBusyDays: [] });
    const busy = suggestSessionDays({ goLiveDate: '2027-03-01', sessionDays: [], trainerBusyDays: [free[1]] });
    expect(busy).not.toContain(free[1]);
    expect(busy).toHaveLength(3);
  });

  it('skips a public holiday of the wave’s countries: 6 January in Italy', () => {
    // Go-live on 2026-12-15 puts the empty window's first suggestion on Wednesday 6 January.
    const free = suggestSessionDays({ goLiveDate: '2026-12-15', sessionDays: [], trainerBusyDays: [] });
    expect(free).toContain('2027-01-06');
    const italian = suggestSessionDays({ goLiveDate: '2026-12-15', sessionDays: [], trainerBusyDays: [], holidayDays: ['2027-01-06'] });
    expect(italian).not.toContain('2027-01-06');
    expect(italian).toHaveLength(3);
  });
});

describe('countriesInScope', () => {
  const countries = { IT: 'Italy', DE: 'Germany', FR: 'France', GB: 'United Kingdom' };

  it('finds countries by code, by name and inside a unit’s name', () => {
    expect(countriesInScope(['Italy'], countries)).toEqual(['IT']);
    expect(countriesInScope(['it', 'Sales Germany', 'United Kingdom (London)'], countries)).toEqual(['IT', 'DE', 'GB']);
  });

  it('names no country for business units and branches, and each country once', () => {
    expect(countriesInScope(['Sales Nordics', 'Head office', 'Frankfurt branch'], countries)).toEqual([]);
    expect(countriesInScope(['Italy', 'IT', 'Service Italy'], countries)).toEqual(['IT']);
  });
});
