import { Logger } from '@nestjs/common';
import { EntityManager, EntitySubscriberInterface, EventSubscriber, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

type Callback = () => void | Promise<void>;

const pending = new WeakMap<QueryRunner, Callback[]>();
const logger = new Logger('AfterCommit');

/**
 * Runs `callback` once the transaction `tx` belongs to has committed, and never if it rolls back.
 * What others may see only once it is true (a live event, a wake-up for a worker) goes here, so a
 * request that fails, or a transaction run again after losing a race, announces nothing.
 * A callback that throws is logged; the committed work stands.
 */
export function afterCommit(tx: EntityManager, callback: Callback): void {
  const runner = tx.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('afterCommit needs an open transaction');
  const callbacks = pending.get(runner);
  if (callbacks) callbacks.push(callback);
  else pending.set(runner, [callback]);
}

/** Registered on the DataSource (data-source-options.ts): TypeORM tells it when a transaction ends. */
@EventSubscriber()
export class AfterCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A nested transaction (a savepoint) releasing is not the commit.
    if (event.queryRunner.isTransactionActive) return;
    const callbacks = pending.get(event.queryRunner);
    if (!callbacks) return;
    pending.delete(event.queryRunner);
    for (const callback of callbacks) {
      void Promise.resolve()
        .then(callback)
        .catch((error: unknown) => logger.warn(`After-commit work failed: ${error instanceof Error ? error.message : String(error)}`));
    }
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) pending.delete(event.queryRunner);
  }
}
