import { Logger } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

const logger = new Logger('HTTP');

const MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'The request body must be JSON (Content-Type: application/json).',
};

/** Fastify failed to read the body: content-type parser errors, and its JSON parser's SyntaxError. */
function isBodyError(error: FastifyError): boolean {
  return (typeof error.code === 'string' && error.code.startsWith('FST_ERR_CTP_')) || (error instanceof SyntaxError && error.statusCode === 400);
}

/**
 * Body failures (malformed JSON, oversized bodies, unknown content types) happen before GraphQL
 * sees the request. Answer them in GraphQL's error shape with a 4xx, never with a stack.
 */
export function requestErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  const message = MESSAGES[error.code] ?? (error instanceof SyntaxError ? MESSAGES['FST_ERR_CTP_INVALID_JSON_BODY'] : 'The request could not be read.');
  if (status === 500) logger.error(error.message, error.stack);
  void reply.status(status).send({
    errors: [
      {
        message,
        extensions: status === 500 ? { code: 'INTERNAL_SERVER_ERROR', params: { reason: 'INTERNAL_ERROR' } } : { code: 'BAD_REQUEST', params: { reason: 'REQUEST_INVALID' } },
      },
    ],
  });
}

/**
 * Nest installs Fastify's one error handler when the app starts, to run its exception filters;
 * body errors are answered here first and everything else goes on to Nest's.
 */
export class AppFastifyAdapter extends FastifyAdapter {
  override setErrorHandler(handler: Parameters<FastifyAdapter['setErrorHandler']>[0]) {
    const nest = handler as unknown as (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => unknown;
    return super.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) =>
      isBodyError(error as FastifyError) ? requestErrorHandler(error as FastifyError, request, reply) : nest.call(this.getInstance(), error as FastifyError, request, reply),
    );
  }
}
