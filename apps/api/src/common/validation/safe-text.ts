/**
 * Text PostgreSQL cannot store (a NUL byte) or that is not Unicode at all (half of a UTF-16
 * surrogate pair) is refused at the boundary, whatever the argument, before any SQL runs.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function unsafeTextProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain a NUL character.';
  if (LONE_SURROGATE.test(text)) return 'must not contain a broken character (half of a UTF-16 surrogate pair).';
  return undefined;
}

/** Every string in an argument value (nested inputs and lists too), with its dotted path. */
export function unsafeTextIn(value: unknown, path: string): { field: string; message: string }[] {
  if (typeof value === 'string') {
    const problem = unsafeTextProblem(value);
    return problem ? [{ field: path || 'value', message: `${path || 'This value'} ${problem}` }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => unsafeTextIn(item, `${path}[${index}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => {
      const keyProblem = unsafeTextProblem(key);
      const field = path ? `${path}.${key}` : key;
      return keyProblem ? [{ field: path || 'value', message: `A field name ${keyProblem}` }] : unsafeTextIn(item, field);
    });
  }
  return [];
}
