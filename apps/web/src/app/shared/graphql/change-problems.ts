import { countsInWords } from '../trash/kind-words';
import { errorTextOf, errorWithCode, gateBlockersOf, hasErrorCode, userMessageOf } from './graphql-errors';

/**
 * Why the API refused a change, in the words a user acts on. This is the one place each error code
 * is worded; stores, dialogs and cards show what it says.
 *
 * - `stale`: CONFLICT, the version the user edited is no longer the latest. Reloading helps.
 * - `gone`: NOT_FOUND, the record was deleted meanwhile. Reloading helps.
 * - `invalid-state`: INVALID_STATE, the record is not in a state that allows the change (completing
 *   a completed phase). Nobody else needs to have edited anything, so the message never says so.
 * - `gate-blocked`: GATE_BLOCKED, with the open items in `blockers`.
 * - `dependency-blocked`: DEPENDENCY_BLOCKED, a task cannot start or finish while tasks it waits for
 *   are open; their titles are in `blockers` and their ids in `waitingFor`.
 * - `forbidden`: FORBIDDEN, the user may only view this project.
 * - `invalid-input`: BAD_USER_INPUT, messages per field (a form places them beside its fields).
 * - `failed`: anything else, in the API's words or as a lost connection.
 */
export type ChangeProblemKind =
  | 'stale'
  | 'gone'
  | 'invalid-state'
  | 'gate-blocked'
  | 'dependency-blocked'
  | 'forbidden'
  | 'invalid-input'
  | 'failed';

/** A task named by DEPENDENCY_BLOCKED: one that must be done first. */
export interface WaitedForTask {
  id: string;
  title: string;
}

export interface ChangeProblem {
  kind: ChangeProblemKind;
  message: string;
  /** What still blocks a gate; empty for every other kind. */
  blockers: readonly string[];
  /** The page holds stale data: the way out is to load it again. */
  offerReload: boolean;
  /** The record's current state as INVALID_STATE reports it in `extensions.state`. */
  state?: string;
  /** The open tasks DEPENDENCY_BLOCKED names, so a page can link to them; empty for other kinds. */
  waitingFor?: readonly WaitedForTask[];
}

export const VIEW_ONLY_MESSAGE = $localize`:@@shared.problem.viewOnly:You can view this program but not change it. Ask the program owner to make you an editor if you need to.`;

/** CONFLICT: `thing` names what was edited, e.g. "this KPI". */
export function staleMessage(thing: string): string {
  return $localize`:@@shared.problem.stale:Someone else changed ${thing}:thing: since you opened it. Reload to see their changes, then make yours again.`;
}

export function goneMessage(thing: string): string {
  const record = capitalized(thing);
  return $localize`:@@shared.problem.gone:${record}:thing: no longer exists; someone may have deleted it. Reload to see the page as it is now.`;
}

/** INVALID_STATE without a sentence of the API's own, e.g. "This phase is already completed." */
export function invalidStateMessage(thing: string, state: string | undefined): string {
  const record = capitalized(thing);
  // The state word comes from the API as an enum; worded per state only where a page knows it.
  const stateWord = state?.toLowerCase().replace(/_/g, ' ');
  return stateWord
    ? $localize`:@@shared.problem.alreadyInState:${record}:thing: is already ${stateWord}:state:.`
    : $localize`:@@shared.problem.invalidState:${record}:thing: cannot change in its current state.`;
}

/** DEPENDENCY_BLOCKED: "It waits for “Design” and “Review”, which are not done yet." */
export function dependencyBlockedMessage(waitingFor: readonly WaitedForTask[]): string {
  const titles = waitingFor.map((task) => `“${task.title}”`);
  if (titles.length === 0) return $localize`:@@shared.problem.waitsForTasks:It waits for tasks that are not done yet.`;
  if (titles.length === 1) return $localize`:@@shared.problem.waitsForOne:It waits for ${titles[0]}:task:, which is not done yet. Finish it first.`;
  const first = titles.slice(0, 2).join(', ');
  const others = titles.length - 2;
  const listed = titles.length <= 3 ? joinedWithAnd(titles) : $localize`:@@shared.problem.tasksAndOthers:${first}:tasks: and ${others}:count: other tasks`;
  return $localize`:@@shared.problem.waitsForMany:It waits for ${listed}:tasks:, which are not done yet. Finish them first.`;
}

/** `thing` names the record the change was about, e.g. "this wave", for the sentences above. */
export function changeProblemOf(error: unknown, thing: string): ChangeProblem {
  const problem = (kind: ChangeProblemKind, message: string, offerReload = false): ChangeProblem => ({ kind, message, blockers: [], offerReload });
  if (hasErrorCode(error, 'GATE_BLOCKED')) {
    const blocked = errorWithCode(error, 'GATE_BLOCKED');
    return { ...problem('gate-blocked', blocked ? errorTextOf(blocked) : userMessageOf(error)), blockers: gateBlockersOf(error) };
  }
  if (hasErrorCode(error, 'DEPENDENCY_BLOCKED')) {
    const waitingFor = waitedForTasksOf(errorWithCode(error, 'DEPENDENCY_BLOCKED')?.extensions?.['blockers']);
    return { ...problem('dependency-blocked', dependencyBlockedMessage(waitingFor)), blockers: waitingFor.map((task) => task.title), waitingFor };
  }
  if (hasErrorCode(error, 'INVALID_STATE')) {
    const invalid = errorWithCode(error, 'INVALID_STATE');
    const state = invalid?.extensions?.['state'];
    const known = typeof state === 'string' ? state : undefined;
    return { ...problem('invalid-state', (invalid && errorTextOf(invalid)) || invalidStateMessage(thing, known)), state: known };
  }
  if (hasErrorCode(error, 'CONFLICT')) return problem('stale', staleMessage(thing), true);
  if (hasErrorCode(error, 'NOT_FOUND')) return problem('gone', goneMessage(thing), true);
  if (hasErrorCode(error, 'FORBIDDEN')) return problem('forbidden', VIEW_ONLY_MESSAGE);
  if (hasErrorCode(error, 'BAD_USER_INPUT')) return problem('invalid-input', userMessageOf(error));
  // SERVICE_UNAVAILABLE (HTTP 503): the database is briefly out of reach and the change was not made.
  if (hasErrorCode(error, 'SERVICE_UNAVAILABLE')) return problem('failed', SERVICE_UNAVAILABLE_MESSAGE);
  // TIMEOUT (HTTP 503): the database stopped a statement that ran past the server's time limit.
  if (hasErrorCode(error, 'TIMEOUT')) return problem('failed', TIMEOUT_MESSAGE);
  return problem('failed', userMessageOf(error));
}

function waitedForTasksOf(blockers: unknown): WaitedForTask[] {
  if (!Array.isArray(blockers)) return [];
  return blockers.filter(
    (b): b is WaitedForTask => typeof b === 'object' && b !== null && typeof (b as WaitedForTask).id === 'string' && typeof (b as WaitedForTask).title === 'string',
  );
}

function joinedWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1).join(', ');
  const last = items[items.length - 1];
  return $localize`:@@shared.list.and:${head}:head: and ${last}:last:`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The INVALID_STATE states of removing a record to the trash and restoring it, in words:
 * HAS_DEPENDANTS (other records still use it), STANDARD_ROLE / STANDARD_PHASE (only added ones go),
 * INVITATIONS_SENT (a session people were invited to is cancelled instead), PARENT_REMOVED (restore
 * the record it belonged to first). `thing` names the record, e.g. "this milestone".
 */
export function removalStateMessage(state: string | undefined, thing: string, dependants: readonly { kind: string; count: number }[] = []): string | undefined {
  switch (state) {
    case 'HAS_DEPENDANTS': {
      const listed = countsInWords(dependants);
      const record = capitalized(thing);
      return listed
        ? $localize`:@@shared.removal.usedBy:${record}:thing: is still used by ${listed}:dependants:. Change or remove those first, then remove it.`
        : $localize`:@@shared.removal.usedByOthers:${record}:thing: is still used by other records. Change or remove those first, then remove it.`;
    }
    case 'STANDARD_ROLE':
      return $localize`:@@shared.removal.standardRole:The standard roles are used by the program’s rules, so they stay. Only roles you added can be removed.`;
    case 'STANDARD_PHASE':
      return $localize`:@@shared.removal.standardPhase:The standard phases carry the program’s gates and rules, so they stay. Only phases you added can be removed.`;
    case 'INVITATIONS_SENT':
      return $localize`:@@shared.removal.invitationsSent:People were invited to this session, so it cannot be removed. Cancel it instead; it then stays in the history of its wave.`;
    case 'PARENT_REMOVED':
      return $localize`:@@shared.removal.parentRemoved:${capitalized(thing)}:thing: belonged to something that was removed after it. Restore that first from the trash, then this.`;
    default:
      return undefined;
  }
}

/** NOT_FOUND when restoring: the trash no longer holds the record. */
export function notInTrashMessage(thing: string): string {
  return $localize`:@@shared.removal.notInTrash:${capitalized(thing)}:thing: is no longer in the trash: someone restored it already, or its 30 days are over. Reload to see the page as it is now.`;
}

/**
 * Why removing a record to the trash (`remove`) or bringing it back (`restore`) was refused, in
 * words; anything not particular to the trash is worded as every other change.
 */
export function removalProblemOf(error: unknown, thing: string, action: 'remove' | 'restore'): ChangeProblem {
  const problem = changeProblemOf(error, thing);
  if (problem.kind === 'invalid-state') {
    const extensions = errorWithCode(error, 'INVALID_STATE')?.extensions ?? {};
    const message = removalStateMessage(problem.state, thing, dependantsOf(extensions['dependants']));
    return message ? { ...problem, message } : problem;
  }
  if (action === 'restore' && problem.kind === 'gone') return { ...problem, message: notInTrashMessage(thing) };
  // Restoring cannot be stale: CONFLICT there means a record with the same name or place was added meanwhile.
  if (action === 'restore' && problem.kind === 'stale') {
    return {
      ...problem,
      offerReload: false,
      message: $localize`:@@shared.removal.restoreClash:${capitalized(thing)}:thing: cannot come back as it was: something with the same name or place was added since it was removed. Rename or remove that one, then restore again.`,
    };
  }
  return problem;
}

function dependantsOf(value: unknown): { kind: string; count: number }[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (d): d is { kind: string; count: number } => typeof d === 'object' && d !== null && typeof d.kind === 'string' && typeof d.count === 'number',
  );
}

const TIMEOUT_MESSAGE = $localize`:@@shared.problem.timeout:The server took too long and stopped this request, so your change may not have been saved. Reload to check, then try again.`;
const SERVICE_UNAVAILABLE_MESSAGE = $localize`:@@shared.problem.serviceUnavailable:We cannot save right now: the server lost its database for a moment. Nothing was changed; try again shortly.`;
