/** How many invitations one account may send in a minute before the next is refused. */
export const INVITATIONS_PER_MINUTE = 20;

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'REVOKED';

/**
 * Whether an account that has sent `sentInLastMinute` invitations may send one more. The limit
 * stops anyone from probing many addresses quickly, even though every answer already looks alike.
 */
export function mayInviteAgain(sentInLastMinute: number): boolean {
  return sentInLastMinute < INVITATIONS_PER_MINUTE;
}

/** Only a pending invitation can be accepted, declined or revoked; the others are settled. */
export function invitationIsOpen(status: InvitationStatus): boolean {
  return status === 'PENDING';
}

/** What the invitee or the owner reads when an invitation was already settled. */
export function settledInvitationMessage(status: InvitationStatus): string {
  switch (status) {
    case 'ACCEPTED':
      return 'This invitation was already accepted.';
    case 'DECLINED':
      return 'This invitation was declined.';
    case 'REVOKED':
      return 'This invitation was withdrawn by the project owner.';
    default:
      return 'This invitation is still open.';
  }
}
