export interface DependencyEdge {
  /** The task that waits. */
  taskId: string;
  /** The task it waits for. */
  dependsOnId: string;
}

/**
 * Would adding `candidate` close a loop? Returns the loop as task ids, starting and ending with
 * the waiting task (a → b → c → a), or null when the plan stays acyclic.
 */
export function dependencyCycle(existing: DependencyEdge[], candidate: DependencyEdge): string[] | null {
  if (candidate.taskId === candidate.dependsOnId) return [candidate.taskId, candidate.taskId];
  const waitsFor = new Map<string, string[]>();
  for (const edge of existing) waitsFor.set(edge.taskId, [...(waitsFor.get(edge.taskId) ?? []), edge.dependsOnId]);
  // A path from the prerequisite back to the waiting task closes the loop.
  const previous = new Map<string, string>();
  const queue = [candidate.dependsOnId];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const current = queue.shift() as string;
    if (current === candidate.taskId) {
      const path = [current];
      let step = current;
      while (step !== candidate.dependsOnId) {
        step = previous.get(step) as string;
        path.unshift(step);
      }
      return [candidate.taskId, ...path];
    }
    for (const next of waitsFor.get(current) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      previous.set(next, current);
      queue.push(next);
    }
  }
  return null;
}
