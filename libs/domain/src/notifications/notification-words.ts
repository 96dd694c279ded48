import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import type { NotificationKind } from './notification-kind';
import type { NotificationParams } from './notification-params';
import { NOTIFICATION_WORDS_EN } from './notification-words.en';
import { NOTIFICATION_WORDS_IT } from './notification-words.it';
import { NOTIFICATION_WORDS_NL } from './notification-words.nl';

/**
 * A notification worded for one reader. `body` is left out where the body is what a person wrote
 * (a comment, a support item's description): that text is shown as it was written.
 */
export interface NotificationWording {
  title: string;
  body?: string;
}

/** Every kind worded from its facts; a kind without a wording fails to compile. */
export type NotificationKindWords = { readonly [K in NotificationKind]: (params: NotificationParams<K>) => NotificationWording };

/** What one language says in notifications and the mails that carry them. */
export interface NotificationWords {
  kinds: NotificationKindWords;
  /** The subject of a mail that gathers `n` notifications of a kind. */
  counted: Readonly<Record<NotificationKind, (n: number) => string>>;
  /** The line under each notification of a mail. */
  openIt: (url: string) => string;
  /** The mail's last line: where to choose what is mailed. */
  settings: (url: string) => string;
}

const WORDS: Readonly<Record<Language, NotificationWords>> = { en: NOTIFICATION_WORDS_EN, nl: NOTIFICATION_WORDS_NL, it: NOTIFICATION_WORDS_IT };

export function notificationWords(language: Language): NotificationWords {
  return WORDS[language] ?? WORDS[DEFAULT_LANGUAGE];
}

/**
 * The notification of `kind` worded in `language` from its facts. Facts stored by an older version
 * may lack one a wording reads; such a notice is then worded with what it has (a client may prefer
 * the stored English title instead: see `hasNotificationFacts`).
 */
export function wordNotification<K extends NotificationKind>(language: Language, kind: K, params: NotificationParams<K>): NotificationWording {
  return notificationWords(language).kinds[kind](params);
}

const TITLE_FACTS: Readonly<Record<NotificationKind, readonly string[]>> = {
  TASK_ASSIGNED: ['projectName', 'count'],
  ROLE_GIVEN: ['projectName', 'roleName', 'change'],
  ROLE_TAKEN: ['projectName', 'roleName', 'change'],
  MENTION: ['authorName', 'subjectTitle'],
  COMMENT_ON_YOURS: ['authorName', 'subjectTitle'],
  MILESTONE_DUE: ['milestoneName'],
  MILESTONE_OVERDUE: ['milestoneName'],
  COMMUNICATION_DUE: ['title'],
  COMMUNICATION_OVERDUE: ['title'],
  SESSION_TOMORROW: ['topic'],
  RETRAINING: ['topic', 'projectName'],
  GATE_BLOCKED: ['phaseName', 'projectName'],
  GATE_UNBLOCKED: ['phaseName', 'projectName'],
  KPI_OFF_TRACK: ['kpiName', 'projectName'],
  WEEKLY_STATUS: ['programName', 'health'],
  SUPPORT_ITEM_URGENT: ['number', 'severity', 'title', 'projectName'],
};

/** Whether stored facts hold what the kind's title is worded from (notices stored before facts were kept may not). */
export function hasNotificationFacts(kind: NotificationKind, params: Record<string, unknown> | null | undefined): boolean {
  if (!params) return false;
  return TITLE_FACTS[kind].every((name) => params[name] !== undefined && params[name] !== null);
}
