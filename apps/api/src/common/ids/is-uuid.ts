const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that are not UUIDs cannot name anything; treating them as "not found" keeps SQL errors out. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
