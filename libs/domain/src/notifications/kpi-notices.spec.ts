import { describe, expect, it } from 'vitest';

import { assessKpi } from '../kpis/kpi-status';
import { kpiTurnedOffTrack } from './kpi-notices';

describe('kpiTurnedOffTrack', () => {
  it('from at risk to off track is news', () => {
    expect(kpiTurnedOffTrack('AT_RISK', 'OFF_TRACK')).toBe(true);
  });

  it('a first measurement already off track is news', () => {
    expect(kpiTurnedOffTrack('NO_DATA', 'OFF_TRACK')).toBe(true);
  });

  it('staying off track is not news again', () => {
    expect(kpiTurnedOffTrack('OFF_TRACK', 'OFF_TRACK')).toBe(false);
  });

  it('getting better is not this notice', () => {
    expect(kpiTurnedOffTrack('OFF_TRACK', 'AT_RISK')).toBe(false);
    expect(kpiTurnedOffTrack('AT_RISK', 'ON_TRACK')).toBe(false);
  });

  it('a measurement below the baseline of an UP KPI turns it off track', () => {
    const kpi = { baseline: 50, target: 80, direction: 'UP' as const };
    const before = assessKpi(kpi, [{ at: '2027-01-01', value: 60 }]).status;
    const after = assessKpi(kpi, [{ at: '2027-01-01', value: 60 }, { at: '2027-02-01', value: 40 }]).status;
    expect(kpiTurnedOffTrack(before, after)).toBe(true);
  });
});
