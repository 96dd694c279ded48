import { DataSource } from 'typeorm';

import { afterCommit } from '../../apps/api/src/common/database/after-commit';
import { inTransaction } from '../../apps/api/src/common/database/transaction';
import { startTestApp, TestApp } from './support/test-app';

/** Live events and worker wake-ups hang on this: announced after commit, never for a rollback. */
describe('afterCommit', () => {
  let api: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  /** A promise the callback settles, so the test waits for it however loaded the machine is. */
  function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
    let resolve!: (value: T) => void;
    const promise = new Promise<T>((r) => (resolve = r));
    return { promise, resolve };
  }

  it('runs the callback after the transaction committed, when its rows are visible to others', async () => {
    const seen = deferred<string | undefined>();
    let ran = false;
    await db.transaction(async (tx) => {
      afterCommit(tx, async () => {
        ran = true;
        const rows: { n: string }[] = await db.query("SELECT count(*)::text AS n FROM mail_outbox WHERE kind = 'after-commit-probe'");
        seen.resolve(rows[0]?.n);
      });
      await tx.query("INSERT INTO mail_outbox (organisation_id, kind, to_email, subject, text_body) VALUES (NULL, 'after-commit-probe', 'probe@example.test', 's', 't')");
      expect(ran).toBe(false);
    });
    expect(await seen.promise).toBe('1');
  });

  it('never runs it when the transaction rolls back, nor for an attempt that lost a race and ran again', async () => {
    const calls: number[] = [];
    await expect(
      db.transaction(async (tx) => {
        afterCommit(tx, () => void calls.push(0));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');

    let attempt = 0;
    const committed = deferred<void>();
    await inTransaction(db, async (tx) => {
      attempt += 1;
      const mine = attempt;
      afterCommit(tx, () => {
        calls.push(mine);
        committed.resolve();
      });
      if (attempt === 1) throw Object.assign(new Error('could not serialize access'), { code: '40001' });
    });
    // The committed attempt's callback has run; one queued for the others would have run before it.
    await committed.promise;
    expect(calls).toEqual([2]);
  });

  it('refuses a manager that is not in a transaction, so a forgotten transaction fails loudly', () => {
    expect(() => afterCommit(db.manager, () => undefined)).toThrow('afterCommit needs an open transaction');
  });
});
