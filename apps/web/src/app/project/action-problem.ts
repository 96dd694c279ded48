import { graphQLErrorsOf, hasErrorCode, userMessageOf } from '../shared/graphql/graphql-errors';

/**
 * Why a change on the overview did not go through, in the terms the page reacts to: a closed gate
 * lists what is still open, a conflict offers a reload, anything else is explained in a sentence.
 */
export type ActionProblem =
  | { kind: 'gate-blocked'; title: string; blockers: string[] }
  | { kind: 'conflict'; title: string; message: string }
  | { kind: 'forbidden'; title: string; message: string }
  | { kind: 'failed'; title: string; message: string };

export const CONFLICT_TITLE = 'Someone changed this meanwhile';
export const CONFLICT_MESSAGE = 'Reload to see the latest version, then try again.';

/**
 * Maps the error of a mutation to what the user is told. `subject` names the thing acted on, e.g.
 * the phase's name, so a blocked gate reads "Needs analysis cannot be completed yet".
 */
export function actionProblemOf(error: unknown, subject: string): ActionProblem {
  if (hasErrorCode(error, 'GATE_BLOCKED')) {
    return { kind: 'gate-blocked', title: `${subject} cannot be completed yet`, blockers: gateBlockersOf(error) };
  }
  if (hasErrorCode(error, 'CONFLICT')) {
    return { kind: 'conflict', title: CONFLICT_TITLE, message: CONFLICT_MESSAGE };
  }
  if (hasErrorCode(error, 'FORBIDDEN')) {
    return {
      kind: 'forbidden',
      title: 'You can only view this project',
      message: 'Ask the project owner to make you an editor if you need to change it.',
    };
  }
  return { kind: 'failed', title: 'That did not work', message: userMessageOf(error) };
}

/** The open items a GATE_BLOCKED error names in `extensions.blockers`, ignoring anything malformed. */
export function gateBlockersOf(error: unknown): string[] {
  return graphQLErrorsOf(error).flatMap((e) => {
    if (e.extensions?.['code'] !== 'GATE_BLOCKED') return [];
    const blockers = e.extensions['blockers'];
    return Array.isArray(blockers) ? blockers.filter((b): b is string => typeof b === 'string') : [];
  });
}
