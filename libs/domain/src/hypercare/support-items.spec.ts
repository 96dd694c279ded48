import { describe, expect, it } from 'vitest';

import { programHealth } from '../health/program-health';
import { englishText } from '../messages/format-message';
import {
  DEFAULT_SUPPORT_TARGETS,
  hypercareExit,
  openSupportBreaches,
  supportBreach,
  supportDueAt,
  supportStatusStamps,
  supportTargetProblem,
  supportTargets,
  supportTransitionAllowed,
  weeklySupportVolume,
} from './support-items';

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('support item statuses', () => {
  it('an open item can be taken on, put on hold for the reporter or resolved at once', () => {
    expect(supportTransitionAllowed('OPEN', 'IN_PROGRESS')).toBe(true);
    expect(supportTransitionAllowed('OPEN', 'WAITING')).toBe(true);
    expect(supportTransitionAllowed('OPEN', 'RESOLVED')).toBe(true);
  });

  it('an item is closed only once resolved, and a closed item stays closed', () => {
    expect(supportTransitionAllowed('OPEN', 'CLOSED')).toBe(false);
    expect(supportTransitionAllowed('RESOLVED', 'CLOSED')).toBe(true);
    expect(supportTransitionAllowed('CLOSED', 'IN_PROGRESS')).toBe(false);
  });

  it('a fix that did not hold takes the item back into progress', () => {
    expect(supportTransitionAllowed('RESOLVED', 'IN_PROGRESS')).toBe(true);
    expect(supportTransitionAllowed('IN_PROGRESS', 'OPEN')).toBe(false);
  });

  it('the first move out of OPEN is the response; resolving stamps the resolution, re-opening clears it', () => {
    const now = at('2027-05-03T10:00:00Z');
    expect(supportStatusStamps({ status: 'OPEN', respondedAt: null, resolvedAt: null }, 'IN_PROGRESS', now)).toEqual({ respondedAt: now.toISOString(), resolvedAt: null });
    const resolved = supportStatusStamps({ status: 'IN_PROGRESS', respondedAt: '2027-05-03T09:00:00.000Z', resolvedAt: null }, 'RESOLVED', now);
    expect(resolved).toEqual({ respondedAt: '2027-05-03T09:00:00.000Z', resolvedAt: now.toISOString() });
    expect(supportStatusStamps({ status: 'RESOLVED', ...resolved }, 'IN_PROGRESS', now).resolvedAt).toBeNull();
  });
});

describe('support targets', () => {
  it('a program without its own targets uses the defaults; its own replace them per severity', () => {
    expect(supportTargets([])).toEqual(DEFAULT_SUPPORT_TARGETS);
    const own = supportTargets([{ severity: 2, responseMinutes: 30, resolutionMinutes: 600 }]);
    expect(own[1]).toEqual({ severity: 2, responseMinutes: 30, resolutionMinutes: 600 });
    expect(own[0]).toEqual(DEFAULT_SUPPORT_TARGETS[0]);
  });

  it('refuses a resolution target shorter than the response target, and zero minutes', () => {
    expect(supportTargetProblem({ responseMinutes: 60, resolutionMinutes: 30 })?.field).toBe('resolutionMinutes');
    expect(supportTargetProblem({ responseMinutes: 0, resolutionMinutes: 30 })?.field).toBe('responseMinutes');
    expect(supportTargetProblem({ responseMinutes: 60, resolutionMinutes: 60 })).toBeNull();
  });

  it('severity 1 runs around the clock: reported Saturday 10:00, answered by 11:00', () => {
    expect(supportDueAt(at('2027-05-01T10:00:00Z'), 60, true)).toEqual(at('2027-05-01T11:00:00Z'));
  });

  it('the other severities stop over the weekend: 4 hours from Friday 22:00 is Monday 02:00', () => {
    expect(supportDueAt(at('2027-04-30T22:00:00Z'), 240, false)).toEqual(at('2027-05-03T02:00:00Z'));
  });

  it('reported on a Saturday, a one-working-day target ends Tuesday at midnight', () => {
    expect(supportDueAt(at('2027-05-01T10:00:00Z'), 24 * 60, false)).toEqual(at('2027-05-04T00:00:00Z'));
  });
});

describe('breaches', () => {
  const created = at('2027-05-03T08:00:00Z'); // a Monday

  it('a severity-1 item not answered after its hour is a response breach', () => {
    const breach = supportBreach({ severity: 1, createdAt: created, respondedAt: null, resolvedAt: null }, [], new Date(created.getTime() + 61 * 60_000));
    expect(breach.responseBreached).toBe(true);
    expect(breach.resolutionBreached).toBe(false);
    expect(breach.responseDueAt).toEqual(at('2027-05-03T09:00:00Z'));
  });

  it('an item answered in time stays unbreached however long ago that was', () => {
    const breach = supportBreach({ severity: 1, createdAt: created, respondedAt: new Date(created.getTime() + 30 * 60_000), resolvedAt: new Date(created.getTime() + 2 * HOUR) }, [], new Date(created.getTime() + 30 * DAY));
    expect(breach).toMatchObject({ responseBreached: false, resolutionBreached: false });
  });

  it('resolved after its resolution target is breached for good', () => {
    const breach = supportBreach({ severity: 2, createdAt: created, respondedAt: created, resolvedAt: new Date(created.getTime() + 3 * DAY) }, [], new Date(created.getTime() + 10 * DAY));
    expect(breach.resolutionBreached).toBe(true);
  });

  it('health counts only open items with a breach, and which of them are urgent', () => {
    const late = new Date(created.getTime() + 10 * DAY);
    const items = [
      { severity: 1 as const, status: 'OPEN' as const, createdAt: created, respondedAt: null, resolvedAt: null },
      { severity: 4 as const, status: 'OPEN' as const, createdAt: created, respondedAt: null, resolvedAt: null },
      { severity: 2 as const, status: 'RESOLVED' as const, createdAt: created, respondedAt: null, resolvedAt: late },
      { severity: 3 as const, status: 'OPEN' as const, createdAt: late, respondedAt: null, resolvedAt: null },
    ];
    expect(openSupportBreaches(items, [], late)).toEqual({ count: 2, urgent: 1 });
  });

  it('an urgent breach turns health red, any other breach amber', () => {
    const red = programHealth({ ...quiet, supportBreaches: [{ name: 'Wave 1', openBreaches: 2, urgentBreaches: 1 }] });
    expect(red.status).toBe('RED');
    expect(red.reasons[0]).toMatchObject({ area: 'HYPERCARE', message: '2 support items in Wave 1 have missed their target, 1 of severity 1 or 2.' });
    expect(programHealth({ ...quiet, supportBreaches: [{ name: 'Wave 1', openBreaches: 1, urgentBreaches: 0 }] }).status).toBe('AMBER');
    expect(programHealth({ ...quiet, supportBreaches: [{ name: 'Wave 1', openBreaches: 0, urgentBreaches: 0 }] }).status).toBe('GREEN');
  });
});

const quiet = {
  overdueMilestones: [],
  unownedOpenTasks: 0,
  unownedCriticalTasks: 0,
  unfilledRoles: [],
  overAllocatedPeople: [],
  liveWaves: [],
  kpis: [],
  openRisks: [],
};

describe('the hypercare exit gate', () => {
  const now = at('2027-06-30T12:00:00Z');
  const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
  const reported = (n: number, ago: number) => Array.from({ length: n }, () => ({ severity: 3 as const, status: 'CLOSED' as const, createdAt: daysAgo(ago) }));

  it('counts new items per whole week back from now, oldest week first', () => {
    expect(weeklySupportVolume([daysAgo(20), daysAgo(15), daysAgo(10), daysAgo(1), daysAgo(30)], now)).toEqual([2, 1, 1]);
  });

  it('volume falling 5, 3, 1 with nothing urgent open: hypercare may end', () => {
    expect(hypercareExit({ waveLive: true, items: [...reported(5, 18), ...reported(3, 10), ...reported(1, 2)], now })).toEqual({ met: true, blockers: [], weeklyVolume: [5, 3, 1] });
  });

  it('an open severity-1 item blocks the exit, and says so', () => {
    const result = hypercareExit({ waveLive: true, items: [...reported(5, 18), ...reported(3, 10), { severity: 1, status: 'IN_PROGRESS', createdAt: daysAgo(2) }], now });
    expect(result.met).toBe(false);
    expect(result.blockers).toEqual([{ code: 'URGENT_ITEMS_OPEN', params: { severity1: 1, severity2: 0 } }]);
    expect(englishText(result.blockers[0].code, result.blockers[0].params)).toBe('Urgent support items are still open (1 of severity 1).');
  });

  it('volume that rose last week blocks the exit with the three weeks named', () => {
    const result = hypercareExit({ waveLive: true, items: [...reported(2, 18), ...reported(4, 10), ...reported(1, 2)], now });
    expect(result.blockers).toEqual([{ code: 'VOLUME_NOT_FALLING', params: { twoWeeksAgo: 2, lastWeek: 4, thisWeek: 1 } }]);
    expect(englishText(result.blockers[0].code, result.blockers[0].params)).toBe('New items have not fallen two weeks in a row: 2, then 4, then 1 this week.');
  });

  it('a quiet desk with no new items for two weeks may end, as may one with none at all', () => {
    expect(hypercareExit({ waveLive: true, items: reported(4, 18), now }).met).toBe(true);
    expect(hypercareExit({ waveLive: true, items: [], now }).met).toBe(true);
  });

  it('a wave that has not gone live cannot end its hypercare', () => {
    expect(hypercareExit({ waveLive: false, items: [], now }).blockers).toEqual([{ code: 'WAVE_NOT_LIVE', params: {} }]);
  });
});
