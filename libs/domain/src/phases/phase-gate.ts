export interface GateCriterion {
  label: string;
  done: boolean;
}

export interface GateMilestone {
  name: string;
  done: boolean;
}

/** A task of the phase; one carried over to a later phase is no longer the phase's task at all. */
export interface GateTask {
  title: string;
  done: boolean;
}

/**
 * What keeps a phase from being completed: every open exit criterion, every milestone not yet
 * done and every task not yet done, each named so the project manager knows what to chase. Open
 * tasks can also be carried over to a later phase (see `carryOverProblems`). Empty means the gate
 * is open.
 */
export function phaseGateBlockers(criteria: GateCriterion[], milestones: GateMilestone[], tasks: GateTask[] = []): string[] {
  return [
    ...criteria.filter((c) => !c.done).map((c) => `Exit criterion not met: ${c.label}`),
    ...milestones.filter((m) => !m.done).map((m) => `Milestone not done: ${m.name}`),
    ...tasks.filter((t) => !t.done).map((t) => `Task not done: ${t.title}`),
  ];
}

/** Share of a phase's tasks that are done, 0 when it has none (nothing to show yet). */
export function phaseProgress(counts: { done: number; total: number }): number {
  return counts.total === 0 ? 0 : counts.done / counts.total;
}

/** Only a completed phase can be reopened; anything else is already open. */
export function canReopenPhase(status: string): boolean {
  return status === 'COMPLETED';
}
