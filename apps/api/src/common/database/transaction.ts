import { setTimeout as sleep } from 'node:timers/promises';

import { DataSource, EntityManager } from 'typeorm';

import { constraintViolationAnswer, databaseFailureOf, DEADLOCK_DETECTED, SERIALIZATION_FAILURE, UNIQUE_VIOLATION } from './constraint-errors';

/** A transaction that lost a race is run again at most this many times in all. */
export const MAX_TRANSACTION_ATTEMPTS = 5;

export interface TransactionOptions {
  /**
   * Unique constraints whose violation means a concurrent writer took the same slot (a position,
   * a derived key): the whole transaction is run again, reading what the other one committed.
   */
  retryOnConstraints?: readonly string[];
}

/**
 * Runs `work` in one transaction. PostgreSQL may abort it for losing a race (serialization failure
 * 40001, deadlock 40P01, or a listed unique constraint): it is run again from the start, a bounded
 * number of times with a short random pause. A constraint violation that remains is answered with
 * a clear error (see constraint-errors.ts), never INTERNAL. `work` must only use `tx`.
 */
export async function inTransaction<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction(work);
    } catch (error) {
      if (attempt < MAX_TRANSACTION_ATTEMPTS && lostRace(error, options)) {
        await sleep(Math.floor(Math.random() * 10 * attempt));
        continue;
      }
      throw constraintViolationAnswer(error) ?? error;
    }
  }
}

function lostRace(error: unknown, options: TransactionOptions): boolean {
  const failure = databaseFailureOf(error);
  if (!failure) return false;
  if (failure.code === SERIALIZATION_FAILURE || failure.code === DEADLOCK_DETECTED) return true;
  return failure.code === UNIQUE_VIOLATION && !!failure.constraint && (options.retryOnConstraints ?? []).includes(failure.constraint);
}

/**
 * Makes concurrent transactions that change the same thing (`scope` and `id`, e.g. the exit criteria
 * of one phase) wait for each other until commit. Transaction-scoped, so it is safe behind a
 * connection pooler; used where a rule spans rows that may not exist yet (the next position, a
 * role's first primary holder), which `SELECT … FOR UPDATE` cannot lock.
 */
export async function serializeWrites(tx: EntityManager, scope: string, id: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${scope}:${id}`]);
}
