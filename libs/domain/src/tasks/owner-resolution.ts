export type OwnerSource = 'ASSIGNEE' | 'ROLE' | 'UNOWNED';

export interface OwnedTask {
  roleId: string;
  assigneeId: string | null;
}

export interface ResolvedOwner {
  personId: string | null;
  source: OwnerSource;
}

/**
 * Who answers for a task: the person explicitly assigned, else whoever is the primary holder of
 * the task's role on the project, else nobody — and an unowned task is something to fix.
 */
export function ownerFor(task: OwnedTask, primaryHolderOf: (roleId: string) => string | null | undefined): ResolvedOwner {
  if (task.assigneeId) return { personId: task.assigneeId, source: 'ASSIGNEE' };
  const holder = primaryHolderOf(task.roleId);
  return holder ? { personId: holder, source: 'ROLE' } : { personId: null, source: 'UNOWNED' };
}
