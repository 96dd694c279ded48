import { NotificationKind } from '@crm/domain';

/**
 * How each kind is named where a person chooses its channel, in the page's language. The domain's
 * NOTIFICATION_KIND_LABELS stay English for the API; this map is the web's.
 */
export const NOTIFICATION_KIND_WORDS: Record<NotificationKind, string> = {
  TASK_ASSIGNED: $localize`:@@notifications.kind.taskAssigned:A task comes to you`,
  ROLE_GIVEN: $localize`:@@notifications.kind.roleGiven:You are given a role`,
  ROLE_TAKEN: $localize`:@@notifications.kind.roleTaken:A role of yours is taken away`,
  MENTION: $localize`:@@notifications.kind.mention:Someone mentions you`,
  COMMENT_ON_YOURS: $localize`:@@notifications.kind.commentOnYours:A comment on your work`,
  MILESTONE_DUE: $localize`:@@notifications.kind.milestoneDue:A milestone is due soon`,
  MILESTONE_OVERDUE: $localize`:@@notifications.kind.milestoneOverdue:A milestone is overdue`,
  COMMUNICATION_DUE: $localize`:@@notifications.kind.communicationDue:A planned message goes out today`,
  COMMUNICATION_OVERDUE: $localize`:@@notifications.kind.communicationOverdue:A planned message is late`,
  SESSION_TOMORROW: $localize`:@@notifications.kind.sessionTomorrow:Your training session is tomorrow`,
  RETRAINING: $localize`:@@notifications.kind.retraining:Retraining is needed`,
  GATE_BLOCKED: $localize`:@@notifications.kind.gateBlocked:A phase gate is blocked`,
  GATE_UNBLOCKED: $localize`:@@notifications.kind.gateUnblocked:A phase gate is open again`,
  KPI_OFF_TRACK: $localize`:@@notifications.kind.kpiOffTrack:A KPI is off track`,
  WEEKLY_STATUS: $localize`:@@notifications.kind.weeklyStatus:The weekly status of your programs`,
  SUPPORT_ITEM_URGENT: $localize`:@@notifications.kind.supportItemUrgent:An urgent support item comes to your desk`,
};
