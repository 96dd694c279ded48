import { dependencyFlag } from '@crm/domain';
import type { BoardTaskFragment } from '@crm/graphql-client';

/** Up to this many prerequisites are named on a card; more are counted ("3 tasks"). */
const TITLES_ON_A_CARD = 2;

/**
 * What a card says about the tasks it waits for, or null when there is nothing to say:
 * "Waiting for “Design”", "Waiting for 3 tasks", or, for a task that is already in progress or
 * done, "“Design” is not done yet" (its prerequisite was re-opened since, or the task went ahead
 * before the rule existed: the demo plan has such tasks). Each case is a whole sentence of its own,
 * so a translation never has to glue pieces of English grammar together.
 */
export function waitingForLabel(task: Pick<BoardTaskFragment, 'status' | 'waitingFor'>): string | null {
  const open = task.waitingFor;
  const flag = dependencyFlag(task.status, open.length);
  if (!flag) return null;
  const [first, second] = open.map((t) => t.title);
  const count = open.length;
  if (flag === 'WAITING') {
    if (count === 1) return $localize`:@@tasks.waitingFor.waitingOne:Waiting for “${first}:title:”`;
    if (count <= TITLES_ON_A_CARD) return $localize`:@@tasks.waitingFor.waitingTwo:Waiting for “${first}:first:” and “${second}:second:”`;
    return $localize`:@@tasks.waitingFor.waitingMany:Waiting for ${count}:count: tasks`;
  }
  if (count === 1) return $localize`:@@tasks.waitingFor.openOne:“${first}:title:” is not done yet`;
  if (count <= TITLES_ON_A_CARD) return $localize`:@@tasks.waitingFor.openTwo:“${first}:first:” and “${second}:second:” are not done yet`;
  return $localize`:@@tasks.waitingFor.openMany:${count}:count: tasks it waits for are not done yet`;
}

/**
 * The detail dialog's longer sentence: the card's label and what it means for this task, e.g.
 * "Waiting for “Design” and “Review”. It can start once they are done."
 */
export function waitingForSentence(task: Pick<BoardTaskFragment, 'status' | 'waitingFor'>): string | null {
  const label = waitingForLabel(task);
  if (!label) return null;
  const one = task.waitingFor.length === 1;
  if (dependencyFlag(task.status, task.waitingFor.length) === 'WAITING') {
    return one
      ? $localize`:@@tasks.waitingFor.canStartOne:${label}:label:. It can start once it is done.`
      : $localize`:@@tasks.waitingFor.canStartMany:${label}:label:. It can start once they are done.`;
  }
  return one
    ? $localize`:@@tasks.waitingFor.movedOnOne:${label}:label:, although this task has moved on: check it again once that is done.`
    : $localize`:@@tasks.waitingFor.movedOnMany:${label}:label:, although this task has moved on: check it again once they are done.`;
}
