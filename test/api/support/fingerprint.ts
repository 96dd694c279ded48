import { TestApp } from './test-app';

/** Bookkeeping of the migration runner, not data a request could change. */
const NOT_DATA = ['schema_migrations'];

/** Every table of the public schema, read from the catalog, so a new table counts without a list. */
export async function dataTables(api: TestApp): Promise<string[]> {
  const rows = await api.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = 'public' AND NOT (tablename = ANY($1)) ORDER BY tablename`,
    [NOT_DATA],
  );
  return rows.map((row) => row.name);
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * A digest of every row of every table: equal digests mean a request changed nothing at all.
 * One statement for all tables, so a matrix of hundreds of cases stays quick.
 */
export async function databaseFingerprint(api: TestApp): Promise<Record<string, string>> {
  const tables = await dataTables(api);
  if (tables.length === 0) throw new Error('The database has no tables: is it migrated?');
  const digests = tables.map(
    (table, i) =>
      `SELECT $${i + 1}::text AS name, (SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM public.${quoteIdent(table)} t) AS digest`,
  );
  const rows = await api.query<{ name: string; digest: string | null }>(digests.join(' UNION ALL '), tables);
  return Object.fromEntries(rows.map((row) => [row.name, row.digest ?? 'empty']));
}
