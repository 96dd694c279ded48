import { GraphQLError } from 'graphql';

import { englishText, type FieldMessage, type MessageCode, type MessageParams } from '@crm/domain';

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

/**
 * `extensions.params` of every error: `reason`, a stable code saying precisely what went wrong
 * (worded by the message catalogue in `libs/domain`, in the client's language), and the values
 * its sentence needs. Always present, `{ reason }` at least.
 */
export type ErrorParams = MessageParams & { reason: MessageCode };

/** The reason an error carries when its throw site names none. */
export const GENERIC_REASON: Record<ErrorCode, MessageCode> = {
  [ErrorCode.BAD_USER_INPUT]: 'INVALID_INPUT',
  [ErrorCode.UNAUTHENTICATED]: 'SIGN_IN_REQUIRED',
  [ErrorCode.FORBIDDEN]: 'NOT_ALLOWED',
  [ErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [ErrorCode.CONFLICT]: 'RECORD_CHANGED',
  [ErrorCode.GATE_BLOCKED]: 'GATE_BLOCKED',
  [ErrorCode.INVALID_STATE]: 'STATE_NOT_ALLOWED',
  [ErrorCode.DEPENDENCY_BLOCKED]: 'WAITS_FOR_OPEN_TASKS',
  [ErrorCode.TOO_MANY_REQUESTS]: 'TOO_MANY_ATTEMPTS',
  [ErrorCode.SERVICE_UNAVAILABLE]: 'SERVICE_UNAVAILABLE',
  [ErrorCode.TIMEOUT]: 'REQUEST_TIMED_OUT',
  [ErrorCode.INTERNAL_SERVER_ERROR]: 'INTERNAL_ERROR',
};

/** The reason for an error code we may not know (Apollo's own, say): its generic one, else "the request is invalid". */
export function genericReasonOf(code: string): MessageCode {
  return (GENERIC_REASON as Record<string, MessageCode | undefined>)[code] ?? 'REQUEST_INVALID';
}

/** One field's problem: the English `message`, and the `code` and `params` a client words it from. */
export interface FieldError {
  field: string;
  message: string;
  /** What is wrong; INVALID_VALUE when the site names nothing more precise. */
  code?: MessageCode;
  params?: MessageParams;
}

/** A field problem worded from the catalogue, so its English text and its code cannot drift apart. */
export function fieldProblem(field: string, code: MessageCode, params: MessageParams = {}): FieldError {
  const all = { field, ...params };
  return { field, message: englishText(code, all), code, params: all };
}

/** A field problem a domain rule found; `under` places it in the input (`rule.` for `rule.kpiKey`). */
export function ruleProblem(problem: FieldMessage, under = ''): FieldError {
  return fieldProblem(`${under}${problem.field}`, problem.code, problem.params);
}

export class AppError extends GraphQLError {
  /**
   * @param params the reason and its values; without them the error code's generic reason. A
   *   `params` key in `extensions` is taken the same way.
   */
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, params?: Partial<ErrorParams>) {
    const given = { ...(extensions['params'] as Partial<ErrorParams> | undefined), ...params };
    super(message, { extensions: { ...extensions, code, params: { ...given, reason: given.reason ?? GENERIC_REASON[code] } } });
  }

  get params(): ErrorParams {
    return this.extensions['params'] as ErrorParams;
  }
}

/** An error whose English message is its reason worded by the catalogue. */
export function refused(code: ErrorCode, reason: MessageCode, params: MessageParams = {}, extensions: Record<string, unknown> = {}): AppError {
  return new AppError(code, englishText(reason, params), extensions, { ...params, reason });
}

function withCode(field: FieldError): Required<FieldError> {
  const code = field.code ?? 'INVALID_VALUE';
  return { field: field.field, message: field.message, code, params: { field: field.field, ...field.params } };
}

/**
 * BAD_USER_INPUT naming each field that is wrong (`extensions.fields`, each with its code and
 * params). `params` carry the first problem's reason, so a client showing one sentence shows it.
 */
export function badUserInput(fields: FieldError[]): AppError {
  const coded = fields.map(withCode);
  const message = coded.map((f) => `${f.field}: ${f.message}`).join(' ');
  const first = coded[0];
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { fields: coded }, first ? { ...first.params, reason: first.code } : undefined);
}

/**
 * One text for every record kind, for members and strangers alike: an unknown id and a record of
 * a program the caller cannot see must answer the same, or the answer tells them apart.
 * `_what` names the record for readers of the calling code only.
 */
export function notFound(_what?: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, NOT_FOUND_MESSAGE, {}, { reason: 'NOT_FOUND' });
}

export const NOT_FOUND_MESSAGE = 'Not found.';

export function forbidden(message = englishText('NOT_ALLOWED'), params: Partial<ErrorParams> = {}): AppError {
  return new AppError(ErrorCode.FORBIDDEN, message, {}, params);
}

/** A stale `version`: `record` names it in English ("This task") for the API's message. */
export function conflict(what: string): AppError {
  return refused(ErrorCode.CONFLICT, 'RECORD_CHANGED', { record: what });
}

export function unauthenticated(message = englishText('SIGN_IN_REQUIRED'), params: Partial<ErrorParams> = {}): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message, {}, params);
}

/**
 * A gate that is not open: `blockers` in English (`extensions.blockers`), and the same as messages
 * (`extensions.blockerMessages`, `{code, params}` each) when the caller has them.
 */
export function gateBlocked(
  message: string,
  blockers: string[],
  detail: { params?: Partial<ErrorParams>; blockerMessages?: { code: MessageCode; params: MessageParams }[] } = {},
): AppError {
  return new AppError(
    ErrorCode.GATE_BLOCKED,
    `${message} ${blockers.join('; ')}.`,
    { blockers, blockerMessages: detail.blockerMessages ?? [] },
    { count: blockers.length, ...detail.params },
  );
}

/**
 * The change is not allowed in the record's current state (completing a completed phase, say).
 * Unlike CONFLICT, reloading will not help: `extensions.state` says what the record is now.
 */
export function invalidState(message: string, state: string, extensions: Record<string, unknown> = {}, params: Partial<ErrorParams> = {}): AppError {
  return new AppError(ErrorCode.INVALID_STATE, message, { ...extensions, state }, { state, ...params });
}

/** A task another one waits for, as DEPENDENCY_BLOCKED names it. */
export interface DependencyBlocker {
  id: string;
  title: string;
}

/** The task waits for open tasks (`blockers`, with ids so a client can link to them). */
export function dependencyBlocked(message: string, blockers: DependencyBlocker[], params: Partial<ErrorParams> = {}): AppError {
  return new AppError(ErrorCode.DEPENDENCY_BLOCKED, `${message} ${blockers.map((b) => `“${b.title}”`).join(', ')}.`, { blockers }, { count: blockers.length, ...params });
}

/** The caller did the same thing too often in a short time (sending invitations, say). */
export function tooManyRequests(message: string, params: Partial<ErrorParams> = {}): AppError {
  return new AppError(ErrorCode.TOO_MANY_REQUESTS, message, {}, params);
}

/**
 * The database cannot be reached (down, restarting, connections refused). Answered with HTTP 503
 * and `extensions.retryable` so clients and load balancers try again; the pool reconnects by itself.
 */
export function serviceUnavailable(): AppError {
  return refused(ErrorCode.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', {}, { retryable: true, http: { status: 503 } });
}

/** Too many changes to the same records at once, even after retrying: nothing was applied. */
export function tooBusyToApply(): AppError {
  return refused(ErrorCode.SERVICE_UNAVAILABLE, 'TOO_BUSY_TO_APPLY', {}, { retryable: true, http: { status: 503 } });
}

/**
 * The database stopped a statement that ran past STATEMENT_TIMEOUT_MS (SQLSTATE 57014), so one
 * slow request cannot hold a connection for ever. Retryable like SERVICE_UNAVAILABLE (HTTP 503):
 * the cause is usually load or a lock another request holds, not the request itself.
 */
export function statementTimedOut(): AppError {
  return refused(ErrorCode.TIMEOUT, 'REQUEST_TIMED_OUT', {}, { retryable: true, http: { status: 503 } });
}
