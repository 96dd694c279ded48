import { describe, expect, it } from 'vitest';

import { INVITATIONS_PER_MINUTE, mayInviteAgain } from './invitation-limits';

describe('invitation limits', () => {
  it('lets an admin or owner send the twentieth invitation of the minute', () => {
    expect(mayInviteAgain(INVITATIONS_PER_MINUTE - 1)).toBe(true);
  });

  it('refuses the twenty-first invitation within a minute', () => {
    expect(mayInviteAgain(INVITATIONS_PER_MINUTE)).toBe(false);
  });
});
