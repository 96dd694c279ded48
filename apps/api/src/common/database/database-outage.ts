/**
 * Errors that mean the database cannot be reached right now, not that a statement was wrong:
 * refused or dropped connections, a server shutting down or starting, a database that is gone.
 * Requests that meet them are answered 503 and may be retried; the pg pool drops the broken
 * connection and opens a new one on the next request, so the app recovers by itself.
 */
const UNREACHABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);

/** SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, cannot connect now), 53300 (too many connections) and 3D000 (no such database). */
function unreachableSqlState(code: string): boolean {
  return code.startsWith('08') || code.startsWith('57P') || code === '3D000' || code === '53300';
}

// A database closed to connections (ALLOW_CONNECTIONS false) answers 55000, a code too general to match.
const UNREACHABLE_MESSAGES = [/is not currently accepting connections/i, /Connection terminated/i, /timeout exceeded when trying to connect/i, /Client has encountered a connection error/i, /connection is closed/i];

/** Walks an error and the driver errors it wraps (TypeORM's QueryFailedError, GraphQL's originalError). */
function* causesOf(error: unknown): Generator<{ code?: unknown; message?: unknown }> {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; depth += 1) {
    yield current as { code?: unknown; message?: unknown };
    const { driverError, originalError } = current as { driverError?: unknown; originalError?: unknown };
    current = driverError ?? originalError;
  }
}

/**
 * SQLSTATE 57014 query_canceled: PostgreSQL stopped a statement that ran past the connection's
 * statement_timeout (set from STATEMENT_TIMEOUT_MS in data-source-options.ts).
 */
export function isStatementTimeout(error: unknown): boolean {
  for (const { code } of causesOf(error)) if (code === '57014') return true;
  return false;
}

/**
 * A transaction that still lost its race (deadlock 40P01, serialization failure 40001) after
 * inTransaction ran it again its bounded number of times: nothing was applied, and the same
 * request sent again a moment later normally succeeds.
 */
export function isLostRace(error: unknown): boolean {
  for (const { code } of causesOf(error)) if (code === '40P01' || code === '40001') return true;
  return false;
}

export function isDatabaseUnreachable(error: unknown): boolean {
  for (const { code, message } of causesOf(error)) {
    if (typeof code === 'string' && (UNREACHABLE_NODE_CODES.has(code) || unreachableSqlState(code))) return true;
    if (typeof message === 'string' && UNREACHABLE_MESSAGES.some((m) => m.test(message))) return true;
  }
  return false;
}
