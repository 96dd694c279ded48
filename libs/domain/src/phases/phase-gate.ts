import { englishText } from '../messages/format-message';
import type { Message } from '../messages/message';

export interface GateCriterion {
  label: string;
  done: boolean;
  /** What holds it when its facts are met but its sign-off is not (`criterionBlocker`); absent, it is "not met". */
  blocker?: Message;
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
 * How many of a phase's open tasks its gate names; the rest are counted in one line. A rollout
 * phase can hold tens of thousands of open tasks, and a list of all of them helps nobody chase
 * them (nor should every overview carry it).
 */
export const GATE_TASKS_NAMED = 20;

/**
 * What keeps a phase from being completed: every open exit criterion, every milestone not yet
 * done and the phase's tasks not yet done — the first `GATE_TASKS_NAMED` of them by name, in
 * board order, then how many more — so the project manager knows what to chase. Open tasks can
 * also be carried over to a later phase (see `carryOverProblems`). Empty means the gate is open.
 *
 * @param tasks the phase's tasks in board order, or only its first open ones when
 *   `openTaskCount` says how many are open in all.
 */
export function phaseGateBlockers(criteria: GateCriterion[], milestones: GateMilestone[], tasks: GateTask[] = [], openTaskCount?: number): string[] {
  return phaseGateBlockerMessages(criteria, milestones, tasks, openTaskCount).map((m) => englishText(m.code, m.params));
}

/** The same blockers as `phaseGateBlockers`, as messages a client words in its reader's language. */
export function phaseGateBlockerMessages(criteria: GateCriterion[], milestones: GateMilestone[], tasks: GateTask[] = [], openTaskCount?: number): Message[] {
  const open = tasks.filter((t) => !t.done);
  const named = open.slice(0, GATE_TASKS_NAMED);
  const more = (openTaskCount ?? open.length) - named.length;
  return [
    ...criteria.filter((c) => !c.done).map((c): Message => c.blocker ?? { code: 'EXIT_CRITERION_NOT_MET', params: { criterion: c.label } }),
    ...milestones.filter((m) => !m.done).map((m): Message => ({ code: 'MILESTONE_NOT_DONE', params: { milestone: m.name } })),
    ...named.map((t): Message => ({ code: 'TASK_NOT_DONE', params: { task: t.title } })),
    ...(more > 0 ? [{ code: 'MORE_TASKS_NOT_DONE', params: { count: more } } satisfies Message] : []),
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
