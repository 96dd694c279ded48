import { isIsoDate } from '@crm/domain';

import { badUserInput } from '../common/errors/app-error';
import { SortDirection, TaskOrderField, TaskOrderInput } from './dto/task.inputs';

/** How a sort key is compared in SQL, and so how a cursor's copy of it is checked. */
export type SortKeyType = 'text' | 'int' | 'numeric' | 'date';

/** Where a sorted page ended: the last task's sort key (and whether it had none) and its sequence number. */
export interface SortedCursor {
  field: TaskOrderField;
  direction: SortDirection;
  keyIsNull: boolean;
  key: string;
  seq: string;
}

const PREFIX = 'o:';

/**
 * A sorted page's cursor carries the last task's sort key itself, not only its sequence number:
 * if that task is changed (or removed) before the next page is asked for, the next page still
 * starts where this one ended, with no task repeated or skipped.
 */
export function encodeSortedCursor(cursor: SortedCursor): string {
  return Buffer.from(PREFIX + JSON.stringify([cursor.field, cursor.direction, cursor.keyIsNull, cursor.key, cursor.seq])).toString('base64url');
}

const KEY_FORMS: Record<SortKeyType, (key: string) => boolean> = {
  int: (key) => /^-?\d{1,9}$/.test(key),
  numeric: (key) => /^\d{1,6}(\.\d{1,4})?$/.test(key),
  date: (key) => isIsoDate(key),
  // Text keys are titles and names (at most 200 characters, lower-cased) and hold no control
  // characters; decoding UTF-8 never yields half a surrogate pair (bad bytes become U+FFFD).
  text: (key) => key.length <= 1000 && ![...key].some((c) => c.charCodeAt(0) < 0x20),
};

const notOurs = () => badUserInput([{ field: 'after', message: 'This cursor is not one we issued for this order. Start again from the first page.', code: 'INVALID_CURSOR' }]);

/**
 * The cursor of a sorted page, refused with BAD_USER_INPUT when it was not issued for `order`
 * (a creation-order cursor, another column or direction) or does not hold a key of the column's
 * type: a value the database cannot compare would otherwise fail inside the statement.
 */
export function decodeSortedCursor(after: string, order: TaskOrderInput, keyType: SortKeyType): SortedCursor {
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(after)) throw notOurs();
  const decoded = Buffer.from(after, 'base64url').toString();
  if (!decoded.startsWith(PREFIX)) throw notOurs();
  let parts: unknown;
  try {
    parts = JSON.parse(decoded.slice(PREFIX.length));
  } catch {
    throw notOurs();
  }
  if (!Array.isArray(parts) || parts.length !== 5) throw notOurs();
  const [field, direction, keyIsNull, key, seq] = parts as unknown[];
  if (field !== order.field || direction !== order.direction || typeof keyIsNull !== 'boolean' || typeof key !== 'string' || typeof seq !== 'string') {
    throw notOurs();
  }
  if (!/^\d{1,18}$/.test(seq) || !KEY_FORMS[keyType](key)) throw notOurs();
  return { field, direction, keyIsNull, key, seq };
}
