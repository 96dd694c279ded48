import { addDays } from '../phases/milestone-schedule';
import type { IsoDate } from '../projects/project-schedule';

/** The headings of "My work", in the order they are shown: what is late first, undated work last. */
export type DueGroup = 'OVERDUE' | 'TODAY' | 'THIS_WEEK' | 'LATER' | 'NO_DATE';

export const DUE_GROUPS: readonly DueGroup[] = ['OVERDUE', 'TODAY', 'THIS_WEEK', 'LATER', 'NO_DATE'];

export const DUE_GROUP_LABELS: Readonly<Record<DueGroup, string>> = {
  OVERDUE: 'Overdue',
  TODAY: 'Today',
  THIS_WEEK: 'This week',
  LATER: 'Later',
  NO_DATE: 'No date',
};

/**
 * "This week" is the six days after today, a rolling week rather than the calendar's: on a
 * Friday, Monday's deadline is still this week's worry, and the answer does not depend on which
 * day a locale starts its week on.
 */
export const THIS_WEEK_DAYS = 6;

/**
 * Where a piece of open work belongs by its due day, seen from `today` (the user's own calendar
 * day). Only open work reaches "My work", so anything due before today is overdue, like a task
 * by `isOverdue`: due today is not late yet.
 */
export function dueGroupOf(dueDate: IsoDate | null, today: IsoDate): DueGroup {
  if (dueDate === null) return 'NO_DATE';
  if (dueDate < today) return 'OVERDUE';
  if (dueDate === today) return 'TODAY';
  if (dueDate <= addDays(today, THIS_WEEK_DAYS)) return 'THIS_WEEK';
  return 'LATER';
}

export interface DueGroupOf<T> {
  group: DueGroup;
  label: string;
  items: T[];
}

/**
 * Work grouped under its headings in `DUE_GROUPS` order, soonest due first inside a group (ties
 * keep the order they came in); headings with nothing under them are left out.
 */
export function groupByDue<T extends { dueDate: IsoDate | null }>(items: readonly T[], today: IsoDate): DueGroupOf<T>[] {
  const byGroup = new Map<DueGroup, T[]>(DUE_GROUPS.map((g) => [g, []]));
  for (const item of items) byGroup.get(dueGroupOf(item.dueDate, today))!.push(item);
  return DUE_GROUPS.filter((group) => byGroup.get(group)!.length > 0).map((group) => ({
    group,
    label: DUE_GROUP_LABELS[group],
    items: [...byGroup.get(group)!].sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '')),
  }));
}
