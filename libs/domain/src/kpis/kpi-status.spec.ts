import { describe, expect, it } from 'vitest';

import { assessKpi } from './kpi-status';

const adoption = { baseline: 20, target: 80, direction: 'UP' as const };
const m = (at: string, value: number) => ({ at, value });

describe('assessKpi', () => {
  it('has no status before the first measurement', () => {
    expect(assessKpi(adoption, []).status).toBe('NO_DATA');
  });

  it('is on track once the target is met, even if the last step went down', () => {
    expect(assessKpi(adoption, [m('2027-01-01', 90), m('2027-02-01', 82)])).toMatchObject({ status: 'ON_TRACK', trend: 'WORSENING' });
  });

  it('is off track when worse than the baseline', () => {
    expect(assessKpi(adoption, [m('2027-01-01', 18)]).status).toBe('OFF_TRACK');
  });

  it('is on track when halfway there and improving', () => {
    expect(assessKpi(adoption, [m('2027-01-01', 40), m('2027-02-01', 50)])).toMatchObject({ status: 'ON_TRACK', progress: 0.5 });
  });

  it('is at risk when improving but less than halfway', () => {
    expect(assessKpi(adoption, [m('2027-01-01', 25), m('2027-02-01', 30)]).status).toBe('AT_RISK');
  });

  it('is off track when less than halfway and getting worse', () => {
    expect(assessKpi(adoption, [m('2027-01-01', 40), m('2027-02-01', 35)]).status).toBe('OFF_TRACK');
  });

  it('reads "down is good" KPIs the other way round', () => {
    const duplicates = { baseline: 12, target: 2, direction: 'DOWN' as const };
    expect(assessKpi(duplicates, [m('2027-01-01', 8), m('2027-02-01', 6)])).toMatchObject({ status: 'ON_TRACK', trend: 'IMPROVING', progress: 0.6 });
    expect(assessKpi(duplicates, [m('2027-01-01', 14)]).status).toBe('OFF_TRACK');
  });

  it('uses the first measurement as the baseline when none was recorded', () => {
    expect(assessKpi({ baseline: null, target: 100, direction: 'UP' }, [m('2027-01-01', 50), m('2027-02-01', 45)]).status).toBe('OFF_TRACK');
  });
});
