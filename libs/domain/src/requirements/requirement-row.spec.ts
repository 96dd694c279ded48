import { describe, expect, it } from 'vitest';

import { parseRequirementRow } from './requirement-row';

describe('parseRequirementRow', () => {
  it('accepts a row in any letter case and defaults the status to CAPTURED', () => {
    expect(parseRequirementRow({ title: ' Quote approval ', department: 'sales', priority: 'Must', stakeholder_email: 'A@B.io' })).toEqual({
      ok: true,
      value: {
        title: 'Quote approval',
        description: '',
        department: 'SALES',
        priority: 'MUST',
        status: 'CAPTURED',
        stakeholderEmail: 'a@b.io',
        gapNote: '',
      },
    });
  });

  it('names every problem of a bad row', () => {
    const result = parseRequirementRow({ title: '', department: 'Legal', priority: 'urgent', stakeholder_email: 'nobody' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { code: 'CELL_REQUIRED', params: { table: 'requirements', column: 'title' } },
      { code: 'CELL_NOT_ONE_OF', params: { table: 'requirements', column: 'department', choices: 'SALES, MARKETING, FINANCE, SERVICE, IT, MANAGEMENT, CUSTOMER', given: 'Legal' } },
      { code: 'CELL_NOT_ONE_OF', params: { table: 'requirements', column: 'priority', choices: 'MUST, SHOULD, COULD, WONT', given: 'urgent' } },
      { code: 'CELL_NOT_AN_EMAIL', params: { table: 'requirements', column: 'stakeholder_email', value: 'nobody' } },
    ]);
  });

  it('requires a priority rather than guessing one', () => {
    const result = parseRequirementRow({ title: 'x', department: 'IT' });
    expect(!result.ok && result.problems).toEqual([{ code: 'CELL_NOT_ONE_OF', params: { table: 'requirements', column: 'priority', choices: 'MUST, SHOULD, COULD, WONT', given: '' } }]);
  });
});
