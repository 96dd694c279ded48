import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describe, expect, it } from 'vitest';

import { fieldErrorsOf, hasErrorCode, UNREACHABLE_SERVER_MESSAGE, userMessageOf } from './graphql-errors';

const emailTaken = {
  message: 'email: An account with this email already exists. Sign in instead.',
  extensions: {
    code: 'BAD_USER_INPUT',
    fields: [{ field: 'email', message: 'An account with this email already exists. Sign in instead.' }],
  },
};

describe('graphql errors', () => {
  it('reads field errors from a GraphQL error response', () => {
    const error = new CombinedGraphQLErrors({ data: null, errors: [emailTaken] });

    expect(fieldErrorsOf(error)).toEqual([
      { field: 'email', message: 'An account with this email already exists. Sign in instead.' },
    ]);
    expect(hasErrorCode(error, 'BAD_USER_INPUT')).toBe(true);
  });

  it('reads errors from the body of a request the API rejected with a 4xx status', () => {
    const response = new Response(null, { status: 400 });
    const error = new ServerError('Response not successful', { response, bodyText: JSON.stringify({ errors: [emailTaken] }) });

    expect(fieldErrorsOf(error).map((f) => f.field)).toEqual(['email']);
  });

  it('explains a failed connection in plain words', () => {
    expect(userMessageOf(new TypeError('Failed to fetch'))).toBe(UNREACHABLE_SERVER_MESSAGE);
  });

  it('uses the field messages, not the technical summary, when a BAD_USER_INPUT reaches the banner', () => {
    const error = new CombinedGraphQLErrors({ data: null, errors: [emailTaken] });
    expect(userMessageOf(error)).toBe('An account with this email already exists. Sign in instead.');
  });
});
