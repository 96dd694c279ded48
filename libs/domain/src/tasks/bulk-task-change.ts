import { dependencyBlockers, Prerequisite } from './dependency-blockers';
import { TaskStatusName } from './task-ownership';

/** The most tasks one bulk change may name: one page of the task table, at most. */
export const MAX_TASKS_PER_BULK_CHANGE = 100;

/** A task of a bulk status change, as the rule needs it. */
export interface BulkChangedTask {
  id: string;
  title: string;
  status: TaskStatusName | string;
}

/** One "waits for" link of a task in the change, with the prerequisite as it is now. */
export interface BulkPrerequisiteLink {
  taskId: string;
  prerequisite: Prerequisite;
}

/** A task the change may not move, and the open prerequisites it waits for. */
export interface BulkRefusal {
  task: BulkChangedTask;
  blockers: Prerequisite[];
}

/**
 * The tasks of a bulk status change that may not move to `nextStatus`, in the order given; none
 * when the whole change may go ahead. Each task follows `dependencyBlockers`, with one difference:
 * a prerequisite that is itself in the change counts with the status it is being given, so
 * finishing a task and the task it waits for together is allowed, while starting both together
 * is not (the prerequisite would still be open).
 */
export function bulkStatusRefusals(tasks: readonly BulkChangedTask[], nextStatus: TaskStatusName | string, links: readonly BulkPrerequisiteLink[]): BulkRefusal[] {
  const inChange = new Set(tasks.map((task) => task.id));
  const prerequisitesOf = new Map<string, Prerequisite[]>();
  for (const { taskId, prerequisite } of links) {
    const after = inChange.has(prerequisite.id) ? { ...prerequisite, status: nextStatus } : prerequisite;
    prerequisitesOf.set(taskId, [...(prerequisitesOf.get(taskId) ?? []), after]);
  }
  const refusals: BulkRefusal[] = [];
  for (const task of tasks) {
    const prerequisites = prerequisitesOf.get(task.id) ?? [];
    const blockers = dependencyBlockers({
      currentStatus: task.status,
      nextStatus,
      currentDependsOnIds: prerequisites.map((p) => p.id),
      prerequisites,
    });
    if (blockers.length > 0) refusals.push({ task, blockers });
  }
  return refusals;
}
