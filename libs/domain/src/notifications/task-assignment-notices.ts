import { OwnedTask, ownerFor, PrimaryHolderOf } from '../tasks/owner-resolution';

/** A task as it stood before and after one change; `before` is null for a task just created. */
export interface TaskOwnerChange {
  taskId: string;
  before: (OwnedTask & { done: boolean }) | null;
  after: OwnedTask & { done: boolean };
}

/** The open tasks that came to one person in one change. */
export interface TasksCameTo {
  personId: string;
  taskIds: string[];
}

/**
 * Who is told that tasks came to them: the owner after the change (`ownerFor`: the assignee, else
 * the role's primary holder in the task's wave, else the program's) when that is someone other than the owner before. Done tasks are
 * nobody's news, the person who made the change knows already, and the previous owner is not told
 * here. One entry per person, tasks in the order given.
 *
 * @param holderBefore the primary holder of each role before the change
 * @param holderAfter the same after it (the same function when roles did not change)
 */
export function tasksThatCameTo(
  changes: readonly TaskOwnerChange[],
  holderBefore: PrimaryHolderOf,
  holderAfter: PrimaryHolderOf,
  actorPersonId: string | null,
): TasksCameTo[] {
  const byPerson = new Map<string, string[]>();
  for (const change of changes) {
    if (change.after.done) continue;
    const now = ownerFor(change.after, holderAfter).personId;
    if (!now || now === actorPersonId) continue;
    const was = change.before ? ownerFor(change.before, holderBefore).personId : null;
    if (was === now) continue;
    const list = byPerson.get(now);
    if (list) list.push(change.taskId);
    else byPerson.set(now, [change.taskId]);
  }
  return [...byPerson].map(([personId, taskIds]) => ({ personId, taskIds }));
}

/**
 * When a role changes primary holder, the open tasks that follow it (no assignee of their own)
 * come to the new holder: one summary for all of them, none when there are none, when the role
 * now has no primary holder, or when the new holder made the change.
 */
export function roleTasksCameTo(
  change: { holderBefore: string | null; holderAfter: string | null; openFollowingTasks: number },
  actorPersonId: string | null,
): { personId: string; count: number } | null {
  const { holderBefore, holderAfter, openFollowingTasks } = change;
  if (!holderAfter || holderAfter === holderBefore || holderAfter === actorPersonId || openFollowingTasks === 0) return null;
  return { personId: holderAfter, count: openFollowingTasks };
}
