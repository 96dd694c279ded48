import { englishText } from '../messages/format-message';
import type { Message } from '../messages/message';

export interface ReadinessItem {
  label: string;
  done: boolean;
}

/** Readiness items still open: a wave goes live only when this is empty. */
export function goLiveBlockers(items: ReadinessItem[]): string[] {
  return goLiveBlockerMessages(items).map((m) => englishText(m.code, m.params));
}

/** The same as `goLiveBlockers`, as messages a client words in its reader's language. */
export function goLiveBlockerMessages(items: ReadinessItem[]): Message[] {
  return items.filter((i) => !i.done).map((i) => ({ code: 'READINESS_ITEM_NOT_DONE', params: { item: i.label } }));
}

/** Share of readiness items checked, 0 to 1; a wave with no checklist is not shown as ready. */
export function readinessProgress(items: ReadinessItem[]): number {
  return items.length === 0 ? 0 : items.filter((i) => i.done).length / items.length;
}
