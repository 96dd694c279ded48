import { dependencyCycle, type DependencyEdge } from '../tasks/dependency-cycle';

/** A task as the schedule sees it: how many working days it takes (0 for a milestone). */
export interface NetworkTask {
  id: string;
  durationDays: number;
  /**
   * The first working day (counted from the program's start, 0 being its first) the task may
   * begin on, whatever its prerequisites: a task someone pinned to a date, or one already under
   * way. Leave it out for "as soon as its prerequisites allow".
   */
  notBeforeDay?: number;
}

/**
 * A finish-to-start link: `taskId` may begin `lagDays` working days after `dependsOnId`
 * finishes (a negative lag lets it overlap the end of its prerequisite).
 */
export interface NetworkLink extends DependencyEdge {
  lagDays?: number;
}

/**
 * One task's place in the schedule, in working days from the program's start. A start of 3 means
 * the task begins on the fourth working day; a finish of 5 means it ends with the fifth, so a task
 * finishing at 5 lets its dependant start at 5. Slack is how many working days the task may slip
 * without moving the program's end.
 */
export interface ScheduledTask {
  id: string;
  durationDays: number;
  earliestStart: number;
  earliestFinish: number;
  latestStart: number;
  latestFinish: number;
  slackDays: number;
  critical: boolean;
}

export interface CriticalPath {
  ok: true;
  /** Every task, in the order given. */
  tasks: ScheduledTask[];
  /**
   * The critical tasks (no slack) in the order work goes along them: by earliest start, then
   * earliest finish (a milestone before the task that starts with it), then the order given.
   * Where two chains tie for longest, both are in it.
   */
  taskIds: string[];
  /**
   * Each chain of critical tasks from the program's start to its end, ids in order; several when
   * chains tie, in the order their tasks were given. Listed up to `MAX_CRITICAL_CHAINS`, since
   * tied chains can multiply.
   */
  chains: string[][];
  /** The program's length in working days: where the last task finishes. */
  totalDays: number;
}

/** The plan cannot be scheduled: these tasks wait for each other in a loop (first id repeated at the end). */
export interface CyclicPlan {
  ok: false;
  cycle: string[];
}

export const MAX_CRITICAL_CHAINS = 20;

function checkWholeDays(value: number, what: string, min: number | null): void {
  if (!Number.isInteger(value) || (min !== null && value < min)) throw new RangeError(`${what} must be a whole number of working days, got ${value}.`);
}

/** The first loop among links that a topological order could not place. */
function loopAmong(links: readonly DependencyEdge[]): string[] {
  for (let i = 0; i < links.length; i += 1) {
    const cycle = dependencyCycle([...links.slice(0, i), ...links.slice(i + 1)], links[i]);
    if (cycle) return cycle;
  }
  // Links a topological order cannot place always hold a loop; reaching here is a bug, not a plan.
  throw new Error('No loop found among unplaceable links.');
}

/**
 * The critical path method: a forward pass gives each task its earliest start and finish, a
 * backward pass from the program's end its latest ones; their difference is the slack, and the
 * tasks without slack form the critical chain that decides when the program ends.
 *
 * Links naming a task not in `tasks` are ignored (a removed prerequisite no longer holds anything
 * up). A plan with a loop cannot be scheduled and answers the loop instead.
 */
export function criticalPath(tasks: readonly NetworkTask[], links: readonly NetworkLink[]): CriticalPath | CyclicPlan {
  const index = new Map<string, number>();
  tasks.forEach((task, i) => {
    checkWholeDays(task.durationDays, `The duration of ${task.id}`, 0);
    if (task.notBeforeDay !== undefined) checkWholeDays(task.notBeforeDay, `The first day of ${task.id}`, 0);
    index.set(task.id, i);
  });
  const known = links.filter((l) => index.has(l.taskId) && index.has(l.dependsOnId));
  for (const link of known) if (link.lagDays !== undefined) checkWholeDays(link.lagDays, `The lag of ${link.taskId}`, null);

  const incoming = tasks.map(() => [] as NetworkLink[]);
  const outgoing = tasks.map(() => [] as NetworkLink[]);
  for (const link of known) {
    incoming[index.get(link.taskId) as number].push(link);
    outgoing[index.get(link.dependsOnId) as number].push(link);
  }

  // Kahn's topological order. The dates do not depend on which ready task goes first, and the
  // lists below sort themselves, so a plain queue keeps a 2,000-task plan linear.
  const waiting = incoming.map((l) => l.length);
  const order = tasks.map((_, i) => i).filter((i) => waiting[i] === 0);
  for (let head = 0; head < order.length; head += 1) {
    for (const link of outgoing[order[head]]) {
      const dependant = index.get(link.taskId) as number;
      waiting[dependant] -= 1;
      if (waiting[dependant] === 0) order.push(dependant);
    }
  }
  if (order.length < tasks.length) {
    const placed = new Set(order);
    return { ok: false, cycle: loopAmong(known.filter((l) => !placed.has(index.get(l.taskId) as number))) };
  }

  const es = tasks.map((t) => t.notBeforeDay ?? 0);
  const ef = tasks.map(() => 0);
  for (const i of order) {
    for (const link of incoming[i]) es[i] = Math.max(es[i], ef[index.get(link.dependsOnId) as number] + (link.lagDays ?? 0));
    ef[i] = es[i] + tasks[i].durationDays;
  }
  const totalDays = ef.reduce((latest, finish) => Math.max(latest, finish), 0);

  const lf = tasks.map(() => totalDays);
  const ls = tasks.map(() => 0);
  for (const i of [...order].reverse()) {
    for (const link of outgoing[i]) lf[i] = Math.min(lf[i], ls[index.get(link.taskId) as number] - (link.lagDays ?? 0));
    ls[i] = lf[i] - tasks[i].durationDays;
  }

  const scheduled: ScheduledTask[] = tasks.map((task, i) => ({
    id: task.id,
    durationDays: task.durationDays,
    earliestStart: es[i],
    earliestFinish: ef[i],
    latestStart: ls[i],
    latestFinish: lf[i],
    slackDays: ls[i] - es[i],
    critical: ls[i] === es[i],
  }));
  const criticalIndexes = order.filter((i) => scheduled[i].critical).sort((a, b) => es[a] - es[b] || ef[a] - ef[b] || a - b);

  // A link carries the critical chain when it leaves no room on either side: the dependant starts
  // the moment its prerequisite (plus lag) lets it, and the prerequisite must finish exactly then.
  const drives = (link: NetworkLink) => {
    const from = index.get(link.dependsOnId) as number;
    const to = index.get(link.taskId) as number;
    return scheduled[from].critical && scheduled[to].critical && ef[from] + (link.lagDays ?? 0) === es[to];
  };
  const chains: string[][] = [];
  const walk = (i: number, path: number[]) => {
    if (chains.length >= MAX_CRITICAL_CHAINS) return;
    const onward = outgoing[i].filter(drives).map((l) => index.get(l.taskId) as number).sort((a, b) => a - b);
    if (onward.length === 0) {
      if (ef[i] === totalDays) chains.push([...path, i].map((n) => tasks[n].id));
      return;
    }
    for (const next of onward) walk(next, [...path, i]);
  };
  for (const i of [...criticalIndexes].sort((a, b) => a - b)) if (!incoming[i].some(drives)) walk(i, []);

  return { ok: true, tasks: scheduled, taskIds: criticalIndexes.map((i) => tasks[i].id), chains, totalDays };
}
