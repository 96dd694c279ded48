/** Someone's hold on one role of a program. */
export interface RoleHolding {
  personId: string;
  primary: boolean;
}

export type RoleChange = 'GIVEN' | 'TAKEN' | 'MADE_PRIMARY' | 'NO_LONGER_PRIMARY';

export interface RoleNotice {
  personId: string;
  kind: 'ROLE_GIVEN' | 'ROLE_TAKEN';
  change: RoleChange;
  /** Whether the person is the role's primary holder after the change. */
  primary: boolean;
}

/**
 * Who is told about a change to a role's holders: whoever starts holding it (ROLE_GIVEN), whoever
 * stops (ROLE_TAKEN), and a holder who becomes the primary one (ROLE_GIVEN) or steps back from it
 * (ROLE_TAKEN), since the tasks that follow the role go with the primary holder. The person who
 * made the change is not told of it.
 */
export function roleNotices(before: readonly RoleHolding[], after: readonly RoleHolding[], actorPersonId: string | null): RoleNotice[] {
  const was = new Map(before.map((h) => [h.personId, h]));
  const now = new Map(after.map((h) => [h.personId, h]));
  const notices: RoleNotice[] = [];
  for (const holding of after) {
    const previous = was.get(holding.personId);
    if (!previous) notices.push({ personId: holding.personId, kind: 'ROLE_GIVEN', change: 'GIVEN', primary: holding.primary });
    else if (holding.primary && !previous.primary) notices.push({ personId: holding.personId, kind: 'ROLE_GIVEN', change: 'MADE_PRIMARY', primary: true });
    else if (!holding.primary && previous.primary) notices.push({ personId: holding.personId, kind: 'ROLE_TAKEN', change: 'NO_LONGER_PRIMARY', primary: false });
  }
  for (const holding of before) {
    if (!now.has(holding.personId)) notices.push({ personId: holding.personId, kind: 'ROLE_TAKEN', change: 'TAKEN', primary: false });
  }
  return notices.filter((n) => n.personId !== actorPersonId);
}

/** The primary holder in a list of holdings, or null. */
export function primaryHolder(holdings: readonly RoleHolding[]): string | null {
  return holdings.find((h) => h.primary)?.personId ?? null;
}
