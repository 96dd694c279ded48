import { PhaseStatus } from '@crm/graphql-client';

import { daysBetween } from '../shared/dates/calendar-days';
import { formatInstant } from '../shared/format/formats';
import { browserTimeZone } from '../shared/format/user-time-zone';

const PHASE_STATUS_LABELS: Record<PhaseStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
};

export function phaseStatusLabel(status: PhaseStatus): string {
  return PHASE_STATUS_LABELS[status];
}

/** "1 day late", "12 days late". */
export function lateness(daysLate: number): string {
  return `${daysLate} ${daysLate === 1 ? 'day' : 'days'} late`;
}

/** How far away a due date is, in the words a planner uses. */
export function dueLabel(dueDate: string, today: string): string {
  const days = daysBetween(today, dueDate);
  if (Number.isNaN(days)) return '';
  if (days < 0) return lateness(-days);
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  return `Due in ${days} days`;
}

/** "3 of 8 tasks done", or a plain statement when the phase has no tasks yet. */
export function progressLabel(progress: { doneTasks: number; totalTasks: number }): string {
  if (progress.totalTasks === 0) return 'No tasks yet';
  const noun = progress.totalTasks === 1 ? 'task' : 'tasks';
  return `${progress.doneTasks} of ${progress.totalTasks} ${noun} done`;
}

/** "4 tasks have no owner", with the grammar right for one. */
export function unownedLabel(count: number): string {
  if (count === 0) return 'Every task has an owner';
  return count === 1 ? '1 task has no owner' : `${count} tasks have no owner`;
}

/** Where a criterion's sign-off stands, in a line: who must sign, who did and when, or that it lapsed. */
export function signOffText(criterion: {
  signOffState: string;
  signOffRole?: { name: string } | null;
  signOff?: { personName: string; signedAt: string } | null;
}, timeZone: string = browserTimeZone()): string {
  const role = criterion.signOffRole?.name ?? 'the role asked for';
  const signed = criterion.signOff;
  const day = signed ? formatInstant(signed.signedAt, timeZone, 'day') : '';
  switch (criterion.signOffState) {
    case 'SIGNED':
      return `Signed off by ${signed?.personName ?? role} on ${day}`;
    case 'LAPSED':
      return `${signed?.personName ?? role} signed on ${day}, but the facts have changed since: ${role} must sign again`;
    default:
      return `Needs the sign-off of ${role}`;
  }
}
