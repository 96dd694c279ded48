export type OwnerSource = 'ASSIGNEE' | 'ROLE' | 'UNOWNED';

export interface OwnedTask {
  roleId: string;
  assigneeId: string | null;
  /** The rollout wave the task belongs to; none (or absent) for program-wide work. */
  waveId?: string | null;
}

export interface ResolvedOwner {
  personId: string | null;
  source: OwnerSource;
}

/**
 * The primary holder of a role: in a wave when `waveId` is given, program-wide when it is null.
 * A lookup that knows no waves may ignore the second argument.
 */
export type PrimaryHolderOf = (roleId: string, waveId: string | null) => string | null | undefined;

/**
 * Whose a role's work is, in a wave or program-wide: the wave's primary holder of the role, else
 * the program's primary holder, else nobody. The trainer of wave "Nordics" trains Nordics; a wave
 * without its own trainer falls back to the program's.
 */
export function roleHolderFor(roleId: string, waveId: string | null | undefined, primaryHolderOf: PrimaryHolderOf): string | null {
  return (waveId ? primaryHolderOf(roleId, waveId) : null) || primaryHolderOf(roleId, null) || null;
}

/**
 * Who answers for a task: the person explicitly assigned, else whoever holds the task's role as
 * primary (in the task's wave first, then on the program, `roleHolderFor`), else nobody — and an
 * unowned task is something to fix.
 */
export function ownerFor(task: OwnedTask, primaryHolderOf: PrimaryHolderOf): ResolvedOwner {
  if (task.assigneeId) return { personId: task.assigneeId, source: 'ASSIGNEE' };
  const holder = roleHolderFor(task.roleId, task.waveId, primaryHolderOf);
  return holder ? { personId: holder, source: 'ROLE' } : { personId: null, source: 'UNOWNED' };
}
