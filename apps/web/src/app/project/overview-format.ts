import { PhaseStatus } from '@crm/graphql-client';

import { daysBetween } from '../shared/dates/calendar-days';
import { formatInstant } from '../shared/format/formats';
import { browserTimeZone } from '../shared/format/user-time-zone';

const PHASE_STATUS_LABELS: Record<PhaseStatus, string> = {
  NOT_STARTED: $localize`:@@project.phaseStatus.notStarted:Not started`,
  IN_PROGRESS: $localize`:@@project.phaseStatus.inProgress:In progress`,
  COMPLETED: $localize`:@@project.phaseStatus.completed:Completed`,
};

export function phaseStatusLabel(status: PhaseStatus): string {
  return PHASE_STATUS_LABELS[status];
}

/** "1 day late", "12 days late". */
export function lateness(daysLate: number): string {
  return daysLate === 1 ? $localize`:@@project.due.oneDayLate:1 day late` : $localize`:@@project.due.daysLate:${daysLate}:days: days late`;
}

/** How far away a due date is, in the words a planner uses. */
export function dueLabel(dueDate: string, today: string): string {
  const days = daysBetween(today, dueDate);
  if (Number.isNaN(days)) return '';
  if (days < 0) return lateness(-days);
  if (days === 0) return $localize`:@@project.due.today:Due today`;
  if (days === 1) return $localize`:@@project.due.tomorrow:Due tomorrow`;
  return $localize`:@@project.due.inDays:Due in ${days}:days: days`;
}

/** "3 of 8 tasks done", or a plain statement when the phase has no tasks yet. */
export function progressLabel(progress: { doneTasks: number; totalTasks: number }): string {
  if (progress.totalTasks === 0) return $localize`:@@project.progress.noTasks:No tasks yet`;
  const { doneTasks, totalTasks } = progress;
  return totalTasks === 1
    ? $localize`:@@project.progress.ofOne:${doneTasks}:done: of 1 task done`
    : $localize`:@@project.progress.ofMany:${doneTasks}:done: of ${totalTasks}:total: tasks done`;
}

/** "4 tasks have no owner", with the grammar right for one. */
export function unownedLabel(count: number): string {
  if (count === 0) return $localize`:@@project.unowned.none:Every task has an owner`;
  return count === 1 ? $localize`:@@project.unowned.one:1 task has no owner` : $localize`:@@project.unowned.many:${count}:count: tasks have no owner`;
}

/** Where a criterion's sign-off stands, in a line: who must sign, who did and when, or that it lapsed. */
export function signOffText(criterion: {
  signOffState: string;
  signOffRole?: { name: string } | null;
  signOff?: { personName: string; signedAt: string } | null;
}, timeZone: string = browserTimeZone()): string {
  const role = criterion.signOffRole?.name ?? $localize`:@@project.signOff.roleAskedFor:the role asked for`;
  const signed = criterion.signOff;
  const day = signed ? formatInstant(signed.signedAt, timeZone, 'day') : '';
  const signer = signed?.personName ?? role;
  switch (criterion.signOffState) {
    case 'SIGNED':
      return $localize`:@@project.signOff.signed:Signed off by ${signer}:signer: on ${day}:day:`;
    case 'LAPSED':
      return $localize`:@@project.signOff.lapsed:${signer}:signer: signed on ${day}:day:, but the facts have changed since: ${role}:role: must sign again`;
    default:
      // Italian fuses the preposition with the article ("del ruolo richiesto"), so the unnamed role has a sentence of its own.
      return criterion.signOffRole
        ? $localize`:@@project.signOff.needed:Needs the sign-off of ${role}:role:`
        : $localize`:@@project.signOff.neededUnnamed:Needs the sign-off of the role asked for`;
  }
}
