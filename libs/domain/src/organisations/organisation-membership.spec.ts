import { describe, expect, it } from 'vitest';

import { emailDomainAllowed, invitationStatus, leavesNoAdmin, organisationSlug, reactivationRefusal } from './organisation-membership';
import { invitationExpiresAt, linkProblem, passwordResetExpiresAt } from './account-links';

describe('organisation membership rules', () => {
  it('reads a pending invitation past its expiry as expired, and a settled one as it was', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    expect(invitationStatus('PENDING', new Date('2026-12-02T09:59:59Z'), now)).toBe('EXPIRED');
    expect(invitationStatus('PENDING', new Date('2026-12-02T10:00:01Z'), now)).toBe('PENDING');
    expect(invitationStatus('ACCEPTED', new Date('2026-12-01T00:00:00Z'), now)).toBe('ACCEPTED');
  });

  it('refuses only the change that would remove the last active admin', () => {
    expect(leavesNoAdmin(['a'], 'a')).toBe(true);
    expect(leavesNoAdmin(['a', 'b'], 'a')).toBe(false);
    expect(leavesNoAdmin(['a'], 'b')).toBe(false);
  });

  it('reactivates only a deactivated member the admin saw as they are now', () => {
    const deactivated = { deactivatedAt: new Date('2026-12-01T09:00:00Z'), version: 3 };
    expect(reactivationRefusal(deactivated, 3)).toBeNull();
    expect(reactivationRefusal(deactivated, 2)).toBe('STALE_VERSION');
    expect(reactivationRefusal({ deactivatedAt: null, version: 3 }, 3)).toBe('NOT_DEACTIVATED');
    // A page older than the last change reloads first, even when the member is active again.
    expect(reactivationRefusal({ deactivatedAt: null, version: 4 }, 3)).toBe('STALE_VERSION');
  });

  it('makes a sign-in address from any organisation name', () => {
    expect(organisationSlug('Acme Europe B.V.')).toBe('acme-europe-b-v');
    expect(organisationSlug('Società Énergie')).toBe('societa-energie');
    expect(organisationSlug('!!!')).toBe('organisation');
  });

  it('admits single sign-on emails only from an allowed domain, ignoring case', () => {
    expect(emailDomainAllowed('Ada@Acme.com', ['acme.com'])).toBe(true);
    expect(emailDomainAllowed('ada@eu.acme.com', ['acme.com'])).toBe(false);
    expect(emailDomainAllowed('ada@acme.com.evil.test', ['acme.com'])).toBe(false);
  });

  it('keeps an invitation for 7 days and a reset link for 15 minutes, and says why a link is dead', () => {
    const from = new Date('2026-12-02T10:00:00Z');
    expect(invitationExpiresAt(from).toISOString()).toBe('2026-12-09T10:00:00.000Z');
    expect(passwordResetExpiresAt(from).toISOString()).toBe('2026-12-02T10:15:00.000Z');
    expect(linkProblem({ usedAt: null, expiresAt: new Date('2026-12-02T10:15:00Z') }, new Date('2026-12-02T10:15:00Z'))).toBe('LINK_EXPIRED');
    expect(linkProblem({ usedAt: from, expiresAt: new Date('2026-12-03T00:00:00Z') }, from)).toBe('LINK_USED');
    expect(linkProblem({ usedAt: null, expiresAt: new Date('2026-12-03T00:00:00Z') }, from)).toBeUndefined();
  });
});
