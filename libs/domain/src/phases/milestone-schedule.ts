import type { IsoDate } from '../projects/project-schedule';

const DAY_MS = 86_400_000;

function dayNumber(date: IsoDate): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Days a milestone is past due as of `today`: 0 when done or not yet due. */
export function daysLate(dueDate: IsoDate, done: boolean, today: IsoDate): number {
  if (done) return 0;
  return Math.max(0, daysBetween(dueDate, today));
}

export interface ScheduledMilestone {
  id: string;
  dueDate: IsoDate;
  done: boolean;
}

/** The earliest milestone not yet done (overdue ones first, since they are earliest). */
export function nextMilestone<T extends ScheduledMilestone>(milestones: T[]): T | null {
  const open = milestones.filter((m) => !m.done).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  return open[0] ?? null;
}

export function todayIso(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}
