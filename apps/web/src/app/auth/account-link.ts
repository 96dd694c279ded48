import { errorWithCode, hasErrorCode } from '../shared/graphql/graphql-errors';

/** A mailed link with no token, or one the API does not know. */
export function linkNotValidMessage(): string {
  return $localize`:@@auth.link.notValid:This link is not valid. Check that you copied all of it.`;
}

/**
 * The sentence for a mailed link the API refused, or null when the refusal was about something
 * else (a weak password, say) and belongs at a field.
 */
export function refusedLinkMessage(error: unknown): string | null {
  if (hasErrorCode(error, 'NOT_FOUND')) return linkNotValidMessage();
  const state = errorWithCode(error, 'INVALID_STATE')?.extensions?.['state'];
  switch (state) {
    case 'LINK_EXPIRED':
      return $localize`:@@auth.link.expired:This link has expired.`;
    case 'LINK_USED':
      return $localize`:@@auth.link.used:This link has already been used.`;
    case 'INVITATION_REVOKED':
      return $localize`:@@auth.link.invitationRevoked:This invitation was withdrawn by an administrator.`;
    case 'ALREADY_MEMBER':
      return $localize`:@@auth.link.alreadyMember:An account with this email already exists. Sign in, or reset your password if you forgot it.`;
    default:
      return null;
  }
}
