export type GateNoticeKind = 'GATE_BLOCKED' | 'GATE_UNBLOCKED';

/** A phase's gate at one moment: its blockers by `phaseGateBlockers`; a completed phase has no gate left to watch. */
export interface GateState {
  phaseId: string;
  completed: boolean;
  blockers: readonly string[];
}

/**
 * Gates that changed between two readings in one transaction: blocked before and open after is
 * GATE_UNBLOCKED, the other way round GATE_BLOCKED. Unchanged gates, completed phases and phases
 * that exist only on one side (created or removed) raise nothing.
 */
export function gateTransitions(before: readonly GateState[], after: readonly GateState[]): { phaseId: string; kind: GateNoticeKind }[] {
  const was = new Map(before.map((g) => [g.phaseId, g]));
  const out: { phaseId: string; kind: GateNoticeKind }[] = [];
  for (const now of after) {
    const then = was.get(now.phaseId);
    if (!then || now.completed || then.completed) continue;
    const blockedThen = then.blockers.length > 0;
    const blockedNow = now.blockers.length > 0;
    if (blockedThen !== blockedNow) out.push({ phaseId: now.phaseId, kind: blockedNow ? 'GATE_BLOCKED' : 'GATE_UNBLOCKED' });
  }
  return out;
}

/** The role that answers for a phase's gate when none was chosen. */
export const GATE_DEFAULT_OWNER_ROLE = 'PROJECT_MANAGER';
