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
 * may lack one a wording reads; such a notice is then worded with what it has (a client should show
 * the stored English title and body instead: see `hasNotificationFacts`).
 */
export function wordNotification<K extends NotificationKind>(language: Language, kind: K, params: NotificationParams<K>): NotificationWording {
  return notificationWords(language).kinds[kind](params);
}

/**
 * The facts each kind's title and body are worded from. Optional facts the wordings do without
 * (a session's location, a message's go-live offset) are not listed, nor a KPI's `latest`, which is
 * null until a first measurement.
 */
const WORDED_FROM: { readonly [K in NotificationKind]: readonly (keyof NotificationParams<K>)[] } = {
  TASK_ASSIGNED: ['projectName', 'count'],
  ROLE_GIVEN: ['projectName', 'roleName', 'change'],
  ROLE_TAKEN: ['projectName', 'roleName', 'change'],
  MENTION: ['authorName', 'subjectTitle'],
  COMMENT_ON_YOURS: ['authorName', 'subjectTitle'],
  MILESTONE_DUE: ['milestoneName', 'programName', 'dueDate'],
  MILESTONE_OVERDUE: ['milestoneName', 'programName', 'dueDate'],
  COMMUNICATION_DUE: ['title', 'waveName', 'programName', 'channel', 'plannedOn'],
  COMMUNICATION_OVERDUE: ['title', 'waveName', 'programName', 'channel', 'plannedOn'],
  // Notices stored before `localStart` was kept would lose the start time their stored body gives.
  SESSION_TOMORROW: ['topic', 'waveName', 'localStart', 'timeZone'],
  RETRAINING: ['topic', 'projectName'],
  GATE_BLOCKED: ['phaseName', 'projectName', 'blockerList'],
  GATE_UNBLOCKED: ['phaseName', 'projectName'],
  KPI_OFF_TRACK: ['kpiName', 'projectName', 'target', 'unit'],
  // Without `reasons` and `dueSoon` (stored before they were kept) the body would read "nothing is due soon".
  WEEKLY_STATUS: ['programName', 'health', 'overdueCount', 'reasons', 'dueSoon'],
  SUPPORT_ITEM_URGENT: ['number', 'severity', 'title', 'projectName'],
};

/**
 * Whether stored facts hold everything the kind's title and body are worded from. Notices stored
 * before a fact was kept may not: a client then shows both the stored title and the stored body,
 * rather than a body with a hole or one half of a notice in another language than the other.
 */
export function hasNotificationFacts(kind: NotificationKind, params: Record<string, unknown> | null | undefined): boolean {
  if (!params) return false;
  return (WORDED_FROM[kind] as readonly string[]).every((name) => params[name] !== undefined && params[name] !== null);
}
