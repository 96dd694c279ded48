import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A foreign key between two tables of ours, as the catalog describes it. */
export interface ForeignKey {
  table: string;
  column: string;
  references: string;
  /** PostgreSQL's confdeltype: c = cascade, n = set null, a/r = no action/restrict. */
  onDelete: string;
}

export interface TableShape {
  /** Columns a row can be written back with (generated ones are left to the database). */
  columns: string[];
  hasId: boolean;
  hasVersion: boolean;
}

export interface TrashRow {
  id: string;
  project_id: string | null;
  record_kind: string;
  record_id: string;
  title: string;
  rows: { table: string; rows: Record<string, unknown>[] }[];
  relinks: { table: string; column: string; links: { id: string; value: string }[] }[];
  removed_by: string | null;
  removed_by_name: string | null;
  removed_at: Date;
}

/** How long a removed record can be restored. */
export const TRASH_DAYS = 30;

/** An entry still within the restore window, for the trash table under `alias`. */
const kept = (alias = 'trash_entries') => `${alias}.removed_at > now() - make_interval(days => ${TRASH_DAYS})`;

/**
 * The SQL of removal and restore. Tables and columns come from the catalog (read once per
 * process) and from the record-kind list, never from a client, so interpolating them is safe.
 */
@Injectable()
export class TrashRepository {
  private catalog?: Promise<{ keys: ForeignKey[]; shapes: Map<string, TableShape> }>;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Every foreign key and table shape of the public schema; the schema only changes by migration,
   * before start. Read through the caller's transaction: with a pool of one, another connection
   * would wait for ever.
   */
  schema(tx: EntityManager): Promise<{ keys: ForeignKey[]; shapes: Map<string, TableShape> }> {
    this.catalog ??= Promise.all([
      tx.query(
        `SELECT c.conrelid::regclass::text AS table, a.attname AS column, c.confrelid::regclass::text AS references, c.confdeltype AS "onDelete"
         FROM pg_constraint c
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
         WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
         ORDER BY 1, 2`,
      ) as Promise<ForeignKey[]>,
      tx.query(
        `SELECT c.relname AS table, array_agg(a.attname::text ORDER BY a.attnum) AS columns
         FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
         WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace
         GROUP BY c.relname`,
      ) as Promise<{ table: string; columns: string[] }[]>,
    ]).then(([keys, tables]: [ForeignKey[], { table: string; columns: string[] }[]]) => ({
      keys,
      shapes: new Map(tables.map((t) => [t.table, { columns: t.columns, hasId: t.columns.includes('id'), hasVersion: t.columns.includes('version') }])),
    }));
    return this.catalog;
  }

  /** The record itself; locked for a removal, so nothing can be added under it until the removal commits. */
  async lockRecord(tx: EntityManager, table: string, id: string, lock = true): Promise<Record<string, unknown> | undefined> {
    const rows: { row: Record<string, unknown> }[] = await tx.query(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE t.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0]?.row;
  }

  /** Rows whose `column` points at one of `ids`, locked for the same reason. */
  async lockReferencing(tx: EntityManager, table: string, column: string, ids: string[], lock = true): Promise<Record<string, unknown>[]> {
    const rows: { row: Record<string, unknown> }[] = await tx.query(
      `SELECT to_jsonb(t) AS row FROM ${table} t WHERE t.${column} = ANY($1::uuid[])${lock ? ' FOR UPDATE' : ''}`,
      [ids],
    );
    return rows.map((r) => r.row);
  }

  /** Rows of a polymorphic table naming one of `ids` as a record of `type`, locked likewise. */
  async lockReferencingOfType(
    tx: EntityManager,
    child: { table: string; typeColumn: string; idColumn: string },
    type: string,
    ids: string[],
    lock = true,
  ): Promise<Record<string, unknown>[]> {
    const rows: { row: Record<string, unknown> }[] = await tx.query(
      `SELECT to_jsonb(t) AS row FROM ${child.table} t WHERE t.${child.typeColumn} = $1 AND t.${child.idColumn} = ANY($2::uuid[])${lock ? ' FOR UPDATE' : ''}`,
      [type, ids],
    );
    return rows.map((r) => r.row);
  }

  async countReferencing(tx: EntityManager | DataSource, table: string, column: string, ids: string[]): Promise<number> {
    const [row]: { n: number }[] = await tx.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = ANY($1::uuid[])`, [ids]);
    return row.n;
  }

  /** A short human name for a record, from the title expression of its kind. */
  async titleOf(tx: EntityManager, table: string, titleSql: string, id: string): Promise<string> {
    const rows: { title: string | null }[] = await tx.query(`SELECT (${titleSql}) AS title FROM ${table} r WHERE r.id = $1`, [id]);
    return rows[0]?.title ?? '';
  }

  async clearReferences(tx: EntityManager, table: string, column: string, ids: string[]): Promise<void> {
    await tx.query(`UPDATE ${table} SET ${column} = NULL WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async deleteReferencing(tx: EntityManager, table: string, column: string, ids: string[]): Promise<void> {
    await tx.query(`DELETE FROM ${table} WHERE ${column} = ANY($1::uuid[])`, [ids]);
  }

  async insertRows(tx: EntityManager, table: string, columns: string[], rows: Record<string, unknown>[]): Promise<void> {
    const list = columns.join(', ');
    await tx.query(`INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [JSON.stringify(rows)]);
  }

  /** `wanted` if no other row of the scope holds it, else the place after the last one. */
  async freePlace(tx: EntityManager, table: string, place: { column: string; scope: string }, scopeValue: unknown, wanted: number): Promise<number> {
    const [row]: { place: number }[] = await tx.query(
      `SELECT CASE WHEN bool_or(${place.column} = $2) THEN max(${place.column}) + 1 ELSE $2 END AS place FROM ${table} WHERE ${place.scope} = $1`,
      [scopeValue, wanted],
    );
    return row.place ?? wanted;
  }

  /** Puts cleared references back where nobody has set them to something else meanwhile. */
  async restoreReferences(tx: EntityManager, table: string, column: string, links: { id: string; value: string }[]): Promise<void> {
    await tx.query(
      `UPDATE ${table} t SET ${column} = l.value FROM unnest($1::uuid[], $2::uuid[]) AS l(id, value)
       WHERE t.id = l.id AND t.${column} IS NULL`,
      [links.map((l) => l.id), links.map((l) => l.value)],
    );
  }

  async insertEntry(
    tx: EntityManager,
    entry: Pick<TrashRow, 'project_id' | 'record_kind' | 'record_id' | 'title' | 'rows' | 'relinks' | 'removed_by'>,
  ): Promise<TrashRow> {
    const [row]: TrashRow[] = await tx.query(
      `INSERT INTO trash_entries (project_id, record_kind, record_id, title, rows, relinks, removed_by)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)
       RETURNING *, (SELECT name FROM users WHERE id = $7) AS removed_by_name`,
      [entry.project_id, entry.record_kind, entry.record_id, entry.title, JSON.stringify(entry.rows), JSON.stringify(entry.relinks), entry.removed_by],
    );
    return row;
  }

  /** The latest removal of a record that can still be restored, locked against a second restore. */
  async lockEntryOf(tx: EntityManager, recordKind: string, recordId: string): Promise<TrashRow | undefined> {
    const rows: TrashRow[] = await tx.query(
      `SELECT e.*, NULL AS removed_by_name FROM trash_entries e
       WHERE e.record_kind = $1 AND e.record_id = $2 AND ${kept('e')}
       ORDER BY e.removed_at DESC LIMIT 1 FOR UPDATE`,
      [recordKind, recordId],
    );
    return rows[0];
  }

  async deleteEntry(tx: EntityManager, id: string): Promise<void> {
    await tx.query('DELETE FROM trash_entries WHERE id = $1', [id]);
  }

  /** Entries older than the restore window are gone for good. */
  async purgeExpired(tx: EntityManager): Promise<void> {
    await tx.query(`DELETE FROM trash_entries WHERE NOT (${kept()})`);
  }

  /**
   * Which organisation a removed person belongs to, read from the kept row; undefined when the id is
   * not a person in the trash.
   */
  async organisationOfRemovedPerson(recordId: string): Promise<string | undefined> {
    const rows: { organisation_id: string | null }[] = await this.db.query(
      `SELECT e.rows->0->'rows'->0->>'organisation_id' AS organisation_id FROM trash_entries e
       WHERE e.record_kind = 'Person' AND e.record_id = $1 ORDER BY e.removed_at DESC LIMIT 1`,
      [recordId],
    );
    return rows[0]?.organisation_id ?? undefined;
  }

  /** What a program's trash shows, newest first; people removed from the organisation's directory are listed in each of its programs. */
  listFor(projectId: string, limit: number): Promise<TrashRow[]> {
    return this.db.query(
      `SELECT e.id, e.project_id, e.record_kind, e.record_id, e.title, '[]'::jsonb AS rows, '[]'::jsonb AS relinks,
              e.removed_by, u.name AS removed_by_name, e.removed_at
       FROM trash_entries e LEFT JOIN users u ON u.id = e.removed_by
       WHERE (e.project_id = $1
              OR (e.project_id IS NULL AND e.rows->0->'rows'->0->>'organisation_id' = (SELECT pr.organisation_id::text FROM projects pr WHERE pr.id = $1)))
         AND ${kept('e')}
       ORDER BY e.removed_at DESC LIMIT $2`,
      [projectId, limit],
    );
  }
}
