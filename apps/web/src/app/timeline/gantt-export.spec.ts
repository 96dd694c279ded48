import { describe, expect, it } from 'vitest';

import { exportFileName, fitInto } from './gantt-export';

describe('the exported file', () => {
  it('is named after the program and the day', () => {
    expect(exportFileName('Nordics CRM rollout', '2026-03-12', 'png')).toBe('nordics-crm-rollout-timeline-2026-03-12.png');
    expect(exportFileName('Übergang & Go-live 2026!', '2026-03-12', 'pdf')).toBe('ubergang-go-live-2026-timeline-2026-03-12.pdf');
  });

  it('still has a name when the program’s has no letters to use', () => {
    expect(exportFileName('***', '2026-03-12', 'pdf')).toBe('program-timeline-2026-03-12.pdf');
  });

  it('fits a wide picture into the page keeping its proportions', () => {
    expect(fitInto({ width: 4000, height: 1000 }, { width: 400, height: 260 })).toEqual({ width: 400, height: 100 });
    expect(fitInto({ width: 1000, height: 1000 }, { width: 400, height: 260 })).toEqual({ width: 260, height: 260 });
  });
});
