import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';

import { isDatabaseUnreachable } from '../database/database-outage';
import { ErrorCode, serviceUnavailable } from './app-error';

/**
 * A request that finds the database unreachable is answered 503 SERVICE_UNAVAILABLE (retryable),
 * in GraphQL and on plain HTTP routes alike, instead of INTERNAL_SERVER_ERROR with HTTP 200.
 * Every other error goes on as before: GraphQL errors to formatGraphQLError, HTTP ones to Nest.
 */
@Catch()
export class DatabaseOutageFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    const outage = isDatabaseUnreachable(exception);
    if (host.getType<GqlContextType>() === 'graphql') return outage ? serviceUnavailable() : exception;
    if (outage && host.getType() === 'http') {
      const response: unknown = host.switchToHttp().getResponse();
      const http = this.applicationRef;
      if (http && !http.isHeadersSent(response)) {
        const error = serviceUnavailable();
        http.setHeader(response, 'Retry-After', '5');
        http.reply(response, { errors: [{ message: error.message, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true } }] }, 503);
        return undefined;
      }
    }
    return super.catch(exception, host);
  }
}
