export interface GateCriterion {
  label: string;
  done: boolean;
}

export interface GateMilestone {
  name: string;
  done: boolean;
}

/**
 * What keeps a phase from being completed: every open exit criterion and every milestone not yet
 * done, each named so the project manager knows what to chase. Empty means the gate is open.
 */
export function phaseGateBlockers(criteria: GateCriterion[], milestones: GateMilestone[]): string[] {
  return [
    ...criteria.filter((c) => !c.done).map((c) => `Exit criterion not met: ${c.label}`),
    ...milestones.filter((m) => !m.done).map((m) => `Milestone not done: ${m.name}`),
  ];
}

/** Share of a phase's tasks that are done, 0 when it has none (nothing to show yet). */
export function phaseProgress(counts: { done: number; total: number }): number {
  return counts.total === 0 ? 0 : counts.done / counts.total;
}
