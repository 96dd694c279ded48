import { NotificationKind } from '@crm/domain';

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

/** One thing to tell people, raised by the area where it happened, inside its transaction. */
export interface NotificationEvent {
  kind: NotificationKind;
  organisationId: string;
  projectId: string | null;
  subject: { type: NotificationSubjectType; id: string } | null;
  to: NotificationRecipients;
  actorUserId?: string | null;
  /** One line for the inbox and the mail subject. */
  title: string;
  /** More text for the inbox and the mail body (plain text). */
  body?: string;
  /** The facts the title was worded from, kept so a client can word them in its own language. */
  params?: Record<string, string | number | boolean | null>;
  /** Path in the web app, e.g. `/projects/<id>/tasks/<taskId>`. */
  link: string;
  /** Mail only: the .ics of a training session. */
  attachments?: readonly NotificationAttachment[];
  /** A reminder's key: an event whose key was already notified to a user is not notified to them again. */
  dedupeKey?: string;
}
