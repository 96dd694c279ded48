import { ApolloLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

import { hasErrorCode } from '../shared/graphql/graphql-errors';

/** Operations that are allowed to answer UNAUTHENTICATED without ending the session (wrong password). */
const SIGN_IN_OPERATIONS = new Set(['SignIn', 'SignUp']);

/** Sends `Authorization: Bearer <token>` whenever there is a token. */
export function bearerTokenLink(token: () => string | null): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const current = token();
    if (current) {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, Authorization: `Bearer ${current}` },
      }));
    }
    return forward(operation);
  });
}

/** Calls `onSessionExpired` when the API no longer accepts the token for an ordinary operation. */
export function sessionExpiryLink(onSessionExpired: () => void): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (SIGN_IN_OPERATIONS.has(operation.operationName ?? '')) return;
    if (hasErrorCode(error, 'UNAUTHENTICATED')) onSessionExpired();
  });
}
