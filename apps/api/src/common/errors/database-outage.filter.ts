import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';

import { isDatabaseUnreachable, isLostRace, isStatementTimeout } from '../database/database-outage';
import { AppError, serviceUnavailable, statementTimedOut, tooBusyToApply } from './app-error';

/**
 * A request that finds the database unreachable is answered 503 SERVICE_UNAVAILABLE (retryable),
 * one whose statement the database stopped for running too long 503 TIMEOUT (retryable), in
 * GraphQL and on plain HTTP routes alike, instead of INTERNAL_SERVER_ERROR with HTTP 200.
 * Every other error goes on as before: GraphQL errors to formatGraphQLError, HTTP ones to Nest.
 */
@Catch()
export class DatabaseOutageFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    const answer = databaseAnswer(exception);
    if (host.getType<GqlContextType>() === 'graphql') return answer ?? exception;
    if (answer && host.getType() === 'http') {
      const response: unknown = host.switchToHttp().getResponse();
      const http = this.applicationRef;
      if (http && !http.isHeadersSent(response)) {
        http.setHeader(response, 'Retry-After', '5');
        http.reply(response, { errors: [{ message: answer.message, extensions: { code: answer.extensions['code'], params: answer.params, retryable: true } }] }, 503);
        return undefined;
      }
    }
    return super.catch(exception, host);
  }
}

/**
 * SERVICE_UNAVAILABLE for an unreachable database or a race still lost after the retries, TIMEOUT
 * for a statement it stopped; else none.
 */
export function databaseAnswer(exception: unknown): AppError | undefined {
  if (isStatementTimeout(exception)) return statementTimedOut();
  if (isLostRace(exception)) return tooBusyToApply();
  if (isDatabaseUnreachable(exception)) return serviceUnavailable();
  return undefined;
}
