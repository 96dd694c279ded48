import { EntityManager } from 'typeorm';

import { conflict, notFound } from '../errors/app-error';

export interface VersionedUpdate {
  table: string;
  id: string;
  /** The version the client read; the update only applies if it is still current. */
  version: number;
  /** Column → new value; only the columns given change. */
  set: Record<string, unknown>;
  /** How to name the record in an error, e.g. "This task". */
  what: string;
}

/**
 * `UPDATE … WHERE id = $1 AND version = $2` and a check that one row changed: a stale version
 * gets CONFLICT and changes nothing. TypeORM's @VersionColumn does not guard updates this way.
 * Returns the row as it was before and after the change, for the audit trail.
 */
export async function versionedUpdate<Row extends Record<string, unknown>>(
  tx: EntityManager,
  update: VersionedUpdate,
): Promise<{ before: Row; after: Row }> {
  const columns = Object.keys(update.set);
  const assignments = columns.map((column, i) => `${column} = $${i + 3}`);
  const touchesUpdatedAt = update.table === 'tasks' ? ', updated_at = now()' : '';
  const beforeRows: Row[] = await tx.query(`SELECT * FROM ${update.table} WHERE id = $1 FOR UPDATE`, [update.id]);
  const before = beforeRows[0];
  if (!before) throw notFound(update.what);
  const [rows] = (await tx.query(
    `UPDATE ${update.table} SET ${[...assignments, 'version = version + 1'].join(', ')}${touchesUpdatedAt}
     WHERE id = $1 AND version = $2 RETURNING *`,
    [update.id, update.version, ...columns.map((c) => update.set[c])],
  )) as [Row[], number];
  const after = rows[0];
  if (!after) throw conflict(update.what);
  return { before, after };
}
