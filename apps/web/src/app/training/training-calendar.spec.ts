import { describe, expect, it } from 'vitest';

import { monthLayout, monthTitle, monthToShow, shiftMonth } from './training-calendar';

const session = (id: string, startsAt: string, timeZone: string) => ({ id, startsAt, timeZone });

describe('the training calendar month', () => {
  it('lays March 2026 out in whole weeks starting on Monday, with the neighbouring days greyed', () => {
    const weeks = monthLayout({ year: 2026, month: 3 }, [], '2026-03-10');

    // 1 March 2026 is a Sunday: the first week starts on Monday 23 February.
    expect(weeks[0][0]).toMatchObject({ date: '2026-02-23', inMonth: false });
    expect(weeks[0][6]).toMatchObject({ date: '2026-03-01', inMonth: true, dayOfMonth: 1 });
    expect(weeks.at(-1)?.at(-1)).toMatchObject({ date: '2026-04-05', inMonth: false });
    expect(weeks).toHaveLength(6);
    expect(weeks.flat().filter((d) => d.isToday).map((d) => d.date)).toEqual(['2026-03-10']);
  });

  it('needs only four weeks for a February that starts on a Monday', () => {
    expect(monthLayout({ year: 2027, month: 2 }, [], '2027-01-01')).toHaveLength(4);
  });

  it('puts a session on its own local day, even when the viewer is already on the next day', () => {
    // 23:30 in New York on 10 March (summer time since the 8th) is 03:30 UTC on 11 March.
    const late = session('ny', '2026-03-11T03:30:00Z', 'America/New_York');
    // 08:00 in Tokyo on 12 March is still 11 March in UTC.
    const early = session('tokyo', '2026-03-11T23:00:00Z', 'Asia/Tokyo');

    const days = monthLayout({ year: 2026, month: 3 }, [late, early], '2026-03-01').flat();

    expect(days.find((d) => d.date === '2026-03-10')?.sessions.map((s) => s.id)).toEqual(['ny']);
    expect(days.find((d) => d.date === '2026-03-12')?.sessions.map((s) => s.id)).toEqual(['tokyo']);
    expect(days.find((d) => d.date === '2026-03-11')?.sessions).toEqual([]);
  });

  it('lists the sessions of one day in time order', () => {
    const afternoon = session('pm', '2026-03-10T13:00:00Z', 'Europe/Berlin');
    const morning = session('am', '2026-03-10T08:00:00Z', 'Europe/Berlin');

    const day = monthLayout({ year: 2026, month: 3 }, [afternoon, morning], '2026-03-01').flat().find((d) => d.date === '2026-03-10');

    expect(day?.sessions.map((s) => s.id)).toEqual(['am', 'pm']);
  });

  it('steps across year ends and names the month', () => {
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(monthTitle({ year: 2026, month: 3 })).toBe('March 2026');
  });

  it('opens on the month of the next session, else the latest one, else this month', () => {
    const past = session('a', '2026-01-15T09:00:00Z', 'UTC');
    const next = session('b', '2026-05-04T09:00:00Z', 'UTC');

    expect(monthToShow([past, next], '2026-03-10')).toEqual({ year: 2026, month: 5 });
    expect(monthToShow([past], '2026-03-10')).toEqual({ year: 2026, month: 1 });
    expect(monthToShow([], '2026-03-10')).toEqual({ year: 2026, month: 3 });
  });
});
