/** How many invitations one account may send in a minute before the next is refused. */
export const INVITATIONS_PER_MINUTE = 20;

/**
 * Whether an account that has sent `sentInLastMinute` invitations may send one more. The limit
 * stops anyone from probing many addresses quickly, even though every answer already looks alike.
 */
export function mayInviteAgain(sentInLastMinute: number): boolean {
  return sentInLastMinute < INVITATIONS_PER_MINUTE;
}
