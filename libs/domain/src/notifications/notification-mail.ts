import { NotificationKind } from './notification-kind';

/** A notification mails wait this long for more of their kind to the same address, unless configured. */
export const DEFAULT_NOTIFICATION_BATCH_MINUTES = 3;

const COUNTED: Record<NotificationKind, (n: number) => string> = {
  TASK_ASSIGNED: (n) => `${n} tasks came to you`,
  ROLE_GIVEN: (n) => `You were given ${n} roles`,
  ROLE_TAKEN: (n) => `${n} of your roles were taken away`,
  MENTION: (n) => `You were mentioned ${n} times`,
  COMMENT_ON_YOURS: (n) => `${n} new comments on your work`,
  MILESTONE_DUE: (n) => `${n} milestones are due soon`,
  MILESTONE_OVERDUE: (n) => `${n} milestones are overdue`,
  COMMUNICATION_DUE: (n) => `${n} planned messages go out today`,
  COMMUNICATION_OVERDUE: (n) => `${n} planned messages are late`,
  SESSION_TOMORROW: (n) => `${n} training sessions tomorrow`,
  RETRAINING: (n) => `${n} retraining notices`,
  GATE_BLOCKED: (n) => `${n} phase gates are blocked`,
  GATE_UNBLOCKED: (n) => `${n} phase gates are open again`,
  KPI_OFF_TRACK: (n) => `${n} KPIs are off track`,
  WEEKLY_STATUS: (n) => `${n} weekly status reports`,
  SUPPORT_ITEM_URGENT: (n) => `${n} urgent support items came to your desk`,
};

/** One notification inside a mail. */
export interface NotificationMailItem {
  title: string;
  body: string;
  /** Absolute link to the thing. */
  url: string;
}

/** The subject of a mail holding `count` notifications: the title of the only one, or how many there are. */
export function notificationMailSubject(kind: NotificationKind, count: number, firstTitle: string): string {
  return count <= 1 ? firstTitle : COUNTED[kind](count);
}

/** The plain text of a notification mail: its items oldest first, ending with where to change what is mailed. */
export function notificationMailText(items: readonly NotificationMailItem[], settingsUrl: string): string {
  const blocks = items.map((item) => [item.title, item.body, `Open it: ${item.url}`].filter((line) => line.trim() !== '').join('\n'));
  return `${blocks.join('\n\n')}\n\n—\nChoose what reaches you by mail: ${settingsUrl}\n`;
}
