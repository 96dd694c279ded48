/** What a notification tells its reader; each person chooses per kind where it reaches them. */
export const NOTIFICATION_KINDS = [
  'TASK_ASSIGNED',
  'ROLE_GIVEN',
  'ROLE_TAKEN',
  'MENTION',
  'COMMENT_ON_YOURS',
  'MILESTONE_DUE',
  'MILESTONE_OVERDUE',
  'COMMUNICATION_DUE',
  'COMMUNICATION_OVERDUE',
  'SESSION_TOMORROW',
  'RETRAINING',
  'GATE_BLOCKED',
  'GATE_UNBLOCKED',
  'KPI_OFF_TRACK',
  'WEEKLY_STATUS',
  'SUPPORT_ITEM_URGENT',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
