import { errorWithCode, gateBlockersOf, hasErrorCode, userMessageOf } from './graphql-errors';

/**
 * Why the API refused a change, in the words a user acts on. This is the one place each error code
 * is worded; stores, dialogs and cards show what it says.
 *
 * - `stale`: CONFLICT, the version the user edited is no longer the latest. Reloading helps.
 * - `gone`: NOT_FOUND, the record was deleted meanwhile. Reloading helps.
 * - `invalid-state`: INVALID_STATE, the record is not in a state that allows the change (completing
 *   a completed phase). Nobody else needs to have edited anything, so the message never says so.
 * - `gate-blocked`: GATE_BLOCKED, with the open items in `blockers`.
 * - `forbidden`: FORBIDDEN, the user may only view this project.
 * - `invalid-input`: BAD_USER_INPUT, messages per field (a form places them beside its fields).
 * - `failed`: anything else, in the API's words or as a lost connection.
 */
export type ChangeProblemKind = 'stale' | 'gone' | 'invalid-state' | 'gate-blocked' | 'forbidden' | 'invalid-input' | 'failed';

export interface ChangeProblem {
  kind: ChangeProblemKind;
  message: string;
  /** What still blocks a gate; empty for every other kind. */
  blockers: readonly string[];
  /** The page holds stale data: the way out is to load it again. */
  offerReload: boolean;
  /** The record's current state as INVALID_STATE reports it in `extensions.state`. */
  state?: string;
}

export const VIEW_ONLY_MESSAGE = 'You can view this project but not change it. Ask the project owner to make you an editor if you need to.';

/** CONFLICT: `thing` names what was edited, e.g. "this KPI". */
export function staleMessage(thing: string): string {
  return `Someone else changed ${thing} since you opened it. Reload to see their changes, then make yours again.`;
}

export function goneMessage(thing: string): string {
  return `${capitalized(thing)} no longer exists; someone may have deleted it. Reload to see the page as it is now.`;
}

/** INVALID_STATE without a sentence of the API's own, e.g. "This phase is already completed." */
export function invalidStateMessage(thing: string, state: string | undefined): string {
  return state ? `${capitalized(thing)} is already ${state.toLowerCase().replace(/_/g, ' ')}.` : `${capitalized(thing)} cannot change in its current state.`;
}

/** `thing` names the record the change was about, e.g. "this wave", for the sentences above. */
export function changeProblemOf(error: unknown, thing: string): ChangeProblem {
  const problem = (kind: ChangeProblemKind, message: string, offerReload = false): ChangeProblem => ({ kind, message, blockers: [], offerReload });
  if (hasErrorCode(error, 'GATE_BLOCKED')) {
    return { ...problem('gate-blocked', errorWithCode(error, 'GATE_BLOCKED')?.message ?? userMessageOf(error)), blockers: gateBlockersOf(error) };
  }
  if (hasErrorCode(error, 'INVALID_STATE')) {
    const invalid = errorWithCode(error, 'INVALID_STATE');
    const state = invalid?.extensions?.['state'];
    const known = typeof state === 'string' ? state : undefined;
    return { ...problem('invalid-state', invalid?.message || invalidStateMessage(thing, known)), state: known };
  }
  if (hasErrorCode(error, 'CONFLICT')) return problem('stale', staleMessage(thing), true);
  if (hasErrorCode(error, 'NOT_FOUND')) return problem('gone', goneMessage(thing), true);
  if (hasErrorCode(error, 'FORBIDDEN')) return problem('forbidden', VIEW_ONLY_MESSAGE);
  if (hasErrorCode(error, 'BAD_USER_INPUT')) return problem('invalid-input', userMessageOf(error));
  return problem('failed', userMessageOf(error));
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
