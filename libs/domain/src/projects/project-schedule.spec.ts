import { describe, expect, it } from 'vitest';

import { isIsoDate, projectScheduleProblems } from './project-schedule';

describe('project schedule', () => {
  it('accepts a go-live after the start date', () => {
    expect(projectScheduleProblems('2026-01-05', '2026-06-30')).toEqual([]);
  });

  it('rejects a go-live on the start date', () => {
    expect(projectScheduleProblems('2026-01-05', '2026-01-05')).toEqual([
      { field: 'targetGoLiveDate', code: 'GO_LIVE_NOT_AFTER_START', params: {} },
    ]);
  });

  it('rejects a go-live before the start date', () => {
    expect(projectScheduleProblems('2026-03-01', '2026-02-01')[0]?.field).toBe('targetGoLiveDate');
  });

  it('names each date that is not a real calendar day', () => {
    const fields = projectScheduleProblems('2026-02-30', 'soon').map((p) => p.field);
    expect(fields).toEqual(['startDate', 'targetGoLiveDate']);
  });

  it('knows leap days', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
  });
});
