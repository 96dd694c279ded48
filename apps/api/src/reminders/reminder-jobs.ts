import { communicationReminderTimes, milestoneReminderTimes, nextWeeklyStatusTime, sessionReminderTime } from '@crm/domain';

import { JobRequest } from '../jobs/job-handler';

/**
 * The reminder jobs of a record, as plain requests: the areas that change milestones, sessions
 * and programs schedule them in their own transactions (they import these functions, not the
 * reminders module, which reads their tables), and the startup catch-up schedules the same ones.
 */
export const REMINDER_JOB = {
  MILESTONE_DUE: 'MILESTONE_DUE',
  MILESTONE_OVERDUE: 'MILESTONE_OVERDUE',
  SESSION_TOMORROW: 'SESSION_TOMORROW',
  COMMUNICATION_DUE: 'COMMUNICATION_DUE',
  COMMUNICATION_OVERDUE: 'COMMUNICATION_OVERDUE',
  WEEKLY_STATUS: 'WEEKLY_STATUS',
} as const;

export const reminderKey = {
  milestoneDue: (milestoneId: string) => `milestone-due:${milestoneId}`,
  milestoneOverdue: (milestoneId: string) => `milestone-overdue:${milestoneId}`,
  sessionTomorrow: (sessionId: string) => `session-tomorrow:${sessionId}`,
  weeklyStatus: (projectId: string) => `weekly-status:${projectId}`,
  communicationDue: (communicationId: string) => `communication-due:${communicationId}`,
  communicationOverdue: (communicationId: string) => `communication-overdue:${communicationId}`,
};

export interface CommunicationPayload extends Record<string, unknown> {
  communicationId: string;
  /** The day the reminder was scheduled for: a job left over from an older day does nothing. */
  plannedOn: string;
}

/** A message's reminders: on its day and the morning after while it is planned, none once sent or skipped. */
export function communicationReminderJobs(
  communications: readonly { id: string; project_id: string; planned_on: string; status: string }[],
  now: Date = new Date(),
): { schedule: JobRequest[]; cancel: string[] } {
  const schedule: JobRequest[] = [];
  const cancel: string[] = [];
  for (const message of communications) {
    const keys = [reminderKey.communicationDue(message.id), reminderKey.communicationOverdue(message.id)] as const;
    const times = message.status === 'PLANNED' ? communicationReminderTimes(message.planned_on, now) : { due: null, overdue: null };
    const payload: CommunicationPayload = { communicationId: message.id, plannedOn: message.planned_on };
    for (const [kind, key, runAt] of [
      [REMINDER_JOB.COMMUNICATION_DUE, keys[0], times.due],
      [REMINDER_JOB.COMMUNICATION_OVERDUE, keys[1], times.overdue],
    ] as const) {
      if (runAt) schedule.push({ kind, key, runAt, payload, subjectId: message.id, projectId: message.project_id });
      else cancel.push(key);
    }
  }
  return { schedule, cancel };
}

export interface MilestonePayload extends Record<string, unknown> {
  milestoneId: string;
  /** The due date the reminder was scheduled for: a job left over from an older date does nothing. */
  dueDate: string;
}

export interface SessionPayload extends Record<string, unknown> {
  sessionId: string;
  startsAt: string;
}

/** What a milestone's reminders should be now: jobs to (re)schedule and keys to cancel. */
export function milestoneReminderJobs(
  milestone: { id: string; project_id: string; due_date: string; status: string },
  now: Date = new Date(),
): { schedule: JobRequest[]; cancel: string[] } {
  const keys = [reminderKey.milestoneDue(milestone.id), reminderKey.milestoneOverdue(milestone.id)];
  if (milestone.status === 'DONE') return { schedule: [], cancel: keys };
  const times = milestoneReminderTimes(milestone.due_date, now);
  const schedule: JobRequest[] = [];
  const cancel: string[] = [];
  const payload: MilestonePayload = { milestoneId: milestone.id, dueDate: milestone.due_date };
  for (const [kind, key, runAt] of [
    [REMINDER_JOB.MILESTONE_DUE, keys[0], times.due],
    [REMINDER_JOB.MILESTONE_OVERDUE, keys[1], times.overdue],
  ] as const) {
    if (runAt) schedule.push({ kind, key, runAt, payload, subjectId: milestone.id, projectId: milestone.project_id });
    else cancel.push(key);
  }
  return { schedule, cancel };
}

/** A session's reminder: scheduled while it is planned and more than a day away, cancelled otherwise. */
export function sessionReminderJobs(
  session: { id: string; project_id: string; starts_at: Date; status: string },
  now: Date = new Date(),
): { schedule: JobRequest[]; cancel: string[] } {
  const key = reminderKey.sessionTomorrow(session.id);
  const runAt = session.status === 'SCHEDULED' ? sessionReminderTime(new Date(session.starts_at), now) : null;
  if (!runAt) return { schedule: [], cancel: [key] };
  const payload: SessionPayload = { sessionId: session.id, startsAt: new Date(session.starts_at).toISOString() };
  return { schedule: [{ kind: REMINDER_JOB.SESSION_TOMORROW, key, runAt, payload, subjectId: session.id, projectId: session.project_id }], cancel: [] };
}

/** A program's next Monday status. */
export function weeklyStatusJob(project: { id: string; organisation_id: string | null }, now: Date = new Date()): JobRequest {
  return {
    kind: REMINDER_JOB.WEEKLY_STATUS,
    key: reminderKey.weeklyStatus(project.id),
    runAt: nextWeeklyStatusTime(now),
    payload: { projectId: project.id },
    projectId: project.id,
    organisationId: project.organisation_id,
  };
}
