import { badUserInput } from '../common/errors/app-error';
import { isUuid } from '../common/ids/is-uuid';
import { InboxPosition } from './notifications.repository';

/** An inbox cursor wraps the last row's place in the newest-first order: its time (µs) and id. */
export function encodeInboxCursor(position: InboxPosition): string {
  return Buffer.from(`n:${position.createdUs}:${position.id}`).toString('base64url');
}

export function decodeInboxCursor(cursor: string | null | undefined): InboxPosition | null {
  if (!cursor) return null;
  const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString() : '';
  const match = /^n:(\d{1,18}):(.+)$/.exec(decoded);
  if (!match || !isUuid(match[2]!)) throw badUserInput([{ field: 'after', message: 'This cursor is not one we issued.', code: 'INVALID_CURSOR' }]);
  return { createdUs: match[1]!, id: match[2]! };
}
