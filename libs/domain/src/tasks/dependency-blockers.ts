import { isOpen, TaskStatusName } from './task-ownership';

/** A task another one waits for, as much of it as the rule and its message need. */
export interface Prerequisite {
  id: string;
  title: string;
  status: TaskStatusName | string;
}

/** Work has begun, or is finished: neither should happen while a prerequisite is still open. */
export const STATUSES_AFTER_PREREQUISITES: readonly TaskStatusName[] = ['IN_PROGRESS', 'DONE'];

/** The prerequisites that are not DONE yet, in the order given: what the task is waiting for. */
export function openPrerequisites<P extends Pick<Prerequisite, 'status'>>(prerequisites: readonly P[]): P[] {
  return prerequisites.filter(isOpen);
}

export interface TaskDependencyChange {
  /** The task's status before the change; null when the task is being created. */
  currentStatus: TaskStatusName | string | null;
  /** The status the task would have after the change. */
  nextStatus: TaskStatusName | string;
  /** What the task waits for now (empty when it is being created). */
  currentDependsOnIds: readonly string[];
  /** What it would wait for after the change. */
  prerequisites: readonly Prerequisite[];
}

/**
 * The open prerequisites that forbid a change, or none when the change may go ahead.
 *
 * A task may not start or finish while something it waits for is open, so moving it into
 * IN_PROGRESS or DONE (or creating it there) is blocked by every open prerequisite. A task that is
 * already in progress or done cannot be made to wait for an open task either: that is the same
 * promise broken the other way round, so newly added open prerequisites block too.
 *
 * What is not blocked: edits that leave the status and the links as they are. A prerequisite
 * may be re-opened after its dependants moved on (someone finds a mistake in finished work); that
 * is allowed and the dependants are flagged instead (`dependencyFlag`), because refusing it would
 * force people to pretend the prerequisite is still done.
 */
export function dependencyBlockers(change: TaskDependencyChange): Prerequisite[] {
  if (!STATUSES_AFTER_PREREQUISITES.includes(change.nextStatus as TaskStatusName)) return [];
  const open = openPrerequisites(change.prerequisites);
  if (change.currentStatus !== change.nextStatus) return open;
  const alreadyLinked = new Set(change.currentDependsOnIds);
  return open.filter((p) => !alreadyLinked.has(p.id));
}

/**
 * What a card says about a task's prerequisites:
 * - `WAITING`: not started, and something it waits for is open;
 * - `AHEAD_OF_PREREQUISITE`: in progress or done although a prerequisite is open (it was re-opened
 *   after this task moved on, or the task moved on before this rule existed, as in the demo plan),
 *   so its result may need another look;
 * - null: nothing to say.
 */
export type DependencyFlag = 'WAITING' | 'AHEAD_OF_PREREQUISITE';

export function dependencyFlag(status: TaskStatusName | string, openPrerequisiteCount: number): DependencyFlag | null {
  if (openPrerequisiteCount === 0) return null;
  return STATUSES_AFTER_PREREQUISITES.includes(status as TaskStatusName) ? 'AHEAD_OF_PREREQUISITE' : 'WAITING';
}

/** Whether a task may be moved to `status` now, given how many of its prerequisites are open. */
export function statusAllowedNow(status: TaskStatusName | string, openPrerequisiteCount: number): boolean {
  return openPrerequisiteCount === 0 || !STATUSES_AFTER_PREREQUISITES.includes(status as TaskStatusName);
}
