import type { FieldError } from '../errors/app-error';

/**
 * Text PostgreSQL cannot store (a NUL byte) or that is not Unicode at all (half of a UTF-16
 * surrogate pair) is refused at the boundary, whatever the argument, before any SQL runs.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function unsafeTextProblem(text: string): string | undefined {
  return unsafeTextCode(text) === 'TEXT_HAS_NUL'
    ? 'must not contain a NUL character.'
    : unsafeTextCode(text)
      ? 'must not contain a broken character (half of a UTF-16 surrogate pair).'
      : undefined;
}

/** What is unsafe about `text`, as the code a client words it by. */
export function unsafeTextCode(text: string): 'TEXT_HAS_NUL' | 'TEXT_HAS_BROKEN_CHARACTER' | undefined {
  if (text.includes('\u0000')) return 'TEXT_HAS_NUL';
  if (LONE_SURROGATE.test(text)) return 'TEXT_HAS_BROKEN_CHARACTER';
  return undefined;
}

/** Every string in an argument value (nested inputs and lists too), with its dotted path. */
export function unsafeTextIn(value: unknown, path: string): FieldError[] {
  if (typeof value === 'string') {
    const problem = unsafeTextProblem(value);
    return problem ? [{ field: path || 'value', message: `${path || 'This value'} ${problem}`, code: unsafeTextCode(value) }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => unsafeTextIn(item, `${path}[${index}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => {
      const keyProblem = unsafeTextProblem(key);
      const field = path ? `${path}.${key}` : key;
      return keyProblem ? [{ field: path || 'value', message: `A field name ${keyProblem}`, code: unsafeTextCode(key) }] : unsafeTextIn(item, field);
    });
  }
  return [];
}
