import { GraphQLError } from 'graphql';

/** Every error a client sees carries one of these in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  GATE_BLOCKED = 'GATE_BLOCKED',
  /** The record exists and the version is current, but it is not in a state that allows this change. */
  INVALID_STATE = 'INVALID_STATE',
  /** A task cannot start or finish while a task it waits for is open; `extensions.blockers` names them. */
  DEPENDENCY_BLOCKED = 'DEPENDENCY_BLOCKED',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** The database cannot be reached for now; the request did nothing and may be sent again (HTTP 503). */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** A statement ran past STATEMENT_TIMEOUT_MS and the database stopped it; may be sent again (HTTP 503). */
  TIMEOUT = 'TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export function badUserInput(fields: FieldError[]): AppError {
  const message = fields.map((f) => `${f.field}: ${f.message}`).join(' ');
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { fields });
}

/**
 * One text for every record kind, for members and strangers alike: an unknown id and a record of
 * a program the caller cannot see must answer the same, or the answer tells them apart.
 * `_what` names the record for readers of the calling code only.
 */
export function notFound(_what?: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, NOT_FOUND_MESSAGE);
}

export const NOT_FOUND_MESSAGE = 'Not found.';

export function forbidden(message = 'You do not have permission to change this project.'): AppError {
  return new AppError(ErrorCode.FORBIDDEN, message);
}

export function conflict(what: string): AppError {
  return new AppError(
    ErrorCode.CONFLICT,
    `${what} was changed by someone else since you loaded it. Reload to see the latest version, then apply your change again.`,
  );
}

export function unauthenticated(message = 'Sign in to continue.'): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message);
}

export function gateBlocked(message: string, blockers: string[]): AppError {
  return new AppError(ErrorCode.GATE_BLOCKED, `${message} ${blockers.join('; ')}.`, { blockers });
}

/**
 * The change is not allowed in the record's current state (completing a completed phase, say).
 * Unlike CONFLICT, reloading will not help: `extensions.state` says what the record is now.
 */
export function invalidState(message: string, state: string, extensions: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.INVALID_STATE, message, { ...extensions, state });
}

/** A task another one waits for, as DEPENDENCY_BLOCKED names it. */
export interface DependencyBlocker {
  id: string;
  title: string;
}

/** The task waits for open tasks (`blockers`, with ids so a client can link to them). */
export function dependencyBlocked(message: string, blockers: DependencyBlocker[]): AppError {
  return new AppError(ErrorCode.DEPENDENCY_BLOCKED, `${message} ${blockers.map((b) => `“${b.title}”`).join(', ')}.`, { blockers });
}

/** The caller did the same thing too often in a short time (sending invitations, say). */
export function tooManyRequests(message: string): AppError {
  return new AppError(ErrorCode.TOO_MANY_REQUESTS, message);
}

/**
 * The database cannot be reached (down, restarting, connections refused). Answered with HTTP 503
 * and `extensions.retryable` so clients and load balancers try again; the pool reconnects by itself.
 */
export function serviceUnavailable(): AppError {
  return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The service is briefly unavailable. Try again in a moment.', {
    retryable: true,
    http: { status: 503 },
  });
}

/** Too many changes to the same records at once, even after retrying: nothing was applied. */
export function tooBusyToApply(): AppError {
  return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Other changes to the same records kept getting in the way, so nothing was saved. Try again in a moment.', {
    retryable: true,
    http: { status: 503 },
  });
}

/**
 * The database stopped a statement that ran past STATEMENT_TIMEOUT_MS (SQLSTATE 57014), so one
 * slow request cannot hold a connection for ever. Retryable like SERVICE_UNAVAILABLE (HTTP 503):
 * the cause is usually load or a lock another request holds, not the request itself.
 */
export function statementTimedOut(): AppError {
  return new AppError(
    ErrorCode.TIMEOUT,
    'The request took too long and the server stopped it. The statement it was running was not applied; try again in a moment, or ask for less at once.',
    { retryable: true, http: { status: 503 } },
  );
}
