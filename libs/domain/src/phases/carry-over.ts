import type { FieldMessage } from '../messages/message';

/**
 * Carrying open tasks over to a later phase, so a phase can close without pretending they are done.
 * The tasks keep everything but their phase; only the move is checked here.
 */

export interface CarryOverPhase {
  id: string;
  position: number;
  completed: boolean;
}

export interface CarryOverTask {
  id: string;
  phaseId: string;
  done: boolean;
}

export type CarryOverProblem = FieldMessage<'toPhaseId' | 'taskIds'>;

/**
 * Why the move is refused, one problem per field; empty when it may go ahead. The target must be a
 * later phase of the same project that is not completed, and every task named must be an open task
 * of the phase being closed. `target` is null when the project has no such phase.
 */
export function carryOverProblems(
  from: CarryOverPhase,
  target: CarryOverPhase | null,
  requestedIds: readonly string[],
  tasks: readonly CarryOverTask[],
): CarryOverProblem[] {
  const problems: CarryOverProblem[] = [];
  if (!target) problems.push({ field: 'toPhaseId', code: 'NO_SUCH_PHASE', params: {} });
  else if (target.position <= from.position) problems.push({ field: 'toPhaseId', code: 'CARRY_OVER_TO_EARLIER_PHASE', params: {} });
  else if (target.completed) problems.push({ field: 'toPhaseId', code: 'CARRY_OVER_TO_COMPLETED_PHASE', params: {} });

  const byId = new Map(tasks.map((t) => [t.id, t]));
  if (requestedIds.length === 0) {
    problems.push({ field: 'taskIds', code: 'CARRY_OVER_NOTHING_PICKED', params: {} });
  } else if (requestedIds.some((id) => byId.get(id)?.phaseId !== from.id)) {
    problems.push({ field: 'taskIds', code: 'CARRY_OVER_OTHER_PHASE_TASKS', params: {} });
  } else if (requestedIds.some((id) => byId.get(id)?.done)) {
    problems.push({ field: 'taskIds', code: 'CARRY_OVER_DONE_TASKS', params: {} });
  }
  return problems;
}
