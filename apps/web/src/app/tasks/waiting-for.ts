import { dependencyFlag } from '@crm/domain';
import type { BoardTaskFragment } from '@crm/graphql-client';

/** Up to this many prerequisites are named on a card; more are counted ("3 tasks"). */
const TITLES_ON_A_CARD = 2;

/**
 * What a card says about the tasks it waits for, or null when there is nothing to say:
 * "Waiting for “Design”", "Waiting for 3 tasks", or, for a task that went ahead and whose
 * prerequisite was re-opened since, "“Design” is open again".
 */
export function waitingForLabel(task: Pick<BoardTaskFragment, 'status' | 'waitingFor'>): string | null {
  const open = task.waitingFor;
  const flag = dependencyFlag(task.status, open.length);
  if (!flag) return null;
  const named = open.length <= TITLES_ON_A_CARD;
  const what = named ? open.map((t) => `“${t.title}”`).join(' and ') : `${open.length} tasks`;
  if (flag === 'WAITING') return `Waiting for ${what}`;
  return named ? `${what} ${open.length === 1 ? 'is' : 'are'} open again` : `${what} it waits for are open again`;
}
