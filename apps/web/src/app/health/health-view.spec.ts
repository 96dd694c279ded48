import { describe, expect, it } from 'vitest';

import { formatDay as day } from '../shared/dates/calendar-days';
import { driverSeparator, HealthData, healthView, reasonGroups, slipReason } from './health-view';

function data(overrides: Partial<HealthData['projectHealth']> = {}): HealthData {
  return {
    project: {
      id: 'p1',
      name: 'Northwind CRM',
      crmProduct: 'Dynamics 365',
      startDate: '2026-01-05',
      targetGoLiveDate: '2026-09-30',
      phases: [
        { id: 'ph1', name: 'Needs analysis', status: 'COMPLETED', progress: { ratio: 1, doneTasks: 4, totalTasks: 4 } },
        { id: 'ph2', name: 'Process redesign', status: 'IN_PROGRESS', progress: { ratio: 0.333, doneTasks: 1, totalTasks: 3 } },
      ],
      nextMilestone: { id: 'm1', name: 'Processes validated', dueDate: '2026-04-30', overdue: false },
    },
    projectHealth: {
      status: 'RED',
      reasons: [],
      reasonDetails: [],
      generatedAt: '2026-03-10T09:00:00Z',
      overdueMilestones: 0,
      percentDone: 42,
      unownedOpenTasks: 0,
      unfilledRoles: [],
      overAllocatedPeople: 0,
      training: [],
      kpis: [],
      topRisks: [],
      ...overrides,
    },
  };
}

const slip = {
  verdict: 'SLIPPING' as const,
  forecastDate: '2027-05-10',
  latest: '2027-05-14',
  targetDate: '2027-04-30',
  slipDays: 6,
  latestSlipDays: 10,
  drivers: [
    { id: 't1', title: 'Build the integration' },
    { id: 't2', title: 'Test the integration' },
  ],
  moreDrivers: 3,
  paceWeeks: 4,
};

/** A reason as the API codes it; the view passes it on to the messageText pipe untouched. */
const message = (code: string, text: string) => ({ code, params: [], text });

describe('the health page', () => {
  it('words the go-live warning itself, so its driving tasks can be links', () => {
    const [group] = reasonGroups([{ area: 'SCHEDULE', status: 'RED', message: 'At the pace … driven by “Build the integration”.', code: 'GO_LIVE_FORECAST_SLIP', goLiveSlip: slip }]);
    expect(group.reasons[0].slip).toEqual({
      text: `At the pace of the last 4 weeks the go-live lands on ${day('2027-05-10')}, 6 working days after the target of ${day('2027-04-30')}.`,
      drivers: slip.drivers,
      moreDrivers: 3,
    });
  });

  it('an at-risk forecast says by how much the slow end passes the target, or that it is open', () => {
    expect(slipReason({ ...slip, verdict: 'AT_RISK', forecastDate: '2027-04-28', slipDays: 0 }).text).toBe(
      `At the pace of the last 4 weeks the go-live lands on ${day('2027-04-28')}, within the target of ${day('2027-04-30')}, but at the slowest week’s pace it would pass it by 10 working days.`,
    );
    expect(slipReason({ ...slip, verdict: 'AT_RISK', forecastDate: '2027-04-28', latest: null, latestSlipDays: null }).text).toContain('one of those weeks finished nothing');
  });

  it('joins the driving tasks as a sentence would: “A, B and C”, or commas when a count follows', () => {
    const three = { drivers: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }], moreDrivers: 0 };
    expect([0, 1, 2].map((i) => driverSeparator(i, three))).toEqual([', ', ' and ', '']);
    expect([0, 1, 2].map((i) => driverSeparator(i, { ...three, moreDrivers: 2 }))).toEqual([', ', ', ', '']);
  });

  it('other reasons keep their sentence', () => {
    const [group] = reasonGroups([{ area: 'SCHEDULE', status: 'AMBER', message: '1 milestone overdue.', code: null, goLiveSlip: null }]);
    expect(group.reasons[0]).toEqual({ status: 'AMBER', message: '1 milestone overdue.', reason: { code: '', text: '1 milestone overdue.' }, slip: null });
  });

  it('puts areas with a red reason first, then amber ones in meeting order, red reasons first within each', () => {
    const groups = reasonGroups([
      { area: 'SCHEDULE', status: 'AMBER', message: '1 milestone overdue.' },
      { area: 'OWNERSHIP', status: 'AMBER', message: '3 open tasks without an owner.' },
      { area: 'TRAINING', status: 'AMBER', message: '2 people in Wave 1 need re-training.' },
      { area: 'RISKS', status: 'RED', message: 'Risk “Data silos” scores 20 of 25.' },
      { area: 'TRAINING', status: 'RED', message: 'Wave 1 is live with no training planned.' },
    ]);

    expect(groups.map((g) => [g.area, g.status])).toEqual([
      ['TRAINING', 'RED'],
      ['RISKS', 'RED'],
      ['SCHEDULE', 'AMBER'],
      ['OWNERSHIP', 'AMBER'],
    ]);
    expect(groups[0].reasons.map((r) => r.status)).toEqual(['RED', 'AMBER']);
    expect(groups[0].label).toBe('Training');
  });

  it('gives each colour its word and sums up what needs attention', () => {
    expect(healthView(data({ status: 'GREEN' }))).toMatchObject({ word: 'On track', summary: 'Nothing needs the sponsor’s attention.' });

    const red = healthView(
      data({
        status: 'RED',
        reasonDetails: [
          { area: 'KPIS', status: 'RED', message: 'User adoption is off track.', code: null, goLiveSlip: null, reason: message('KPI_OFF_TRACK', 'User adoption is off track.') },
          { area: 'SCHEDULE', status: 'AMBER', message: '1 milestone overdue.', code: null, goLiveSlip: null, reason: message('MILESTONES_OVERDUE', '1 milestone overdue.') },
        ],
      }),
    );
    expect(red.word).toBe('At risk');
    expect(red.summary).toBe('1 issue needs a decision now; 1 other point to watch.');
    expect(healthView(data({ status: 'AMBER' })).word).toBe('Needs attention');
  });

  it('lists KPIs worst first and the top risks highest score first', () => {
    const view = healthView(
      data({
        kpis: [
          { name: 'CSAT', status: 'ON_TRACK' },
          { name: 'Adoption', status: 'OFF_TRACK' },
          { name: 'Data accuracy', status: 'AT_RISK' },
        ],
        topRisks: [
          { title: 'Low adoption', score: 12 },
          { title: 'Data silos', score: 20 },
        ],
      }),
    );

    expect(view.kpis.map((k) => [k.name, k.label])).toEqual([
      ['Adoption', 'Off track'],
      ['Data accuracy', 'At risk'],
      ['CSAT', 'On track'],
    ]);
    expect(view.topRisks.map((r) => r.title)).toEqual(['Data silos', 'Low adoption']);
  });

  it('flags the key figures that are behind the status, and shows phases and training in words', () => {
    const view = healthView(
      data({
        overdueMilestones: 2,
        unfilledRoles: ['Trainer'],
        training: [{ waveId: 'w1', waveName: 'Wave 1', cadence: 'UNDER', sessionsInWindow: 2, gaps: 1, retrainingCount: 3 }],
      }),
    );

    expect(view.figures.filter((f) => f.attention).map((f) => f.key)).toEqual(['overdue', 'unfilled']);
    expect(view.figures.find((f) => f.key === 'unfilled')?.detail).toBe('Trainer');
    expect(view.phases.map((p) => [p.name, p.percent, p.tasks])).toEqual([
      ['Needs analysis', 100, '4 of 4 tasks done'],
      ['Process redesign', 33, '1 of 3 tasks done'],
    ]);
    expect(view.training[0].cadence).toBe('2 of 3–4 sessions — under');
    expect(view.nextMilestone).toEqual({ name: 'Processes validated', due: '30 Apr 2026', overdue: false });
  });

  it('words a wave with enough sessions but a long gap as the training badge does, not as on track', () => {
    const view = healthView(data({ training: [{ waveId: 'w1', waveName: 'Wave 1', cadence: 'GAP', sessionsInWindow: 3, gaps: 1, retrainingCount: 0 }] }));

    expect(view.training[0].cadence).toBe('3 of 3–4 sessions — gap over 30 days');
    expect(view.training[0].cadenceStatus).toBe('GAP');
  });
});
