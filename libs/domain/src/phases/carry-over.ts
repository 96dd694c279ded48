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

export interface CarryOverProblem {
  field: 'toPhaseId' | 'taskIds';
  message: string;
}

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
  if (!target) problems.push({ field: 'toPhaseId', message: 'This project has no such phase.' });
  else if (target.position <= from.position) problems.push({ field: 'toPhaseId', message: 'Tasks can only be carried over to a later phase.' });
  else if (target.completed) problems.push({ field: 'toPhaseId', message: 'That phase is already completed; pick one that is still open.' });

  const byId = new Map(tasks.map((t) => [t.id, t]));
  if (requestedIds.length === 0) {
    problems.push({ field: 'taskIds', message: 'Pick at least one task to carry over.' });
  } else if (requestedIds.some((id) => byId.get(id)?.phaseId !== from.id)) {
    problems.push({ field: 'taskIds', message: 'Only tasks of the phase being closed can be carried over.' });
  } else if (requestedIds.some((id) => byId.get(id)?.done)) {
    problems.push({ field: 'taskIds', message: 'Done tasks stay with their phase; carry over only open ones.' });
  }
  return problems;
}
