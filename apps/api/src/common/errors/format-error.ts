import { HttpException, Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';

import { constraintViolationAnswer } from '../database/constraint-errors';
import { databaseAnswer } from './database-outage.filter';
import { ErrorCode, genericReasonOf } from './app-error';

const logger = new Logger('GraphQL');

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.TOO_MANY_REQUESTS,
};

/** Codes produced by Apollo itself for requests that never reached a resolver. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

const APOLLO_HASH_MISMATCH = 'provided sha does not match query';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

function originalOf(error: unknown): unknown {
  return (error as { originalError?: unknown } | undefined)?.originalError;
}

/**
 * Every error leaves with `extensions.params`, an object holding at least `reason`: errors of ours
 * bring theirs, Apollo's and graphql-js's own get the generic reason of their code.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const answer = answerFor(formatted, error);
  const extensions = answer.extensions ?? {};
  const params = extensions['params'];
  if (params && typeof params === 'object' && !Array.isArray(params) && typeof (params as { reason?: unknown }).reason === 'string') return answer;
  const reason = genericReasonOf(String(extensions['code'] ?? ''));
  return { ...answer, extensions: { ...extensions, params: { ...(params && typeof params === 'object' ? params : {}), reason } } };
}

/**
 * The last word on what a client sees: every error leaves with a code, and anything we did not
 * anticipate is logged here and reaches the client without its message or stack.
 */
function answerFor(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.['code'] ?? '');
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { message: formatted.message, path: formatted.path, extensions };
  }
  if (REQUEST_CODES.has(code)) return { message: formatted.message, locations: formatted.locations, extensions };
  // Apollo answers this one with HTTP 400 but no code; it is the client's mistake, not ours.
  if (!code || code === ErrorCode.INTERNAL_SERVER_ERROR) {
    if (formatted.message === APOLLO_HASH_MISMATCH) {
      return { message: 'The persisted query hash does not match the query sent with it.', extensions: { code: 'BAD_REQUEST', params: { reason: 'REQUEST_INVALID' } } };
    }
  }

  const original = originalOf(error);
  if (original instanceof HttpException) {
    const mapped = HTTP_STATUS_CODES[original.getStatus()];
    if (mapped) {
      const message = mapped === ErrorCode.TOO_MANY_REQUESTS ? 'Too many attempts. Wait a minute and try again.' : formatted.message;
      return { message, path: formatted.path, extensions: { code: mapped, params: { reason: genericReasonOf(mapped) } } };
    }
  }
  // Field resolvers run without Nest's filters: an outage or a stopped statement met there is answered here.
  const database = databaseAnswer(original);
  if (database) return { message: database.message, path: formatted.path, extensions: { ...database.extensions } };
  // A constraint violation outside inTransaction (common/database/transaction.ts) still gets its clear answer.
  const violation = constraintViolationAnswer(original);
  if (violation) return { message: violation.message, path: formatted.path, extensions: { ...violation.extensions } };
  logger.error(formatted.message, (original as Error | undefined)?.stack ?? String(original ?? error));
  return {
    message: 'Something went wrong on our side. The error has been logged.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, params: { reason: genericReasonOf(ErrorCode.INTERNAL_SERVER_ERROR) } },
  };
}
