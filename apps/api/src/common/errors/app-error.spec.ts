import { HttpException } from '@nestjs/common';
import { GraphQLError } from 'graphql';

import { isMessageCode } from '@crm/domain';

import {
  AppError,
  badUserInput,
  conflict,
  dependencyBlocked,
  ErrorCode,
  fieldProblem,
  forbidden,
  gateBlocked,
  GENERIC_REASON,
  invalidState,
  notFound,
  serviceUnavailable,
  statementTimedOut,
  tooBusyToApply,
  tooManyRequests,
  unauthenticated,
} from './app-error';
import { formatGraphQLError } from './format-error';

/** What a client receives for `error`, through the API's last word on errors. */
function sent(error: GraphQLError) {
  return formatGraphQLError({ message: error.message, extensions: error.extensions }, error);
}

function expectCodedParams(extensions: Record<string, unknown> | undefined) {
  const params = extensions?.['params'] as Record<string, unknown> | undefined;
  expect(params).toEqual(expect.any(Object));
  expect(Array.isArray(params)).toBe(false);
  expect(isMessageCode(params?.['reason'])).toBe(true);
}

describe('every error carries params with a reason the catalogue words', () => {
  const helpers: Record<string, () => GraphQLError> = {
    badUserInput: () => badUserInput([{ field: 'title', message: 'Title is required.' }]),
    'badUserInput with no field': () => badUserInput([]),
    notFound: () => notFound('This task'),
    forbidden: () => forbidden(),
    conflict: () => conflict('This task'),
    unauthenticated: () => unauthenticated(),
    gateBlocked: () => gateBlocked('Design cannot be completed yet:', ['Task not done: Map the process']),
    invalidState: () => invalidState('This phase is already completed.', 'COMPLETED'),
    dependencyBlocked: () => dependencyBlocked('“Go live” cannot start while it waits for tasks that are not done:', [{ id: 't1', title: 'Test' }]),
    tooManyRequests: () => tooManyRequests('Too many invitations.'),
    serviceUnavailable: () => serviceUnavailable(),
    tooBusyToApply: () => tooBusyToApply(),
    statementTimedOut: () => statementTimedOut(),
  };

  it.each(Object.keys(helpers))('%s', (name) => {
    const error = helpers[name]();
    expectCodedParams(error.extensions);
    expectCodedParams(sent(error).extensions);
  });

  it('gives an error of every code its generic reason when the site names none', () => {
    for (const code of Object.values(ErrorCode)) {
      const error = new AppError(code, 'Something.');
      expect((error.extensions['params'] as { reason: string }).reason).toBe(GENERIC_REASON[code]);
      expectCodedParams(sent(error).extensions);
    }
  });

  it('keeps the reason and the values a site names, and fills in the code and field of each field problem', () => {
    const error = badUserInput([fieldProblem('name', 'BASELINE_NAME_TAKEN'), { field: 'title', message: 'Title is required.', code: 'REQUIRED' }]);
    expect(error.message).toBe('name: A baseline of that name exists. title: Title is required.');
    expect(error.extensions['params']).toEqual({ reason: 'BASELINE_NAME_TAKEN', field: 'name' });
    expect(error.extensions['fields']).toEqual([
      { field: 'name', message: 'A baseline of that name exists.', code: 'BASELINE_NAME_TAKEN', params: { field: 'name' } },
      { field: 'title', message: 'Title is required.', code: 'REQUIRED', params: { field: 'title' } },
    ]);
  });

  it('answers errors of graphql-js, Nest and unexpected faults with params too', () => {
    const validation = formatGraphQLError({ message: 'Cannot query field "nope".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError('x'));
    expect(validation.extensions?.['params']).toEqual({ reason: 'REQUEST_INVALID' });
    const http = formatGraphQLError({ message: 'Too many', extensions: {} }, { originalError: new HttpException('Too many', 429) });
    expect(http.extensions).toEqual({ code: 'TOO_MANY_REQUESTS', params: { reason: 'TOO_MANY_ATTEMPTS' } });
    const fault = formatGraphQLError({ message: 'boom', extensions: {} }, { originalError: new Error('boom') });
    expect(fault.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', params: { reason: 'INTERNAL_ERROR' } });
  });
});
