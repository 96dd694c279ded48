import { describe, expect, it } from 'vitest';

import { INVITATIONS_PER_MINUTE, invitationIsOpen, mayInviteAgain, settledInvitationMessage } from './project-invitations';

describe('project invitations', () => {
  it('lets an owner send the twentieth invitation of the minute', () => {
    expect(mayInviteAgain(INVITATIONS_PER_MINUTE - 1)).toBe(true);
  });

  it('refuses the twenty-first invitation within a minute', () => {
    expect(mayInviteAgain(INVITATIONS_PER_MINUTE)).toBe(false);
  });

  it('lets a pending invitation be answered and no settled one', () => {
    expect(invitationIsOpen('PENDING')).toBe(true);
    expect(['ACCEPTED', 'DECLINED', 'REVOKED'].map((s) => invitationIsOpen(s as 'ACCEPTED'))).toEqual([false, false, false]);
  });

  it('tells the invitee that a withdrawn invitation was withdrawn', () => {
    expect(settledInvitationMessage('REVOKED')).toBe('This invitation was withdrawn by the project owner.');
  });
});
