/** What a member may do in a program; OWNER includes EDITOR, EDITOR includes VIEWER. */
export type MemberPermission = 'OWNER' | 'EDITOR' | 'VIEWER';

/** A change to one member of a program, as the caller asks for it. */
export interface MembershipChange {
  actor: { userId: string; permission: MemberPermission };
  target: { userId: string; permission: MemberPermission };
  /** The member's new permission, or null to remove them from the program. */
  to: MemberPermission | null;
  /** How many owners the program has now, the target included when they are one. */
  ownerCount: number;
}

/**
 * Why a membership change is refused. FORBIDDEN: only owners change other members (or anyone's
 * permission). LAST_OWNER: the change would leave the program without an owner, so nobody could
 * share, archive or hand it over any more.
 */
export interface MembershipRefusal {
  reason: 'FORBIDDEN' | 'LAST_OWNER';
  message: string;
}

export const ONLY_OWNERS_MANAGE_MEMBERS = 'Only an owner of this program can change its members.';
export const LAST_OWNER_LEAVING = 'You are the last owner of this program. Make another member an owner before you leave or step down.';
export const LAST_OWNER_REMOVED = 'This is the last owner of the program. Make another member an owner first.';

/**
 * Whether the change may go ahead: null when it may, otherwise why not. Any member may leave
 * (remove themselves); everything else is for owners. Ownership is handed over by making another
 * member OWNER, then stepping down, so a program always keeps at least one owner.
 */
export function membershipChangeRefusal(change: MembershipChange): MembershipRefusal | null {
  const leaving = change.to === null && change.actor.userId === change.target.userId;
  if (!leaving && change.actor.permission !== 'OWNER') return { reason: 'FORBIDDEN', message: ONLY_OWNERS_MANAGE_MEMBERS };
  const losesOwnership = change.target.permission === 'OWNER' && change.to !== 'OWNER';
  if (losesOwnership && change.ownerCount <= 1) {
    return { reason: 'LAST_OWNER', message: change.actor.userId === change.target.userId ? LAST_OWNER_LEAVING : LAST_OWNER_REMOVED };
  }
  return null;
}
