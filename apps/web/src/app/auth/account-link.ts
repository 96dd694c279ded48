import { errorWithCode, hasErrorCode } from '../shared/graphql/graphql-errors';

/**
 * The sentence for a mailed link the API refused, or null when the refusal was about something
 * else (a weak password, say) and belongs at a field.
 */
export function refusedLinkMessage(error: unknown): string | null {
  if (hasErrorCode(error, 'NOT_FOUND')) return 'This link is not valid. Check that you copied all of it.';
  const state = errorWithCode(error, 'INVALID_STATE')?.extensions?.['state'];
  switch (state) {
    case 'LINK_EXPIRED':
      return 'This link has expired.';
    case 'LINK_USED':
      return 'This link has already been used.';
    case 'INVITATION_REVOKED':
      return 'This invitation was withdrawn by an administrator.';
    case 'ALREADY_MEMBER':
      return 'An account with this email already exists. Sign in, or reset your password if you forgot it.';
    default:
      return null;
  }
}
