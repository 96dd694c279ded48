import { describe, expect, it } from 'vitest';

import { primaryHolder, roleNotices } from './role-notices';

describe('roleNotices', () => {
  it('a first holder is given the role as its primary holder', () => {
    expect(roleNotices([], [{ personId: 'ann', primary: true }], 'pm')).toEqual([{ personId: 'ann', kind: 'ROLE_GIVEN', change: 'GIVEN', primary: true }]);
  });

  it('a new primary holder is given the role and the one stepping back hears that they are no longer primary', () => {
    expect(roleNotices([{ personId: 'ann', primary: true }], [{ personId: 'ann', primary: false }, { personId: 'bob', primary: true }], 'pm')).toEqual([
      { personId: 'ann', kind: 'ROLE_TAKEN', change: 'NO_LONGER_PRIMARY', primary: false },
      { personId: 'bob', kind: 'ROLE_GIVEN', change: 'GIVEN', primary: true },
    ]);
  });

  it('someone removed from the role is told it was taken from them', () => {
    expect(roleNotices([{ personId: 'ann', primary: true }, { personId: 'bob', primary: false }], [{ personId: 'bob', primary: false }], 'pm')).toEqual([
      { personId: 'ann', kind: 'ROLE_TAKEN', change: 'TAKEN', primary: false },
    ]);
  });

  it('a holder made primary is told so', () => {
    expect(roleNotices([{ personId: 'bob', primary: false }], [{ personId: 'bob', primary: true }], 'pm')).toEqual([
      { personId: 'bob', kind: 'ROLE_GIVEN', change: 'MADE_PRIMARY', primary: true },
    ]);
  });

  it('a change of allocation alone tells nobody', () => {
    expect(roleNotices([{ personId: 'bob', primary: true }], [{ personId: 'bob', primary: true }], 'pm')).toEqual([]);
  });

  it('whoever made the change is not told of it', () => {
    expect(roleNotices([], [{ personId: 'pm', primary: true }], 'pm')).toEqual([]);
  });

  it('the primary holder is the one marked primary, or nobody', () => {
    expect(primaryHolder([{ personId: 'a', primary: false }, { personId: 'b', primary: true }])).toBe('b');
    expect(primaryHolder([{ personId: 'a', primary: false }])).toBeNull();
  });
});
