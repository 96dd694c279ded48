import { describe, expect, it } from 'vitest';

import { importSummary, ratioText, USAGE_FORMAT_OPTIONS, usageFileProblem } from './adoption-text';

describe('adoption text', () => {
  it('offers the four formats, each with where to download the file', () => {
    expect(USAGE_FORMAT_OPTIONS.map((o) => o.value)).toEqual(['SALESFORCE', 'DYNAMICS', 'HUBSPOT', 'GENERIC']);
    expect(USAGE_FORMAT_OPTIONS[0].hint).toContain('Login History');
  });

  it('shows a ratio as a whole percentage, and a dash without licensed users', () => {
    expect(ratioText(2 / 3)).toBe('67 %');
    expect(ratioText(null)).toBe('–');
  });

  it('sums up an import with what it skipped, added, put on the list and measured', () => {
    expect(importSummary({ imported: 3, rowCount: 5, matchedCount: 3, unmatchedCount: 1, ignoredCount: 1, retrainingAdded: 2, adoptionMeasured: 75 })).toEqual([
      'Read 5 rows: 3 rows matched people.',
      '1 row records no use (failed logins, no activity) and was skipped.',
      '3 days of use added.',
      '2 people put on the re-training list for not using the CRM.',
      'User adoption measured at 75 %.',
    ]);
  });

  it('says so when a file brings nothing new', () => {
    expect(importSummary({ imported: 0, rowCount: 1, matchedCount: 1, unmatchedCount: 0, ignoredCount: 0, retrainingAdded: 0, adoptionMeasured: null })).toEqual([
      'Read 1 row: 1 row matched a person.',
      'Nothing new: every day of use in this file was imported before.',
    ]);
  });

  it('refuses empty and oversized files before sending them', () => {
    expect(usageFileProblem({ name: 'a.csv', size: 0 }, 900_000)).toContain('empty');
    expect(usageFileProblem({ name: 'a.csv', size: 900_001 }, 900_000)).toContain('too large');
    expect(usageFileProblem({ name: 'a.csv', size: 10 }, 900_000)).toBeNull();
  });
});
