import { NOTIFICATION_KINDS, NotificationKind } from './notification-kind';

/** Where a kind of notification reaches a person. */
export const NOTIFICATION_CHANNELS = ['INBOX', 'EMAIL', 'BOTH', 'NONE'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * What reaches a person who has not chosen: inbox and mail for what asks them to act, the inbox
 * alone for what is only good to know, and mail alone for the weekly status, which is a mail by nature.
 */
export const DEFAULT_NOTIFICATION_CHANNEL: Record<NotificationKind, NotificationChannel> = {
  TASK_ASSIGNED: 'BOTH',
  ROLE_GIVEN: 'BOTH',
  ROLE_TAKEN: 'INBOX',
  MENTION: 'BOTH',
  COMMENT_ON_YOURS: 'INBOX',
  MILESTONE_DUE: 'BOTH',
  MILESTONE_OVERDUE: 'BOTH',
  COMMUNICATION_DUE: 'BOTH',
  COMMUNICATION_OVERDUE: 'BOTH',
  SESSION_TOMORROW: 'BOTH',
  RETRAINING: 'BOTH',
  GATE_BLOCKED: 'BOTH',
  GATE_UNBLOCKED: 'INBOX',
  KPI_OFF_TRACK: 'BOTH',
  WEEKLY_STATUS: 'EMAIL',
  SUPPORT_ITEM_URGENT: 'BOTH',
};

/** How each kind is named where a person chooses its channel. */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  TASK_ASSIGNED: 'A task comes to you',
  ROLE_GIVEN: 'You are given a role',
  ROLE_TAKEN: 'A role of yours is taken away',
  MENTION: 'Someone mentions you',
  COMMENT_ON_YOURS: 'A comment on your work',
  MILESTONE_DUE: 'A milestone is due soon',
  MILESTONE_OVERDUE: 'A milestone is overdue',
  COMMUNICATION_DUE: 'A planned message goes out today',
  COMMUNICATION_OVERDUE: 'A planned message is late',
  SESSION_TOMORROW: 'Your training session is tomorrow',
  RETRAINING: 'Retraining is needed',
  GATE_BLOCKED: 'A phase gate is blocked',
  GATE_UNBLOCKED: 'A phase gate is open again',
  KPI_OFF_TRACK: 'A KPI is off track',
  WEEKLY_STATUS: 'The weekly status of your programs',
  SUPPORT_ITEM_URGENT: 'An urgent support item comes to your desk',
};

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

export function isNotificationChannel(value: string): value is NotificationChannel {
  return (NOTIFICATION_CHANNELS as readonly string[]).includes(value);
}

/** The channel a person gets a kind by: their own choice, else the kind's default. */
export function channelFor(kind: NotificationKind, chosen: NotificationChannel | null | undefined): NotificationChannel {
  return chosen ?? DEFAULT_NOTIFICATION_CHANNEL[kind];
}

export function reachesInbox(channel: NotificationChannel): boolean {
  return channel === 'INBOX' || channel === 'BOTH';
}

export function reachesEmail(channel: NotificationChannel): boolean {
  return channel === 'EMAIL' || channel === 'BOTH';
}

/** Every kind with the channel it reaches the person by and its default, in the order of NOTIFICATION_KINDS. */
export function preferencesOf(chosen: ReadonlyMap<NotificationKind, NotificationChannel>): { kind: NotificationKind; channel: NotificationChannel; defaultChannel: NotificationChannel }[] {
  return NOTIFICATION_KINDS.map((kind) => ({ kind, channel: channelFor(kind, chosen.get(kind)), defaultChannel: DEFAULT_NOTIFICATION_CHANNEL[kind] }));
}
