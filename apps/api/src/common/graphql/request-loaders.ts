import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

/**
 * The DataLoaders of one request, created on first use. Each area declares its loaders in
 * `<area>.loaders.ts`; sharing this registry means a relation asked for by many rows costs one
 * SQL statement per request, not one per row.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(readonly db: DataSource) {}

  get<K, V>(name: string, batch: (db: DataSource, keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => batch(this.db, keys));
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/**
 * Orders batch results to match the requested keys, as DataLoader requires. Linear in rows and
 * keys: a batch can hold a whole program's rows (200,000 tasks), so nothing here may copy or scan
 * per row.
 */
export function byKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | null)[] {
  const found = new Map<K, R>();
  for (const row of rows) found.set(keyOf(row), row);
  return keys.map((key) => found.get(key) ?? null);
}

/** Each requested key's rows, in the order the rows came; linear, as `byKey`. */
export function groupedByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
