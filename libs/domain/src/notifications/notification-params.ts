import type { CommunicationChannel } from '../communications/communication-plan';
import type { Message } from '../messages/message';
import type { NotificationKind } from './notification-kind';
import type { RoleChange } from './role-notices';

/**
 * The facts each kind of notification is worded from. They are stored with the notification, so
 * the mail, the inbox and any client can word the same notice in their reader's language.
 */
export interface NotificationParamsByKind {
  /** One task (`taskTitle`), several (`count`), or those of a role that came with its primary place (`roleName`). */
  TASK_ASSIGNED: { projectName: string; count: number; taskId?: string; taskTitle?: string; roleKey?: string; roleName?: string };
  ROLE_GIVEN: RoleNoticeParams;
  ROLE_TAKEN: RoleNoticeParams;
  MENTION: CommentNoticeParams;
  COMMENT_ON_YOURS: CommentNoticeParams;
  MILESTONE_DUE: MilestoneNoticeParams;
  MILESTONE_OVERDUE: MilestoneNoticeParams;
  COMMUNICATION_DUE: CommunicationNoticeParams;
  COMMUNICATION_OVERDUE: CommunicationNoticeParams;
  SESSION_TOMORROW: {
    topic: string;
    waveName: string;
    startsAt: string;
    timeZone: string;
    /** The session's local day and time, e.g. "2027-06-16 09:00". */
    localStart?: string;
    durationMinutes?: number;
    location?: string | null;
    trainer?: string;
  };
  RETRAINING: { sessionId: string; topic: string; waveId: string; projectName: string };
  GATE_BLOCKED: GateNoticeParams;
  GATE_UNBLOCKED: GateNoticeParams;
  KPI_OFF_TRACK: { kpiId: string; kpiName: string; projectName: string; latest: number | null; target: number; unit: string; status: string };
  WEEKLY_STATUS: {
    programName: string;
    health: 'GREEN' | 'AMBER' | 'RED';
    overdueCount: number;
    dueSoonCount: number;
    week: string;
    /** Why the health is what it is, as messages to word in the reader's language. */
    reasons?: readonly Message[];
    dueSoon?: readonly { name: string; dueDate: string }[];
  };
  SUPPORT_ITEM_URGENT: { itemId: string; number: number; severity: number | string; title: string; projectName: string };
}

export interface RoleNoticeParams {
  projectName: string;
  roleKey: string;
  roleName: string;
  change: RoleChange;
  primary: boolean;
}

export interface CommentNoticeParams {
  commentId: string;
  subjectTitle: string;
  authorName: string;
}

export interface MilestoneNoticeParams {
  milestoneName: string;
  dueDate: string;
  programName: string;
}

export interface CommunicationNoticeParams {
  title: string;
  waveName: string;
  plannedOn: string;
  channel: CommunicationChannel;
  programName: string;
  /** Days from go-live (T-7 is -7); absent on notices told before it was kept. */
  offsetDays?: number;
}

export interface GateNoticeParams {
  phaseId: string;
  phaseName: string;
  projectName: string;
  blockers: number;
  /** What blocks the gate, as messages to word in the reader's language. */
  blockerList?: readonly Message[];
}

export type NotificationParams<K extends NotificationKind = NotificationKind> = NotificationParamsByKind[K];
