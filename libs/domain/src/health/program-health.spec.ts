import { describe, expect, it } from 'vitest';

import { HealthInputs, programHealth } from './program-health';

const calm: HealthInputs = {
  overdueMilestones: [],
  unownedOpenTasks: 0,
  unownedCriticalTasks: 0,
  unfilledRoles: [],
  overAllocatedPeople: [],
  liveWaves: [{ name: 'Wave 1', cadence: 'ON_TRACK', gaps: 0, retrainingCount: 0 }],
  kpis: [{ name: 'User adoption', status: 'ON_TRACK' }],
  openRisks: [{ title: 'Resistance to change', score: 12 }],
};

describe('programHealth', () => {
  it('is green with no reasons when nothing needs attention', () => {
    expect(programHealth(calm)).toEqual({ status: 'GREEN', reasons: [] });
  });

  it('a milestone 13 days late is amber, 14 days late is red', () => {
    expect(programHealth({ ...calm, overdueMilestones: [{ name: 'Go-live', daysLate: 13 }] }).status).toBe('AMBER');
    expect(programHealth({ ...calm, overdueMilestones: [{ name: 'Go-live', daysLate: 14 }] }).status).toBe('RED');
  });

  it('a message of the communications plan a few days late is amber, two weeks late is red, and says which', () => {
    const late = programHealth({
      ...calm,
      overdueCommunications: [
        { title: 'Tips from the first week', waveName: 'Wave 1', daysLate: 2 },
        { title: 'The new CRM is coming', waveName: 'Wave 2', daysLate: 5 },
      ],
    });
    expect(late).toEqual({
      status: 'AMBER',
      reasons: [
        {
          area: 'COMMUNICATIONS',
          status: 'AMBER',
          message: '2 planned messages not sent on time; “The new CRM is coming” for Wave 2 is furthest behind, 5 days late.',
          reason: { code: 'COMMUNICATIONS_OVERDUE', params: { count: 2, title: 'The new CRM is coming', wave: 'Wave 2', days: 5 } },
        },
      ],
    });
    expect(programHealth({ ...calm, overdueCommunications: [{ title: 'Go-live day: start here', waveName: 'Wave 1', daysLate: 14 }] }).status).toBe('RED');
  });

  it('a live wave with two sessions is amber, with none is red', () => {
    expect(programHealth({ ...calm, liveWaves: [{ name: 'Wave 1', cadence: 'UNDER', gaps: 0, retrainingCount: 0 }] }).status).toBe('AMBER');
    expect(programHealth({ ...calm, liveWaves: [{ name: 'Wave 1', cadence: 'NOT_PLANNED', gaps: 1, retrainingCount: 0 }] }).status).toBe('RED');
  });

  it('an off-track KPI is red, an at-risk one amber', () => {
    expect(programHealth({ ...calm, kpis: [{ name: 'User adoption', status: 'AT_RISK' }] }).status).toBe('AMBER');
    expect(programHealth({ ...calm, kpis: [{ name: 'User adoption', status: 'OFF_TRACK' }] }).status).toBe('RED');
  });

  it('a risk scoring 15 is amber and 20 is red', () => {
    expect(programHealth({ ...calm, openRisks: [{ title: 'Data silos', score: 15 }] }).status).toBe('AMBER');
    expect(programHealth({ ...calm, openRisks: [{ title: 'Data silos', score: 20 }] }).status).toBe('RED');
  });

  it('lists every reason, red ones first, in words a sponsor understands', () => {
    const result = programHealth({
      ...calm,
      unownedOpenTasks: 3,
      unfilledRoles: ['Data steward'],
      kpis: [{ name: 'Data accuracy', status: 'OFF_TRACK' }],
      liveWaves: [{ name: 'Nordics', cadence: 'ON_TRACK', gaps: 0, retrainingCount: 4 }],
    });
    expect(result.status).toBe('RED');
    expect(result.reasons.map((r) => r.message)).toEqual([
      'Data accuracy is off track.',
      '3 open tasks without an owner.',
      'Nobody holds the role Data steward.',
      '4 people in Nordics need re-training.',
    ]);
  });
});

describe('programHealth and the go-live forecast', () => {
  const tasks = [
    { id: 't1', title: 'Build the integration' },
    { id: 't2', title: 'Test the integration' },
    { id: 't3', title: 'Train the key users' },
  ];
  const slipping = {
    verdict: 'SLIPPING' as const,
    forecastDate: '2027-05-10',
    latest: '2027-05-14',
    targetDate: '2027-04-30',
    slipDays: 6,
    latestSlipDays: 10,
    drivers: tasks,
    moreDrivers: 2,
    paceWeeks: 4,
  };

  it('a forecast past the target go-live is red, names the dates, the slip and the driving tasks', () => {
    const health = programHealth({ ...calm, goLiveSlip: slipping });
    expect(health.status).toBe('RED');
    expect(health.reasons).toEqual([
      {
        area: 'SCHEDULE',
        status: 'RED',
        code: 'GO_LIVE_FORECAST_SLIP',
        goLiveSlip: slipping,
        reason: expect.objectContaining({ code: 'GO_LIVE_FORECAST_SLIP', params: expect.objectContaining({ verdict: 'SLIPPING', driver1: 'Build the integration', moreDrivers: 2 }) }),
        message:
          'At the pace of the last 4 weeks the go-live lands on 2027-05-10, 6 working days after the target of 2027-04-30; driven by “Build the integration”, “Test the integration”, “Train the key users” and 2 more tasks.',
      },
    ]);
  });

  it('a forecast that fits only at the average pace is amber', () => {
    const atRisk = { ...slipping, verdict: 'AT_RISK' as const, forecastDate: '2027-04-28', slipDays: 0, drivers: tasks.slice(0, 2), moreDrivers: 0 };
    const health = programHealth({ ...calm, goLiveSlip: atRisk });
    expect(health.status).toBe('AMBER');
    expect(health.reasons[0].message).toBe(
      'At the pace of the last 4 weeks the go-live lands on 2027-04-28, within the target of 2027-04-30, but at the slowest week’s pace it would pass it by 10 working days; driven by “Build the integration” and “Test the integration”.',
    );
  });

  it('an open slow end says a week finished nothing', () => {
    const open = { ...slipping, verdict: 'AT_RISK' as const, forecastDate: '2027-04-28', latest: null, slipDays: 0, latestSlipDays: null, drivers: tasks.slice(0, 1), moreDrivers: 0 };
    expect(programHealth({ ...calm, goLiveSlip: open }).reasons[0].message).toContain('but one of those weeks finished nothing, so at its pace the work would not end; driven by “Build the integration”.');
  });

  it('no warning (on track, or no pace to forecast from yet) adds no reason', () => {
    expect(programHealth({ ...calm, goLiveSlip: null })).toEqual({ status: 'GREEN', reasons: [] });
  });
});
