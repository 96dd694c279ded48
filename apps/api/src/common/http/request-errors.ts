import type { NextFunction, Request, Response } from 'express';
import { Logger } from '@nestjs/common';

const logger = new Logger('HTTP');

interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

/**
 * Body-parser failures (malformed JSON, oversized bodies) happen before GraphQL sees the request.
 * Answer them in GraphQL's error shape with a 4xx, never with Express's HTML page and its stack.
 */
export function requestErrorHandler(err: BodyParserError, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(err);
  const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
  let message = 'The request could not be read.';
  if (err.type === 'entity.parse.failed') message = 'The request body is not valid JSON.';
  else if (err.type === 'entity.too.large') message = 'The request body is too large.';
  else if (status === 500) logger.error(err.message, err.stack);
  res.status(status).json({
    errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }],
  });
}
