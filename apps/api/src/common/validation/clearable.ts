/**
 * Marks an optional input field where an explicit `null` means "clear this value" (a nullable
 * column: a due date, an assignee). On an update input, `null` on any other field is refused with
 * BAD_USER_INPUT naming the field (see `explicitNullsIn`), because it would mean "store nothing"
 * in a column that must hold something.
 */
const CLEARABLE = new WeakMap<object, Set<string>>();

export function Clearable(): PropertyDecorator {
  return (target, property) => {
    const fields = CLEARABLE.get(target) ?? new Set<string>();
    fields.add(String(property));
    CLEARABLE.set(target, fields);
  };
}

function isClearable(instance: object, field: string): boolean {
  for (let proto = Object.getPrototypeOf(instance); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    if (CLEARABLE.get(proto)?.has(field)) return true;
  }
  return false;
}

/** Update inputs follow the `Update<Thing>Input` naming of dto/update-<thing>.input.ts. */
function isUpdateInput(instance: object): boolean {
  return /^Update\w*Input$/.test(instance.constructor.name);
}

/** The fields (dotted paths) of update inputs that carry an explicit null they may not clear. */
export function explicitNullsIn(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => explicitNullsIn(item, `${path}[${index}]`));
  if (!value || typeof value !== 'object' || value.constructor === Object) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const field = path ? `${path}.${key}` : key;
    if (item === null) return isUpdateInput(value) && !isClearable(value, key) ? [field] : [];
    return explicitNullsIn(item, field);
  });
}
