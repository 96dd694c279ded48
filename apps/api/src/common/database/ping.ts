import { DataSource } from 'typeorm';

/** Resolves once the database answers a statement; rejects when it cannot. */
export async function ping(db: DataSource): Promise<void> {
  await db.query('SELECT 1');
}
