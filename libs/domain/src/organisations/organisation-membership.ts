export type OrganisationRole = 'ADMIN' | 'MEMBER';

/** A stored PENDING invitation past its expiry reads as EXPIRED; nothing has to sweep it. */
export type StoredInvitationStatus = 'PENDING' | 'ACCEPTED' | 'REVOKED';
export type OrganisationInvitationStatus = StoredInvitationStatus | 'EXPIRED';

export function invitationStatus(stored: StoredInvitationStatus, expiresAt: Date, now: Date): OrganisationInvitationStatus {
  return stored === 'PENDING' && expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : stored;
}

/**
 * Whether a change leaves the organisation without an active admin: demoting or deactivating
 * the last one would lock everyone out of members, invitations and single sign-on.
 */
export function leavesNoAdmin(activeAdminIds: readonly string[], changedUserId: string): boolean {
  return activeAdminIds.length === 1 && activeAdminIds[0] === changedUserId;
}

/** Why a member cannot be reactivated: their page was stale, or they were never deactivated. */
export type ReactivationRefusal = 'STALE_VERSION' | 'NOT_DEACTIVATED';

/**
 * Reactivation is asked of what the admin saw: a member changed since (reactivated, deactivated
 * again) is a stale view to reload first; an active member has nothing to reactivate.
 */
export function reactivationRefusal(member: { deactivatedAt: Date | null; version: number }, seenVersion: number): ReactivationRefusal | null {
  if (member.version !== seenVersion) return 'STALE_VERSION';
  if (member.deactivatedAt === null) return 'NOT_DEACTIVATED';
  return null;
}

/** A URL-safe name for the organisation's sign-in address: "Acme Europe B.V." → "acme-europe-b-v". */
export function organisationSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return slug || 'organisation';
}

/** The domain part of an email, lower case. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase();
}

/** Single sign-on admits an email only from a domain the admin allowed; subdomains are not implied. */
export function emailDomainAllowed(email: string, allowedDomains: readonly string[]): boolean {
  const domain = emailDomain(email);
  return allowedDomains.some((allowed) => allowed.trim().toLowerCase() === domain);
}
