import type { FieldMessage } from '../messages/message';
import type { IsoDate } from '../projects/project-schedule';

/**
 * Planning phases and milestones by hand: where a phase added to a running plan goes, what names
 * and dates a phase may have, and where a milestone may move. The API checks these before it
 * writes; the web uses the limits to say so before it sends.
 */

/** A phase's name is 1 to this many characters. */
export const PHASE_NAME_MAX = 120;
/** A milestone's name is 1 to this many characters. */
export const MILESTONE_NAME_MAX = 160;
/** An exit criterion says in up to this many characters what must be true before its phase can close. */
export const EXIT_CRITERION_LABEL_MAX = 300;

export interface PlannedPhase {
  id: string;
  position: number;
  plannedStart: IsoDate | null;
  completed: boolean;
}

/**
 * Where a new phase goes in the working order: before the first phase planned to start later than
 * it, so the plan still reads in date order; after every phase starting the same day or earlier, and
 * after every completed phase (finished work is not re-ordered behind new work). With no such phase,
 * or without a start date, it goes at the end. Returns the index in `phases` (given in working order)
 * the new phase takes; `phases.length` means the end.
 */
export function newPhaseIndex(phases: readonly PlannedPhase[], plannedStart: IsoDate | null): number {
  const afterCompleted = phases.reduce((last, phase, i) => (phase.completed ? i + 1 : last), 0);
  if (plannedStart === null) return phases.length;
  for (let i = afterCompleted; i < phases.length; i += 1) {
    const start = phases[i].plannedStart;
    if (start !== null && start > plannedStart) return i;
  }
  return phases.length;
}

export type PlanningProblem<Field extends string = string> = FieldMessage<Field>;

/** A planned end before the planned start is refused; either may be missing. */
export function plannedDatesProblem(plannedStart: IsoDate | null, plannedEnd: IsoDate | null): PlanningProblem<'plannedEnd'> | null {
  if (plannedStart && plannedEnd && plannedEnd < plannedStart) return { field: 'plannedEnd', code: 'PLANNED_END_BEFORE_START', params: {} };
  return null;
}

export interface MilestoneTarget {
  /** False when the project has no such phase. */
  found: boolean;
  completed: boolean;
}

/**
 * Whether a milestone may move to another phase of its project. A milestone still open cannot go
 * into a completed phase: that phase closed because all its milestones were done, and an open one
 * there would never be finished. A done milestone may go anywhere in the project.
 */
export function milestoneMoveProblem(milestoneDone: boolean, target: MilestoneTarget): PlanningProblem<'phaseId'> | null {
  if (!target.found) return { field: 'phaseId', code: 'NO_SUCH_PHASE', params: {} };
  if (target.completed && !milestoneDone) return { field: 'phaseId', code: 'MILESTONE_TO_COMPLETED_PHASE', params: {} };
  return null;
}
