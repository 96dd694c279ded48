import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { NotificationKind } from './notification-kind';
import { notificationWords } from './notification-words';

/** A notification mails wait this long for more of their kind to the same address, unless configured. */
export const DEFAULT_NOTIFICATION_BATCH_MINUTES = 3;

/** One notification inside a mail, already worded in its recipient's language. */
export interface NotificationMailItem {
  title: string;
  body: string;
  /** Absolute link to the thing. */
  url: string;
  /** The recipient's language; mail queued before it was kept reads English. */
  language?: Language;
}

/** The subject of a mail holding `count` notifications: the title of the only one, or how many there are. */
export function notificationMailSubject(kind: NotificationKind, count: number, firstTitle: string, language: Language = DEFAULT_LANGUAGE): string {
  return count <= 1 ? firstTitle : notificationWords(language).counted[kind](count);
}

/** The plain text of a notification mail: its items oldest first, ending with where to change what is mailed. */
export function notificationMailText(items: readonly NotificationMailItem[], settingsUrl: string, language: Language = DEFAULT_LANGUAGE): string {
  const words = notificationWords(language);
  const blocks = items.map((item) => [item.title, item.body, words.openIt(item.url)].filter((line) => line.trim() !== '').join('\n'));
  return `${blocks.join('\n\n')}\n\n—\n${words.settings(settingsUrl)}\n`;
}
