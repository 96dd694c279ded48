import { Language, NotificationKind, NotificationParams } from '@crm/domain';

/** What a notification links to. */
export type NotificationSubjectType =
  | 'TASK'
  | 'MILESTONE'
  | 'RISK'
  | 'REQUIREMENT'
  | 'PROCESS'
  | 'TRAINING_SESSION'
  | 'PHASE'
  | 'KPI'
  | 'WAVE'
  | 'COMMUNICATION'
  | 'PROJECT';

/**
 * Who an event is for. Every entry is resolved to accounts of the event's organisation: people by
 * their email, a role to whoever holds it on the program (the primary holder, or every holder with
 * `allHolders`). The acting user is never told of their own action.
 */
export interface NotificationRecipients {
  userIds?: readonly string[];
  personIds?: readonly string[];
  roles?: readonly { projectId: string; roleId: string; allHolders?: boolean }[];
}

export interface NotificationAttachment {
  filename: string;
  contentType: string;
  content: string;
}

interface NotificationEventBase<K extends NotificationKind> {
  kind: K;
  organisationId: string;
  projectId: string | null;
  subject: { type: NotificationSubjectType; id: string } | null;
  to: NotificationRecipients;
  actorUserId?: string | null;
  /**
   * The facts the notice is worded from, per reader's language (`wordNotification`), for the inbox,
   * the mail and any client.
   */
  params: NotificationParams<K>;
  /** What a person wrote that the notice carries (a comment, a support item's description), shown as written. */
  writtenBody?: string;
  /** Path in the web app, e.g. `/projects/<id>/tasks/<taskId>`. */
  link: string;
  /** Mail only: the .ics of a training session, in the recipient's language. */
  attachments?: (language: Language) => readonly NotificationAttachment[];
  /** A reminder's key: an event whose key was already notified to a user is not notified to them again. */
  dedupeKey?: string;
}

/** One thing to tell people, raised by the area where it happened, inside its transaction. */
export type NotificationEvent = { [K in NotificationKind]: NotificationEventBase<K> }[NotificationKind];
