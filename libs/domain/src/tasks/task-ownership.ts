import { ownerFor, OwnedTask, PrimaryHolderOf, ResolvedOwner } from './owner-resolution';

export type TaskStatusName = 'TODO' | 'IN_PROGRESS' | 'BLOCKED' | 'DONE';

export interface TaskFacts extends OwnedTask {
  status: TaskStatusName | string;
  dueDate: string | null;
}

/** A task is open until it is DONE; only open tasks count as work somebody has to do. */
export function isOpen(task: Pick<TaskFacts, 'status'>): boolean {
  return task.status !== 'DONE';
}

/** Every status `isOpen` holds true for, for asking the API for a phase's open tasks. */
export const OPEN_TASK_STATUSES: readonly TaskStatusName[] = (['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'] as const).filter((status) => isOpen({ status }));

/**
 * A task that needs an owner: still open and nobody answers for it (no assignee, nobody holds its
 * role as primary). A finished task without an owner is history, not a gap — the overview's
 * count, the board's "unowned" filter and health all mean this.
 */
export function needsOwner(task: TaskFacts, primaryHolderOf: PrimaryHolderOf): boolean {
  return isOpen(task) && ownerFor(task, primaryHolderOf).source === 'UNOWNED';
}

/** Past its due day and not done; a task due today is not late yet. */
export function isOverdue(task: Pick<TaskFacts, 'status' | 'dueDate'>, today: string): boolean {
  return task.dueDate !== null && isOpen(task) && task.dueDate < today;
}

export type { ResolvedOwner };
