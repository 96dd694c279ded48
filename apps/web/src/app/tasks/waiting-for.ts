import { dependencyFlag } from '@crm/domain';
import type { BoardTaskFragment } from '@crm/graphql-client';

/** Up to this many prerequisites are named on a card; more are counted ("3 tasks"). */
const TITLES_ON_A_CARD = 2;

/**
 * What a card says about the tasks it waits for, or null when there is nothing to say:
 * "Waiting for “Design”", "Waiting for 3 tasks", or, for a task that is already in progress or
 * done, "“Design” is not done yet" (its prerequisite was re-opened since, or the task went ahead
 * before the rule existed: the demo plan has such tasks).
 */
export function waitingForLabel(task: Pick<BoardTaskFragment, 'status' | 'waitingFor'>): string | null {
  const open = task.waitingFor;
  const flag = dependencyFlag(task.status, open.length);
  if (!flag) return null;
  const named = open.length <= TITLES_ON_A_CARD;
  const what = named ? open.map((t) => `“${t.title}”`).join(' and ') : `${open.length} tasks`;
  if (flag === 'WAITING') return `Waiting for ${what}`;
  return named ? `${what} ${open.length === 1 ? 'is' : 'are'} not done yet` : `${what} it waits for are not done yet`;
}

/**
 * The detail dialog's longer sentence: the card's label and what it means for this task, e.g.
 * "Waiting for “Design” and “Review”. It can start once they are done."
 */
export function waitingForSentence(task: Pick<BoardTaskFragment, 'status' | 'waitingFor'>): string | null {
  const label = waitingForLabel(task);
  if (!label) return null;
  const one = task.waitingFor.length === 1;
  return dependencyFlag(task.status, task.waitingFor.length) === 'WAITING'
    ? `${label}. It can start once ${one ? 'it is' : 'they are'} done.`
    : `${label}, although this task has moved on: check it again once ${one ? 'that is' : 'they are'} done.`;
}
