import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

import { formatMessage, isMessageCode, type MessageParams } from '@crm/domain';

import { activeMessageLocale } from '../i18n/message-locale';

/** The codes the API puts in `extensions.code` of every error it returns. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'GATE_BLOCKED'
  | 'INVALID_STATE'
  | 'DEPENDENCY_BLOCKED'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

/** One problem with one input property, as BAD_USER_INPUT reports it in `extensions.fields`. */
export interface FieldError {
  field: string;
  message: string;
  /** The problem's code in the message catalogue, and the values its sentence needs. */
  code?: string;
  params?: MessageParams;
}

export const UNREACHABLE_SERVER_MESSAGE = $localize`:@@shared.errors.unreachable:We could not reach the server. Check your connection and try again.`;

/**
 * The GraphQL errors behind an Apollo error. Errors normally arrive in a 200 response; a request
 * the API rejects outright answers 4xx with the same JSON body, which Apollo reports as a
 * ServerError, so its body is read as well.
 */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) return errorsInBody(error.bodyText);
  return [];
}

export function errorCodesOf(error: unknown): string[] {
  return graphQLErrorsOf(error).map((e) => String(e.extensions?.['code'] ?? ''));
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return errorCodesOf(error).includes(code);
}

/**
 * The open items a GATE_BLOCKED error names, in the active language from `extensions.blockerMessages`
 * when the API sent them, else its English `extensions.blockers`; anything malformed is ignored.
 */
export function gateBlockersOf(error: unknown): string[] {
  return graphQLErrorsOf(error).flatMap((e) => {
    if (e.extensions?.['code'] !== 'GATE_BLOCKED') return [];
    const blockers = e.extensions['blockers'];
    const english = Array.isArray(blockers) ? blockers.filter((b): b is string => typeof b === 'string') : [];
    const coded = e.extensions['blockerMessages'];
    if (!Array.isArray(coded) || coded.length !== english.length) return english;
    return english.map((text, i) => {
      const message = coded[i] as { code?: unknown; params?: MessageParams } | null;
      return wordedOr(message?.code, message?.params, text);
    });
  });
}

/** The first error of `code`, e.g. to read its `extensions` or the API's own sentence. */
export function errorWithCode(error: unknown, code: ApiErrorCode): GraphQLFormattedError | undefined {
  return graphQLErrorsOf(error).find((e) => e.extensions?.['code'] === code);
}

/** The per-field problems of every BAD_USER_INPUT error, each worded in the active language, ignoring anything malformed. */
export function fieldErrorsOf(error: unknown): FieldError[] {
  return graphQLErrorsOf(error)
    .flatMap(fieldErrorsIn)
    .map((f) => ({ ...f, message: wordedOr(f.code, f.params, f.message) }));
}

/**
 * The error's own sentence in the active language: in Dutch or Italian the catalogue words
 * `extensions.params.reason`; in English, and for a reason this client does not know, the API's
 * `message` stands (it is the catalogue's English where the API words from it, and says as much
 * where the API words a field problem in its own way).
 */
export function errorTextOf(error: GraphQLFormattedError): string {
  const params = error.extensions?.['params'];
  const record = params && typeof params === 'object' && !Array.isArray(params) ? (params as MessageParams & { reason?: unknown }) : undefined;
  return wordedOr(record?.reason, record, error.message);
}

/** `code` worded in the active language, or `fallback` in English or for a code not in the catalogue. */
export function wordedOr(code: unknown, params: MessageParams | undefined, fallback: string): string {
  const locale = activeMessageLocale();
  if (locale === 'en' || !isMessageCode(code)) return fallback;
  return formatMessage(locale, { code, params: params ?? {} });
}

/**
 * A sentence to show the user for an error that does not belong to one field. The API writes its
 * messages for people, so they are shown as they are; anything else gets a plain explanation.
 */
export function userMessageOf(error: unknown): string {
  const errors = graphQLErrorsOf(error);
  if (errors.length === 0) return UNREACHABLE_SERVER_MESSAGE;
  const messages = errors.flatMap((e) => {
    const fields = fieldErrorsIn(e);
    return fields.length > 0 ? fields.map((f) => wordedOr(f.code, f.params, f.message)) : [errorTextOf(e)];
  });
  return [...new Set(messages)].join(' ');
}

function fieldErrorsIn(error: GraphQLFormattedError): FieldError[] {
  if (error.extensions?.['code'] !== 'BAD_USER_INPUT') return [];
  const fields = error.extensions['fields'];
  return Array.isArray(fields) ? fields.filter(isFieldError) : [];
}

function isFieldError(value: unknown): value is FieldError {
  const candidate = value as Partial<FieldError> | null;
  return typeof candidate?.field === 'string' && typeof candidate.message === 'string';
}

function errorsInBody(bodyText: string): readonly GraphQLFormattedError[] {
  try {
    const body = JSON.parse(bodyText) as { errors?: unknown };
    return Array.isArray(body.errors) ? (body.errors as GraphQLFormattedError[]) : [];
  } catch {
    return [];
  }
}
