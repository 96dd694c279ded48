import { changeProblemOf } from '../shared/graphql/change-problems';

/**
 * Why a change on the overview did not go through, in the terms the page reacts to: a closed gate
 * lists what is still open, a conflict offers a reload, a record that is already done says so,
 * anything else is explained in a sentence. The sentences come from `changeProblemOf`.
 */
export type ActionProblem =
  | { kind: 'gate-blocked'; title: string; blockers: string[] }
  | { kind: 'conflict'; title: string; message: string }
  | { kind: 'invalid-state'; title: string; message: string }
  | { kind: 'forbidden'; title: string; message: string }
  | { kind: 'failed'; title: string; message: string };

export const CONFLICT_TITLE = $localize`:@@project.problem.conflictTitle:Someone changed this meanwhile`;

/**
 * Maps the error of a mutation to what the user is told. `subject` names the thing acted on, e.g.
 * the phase's name, so a blocked gate reads "Needs analysis cannot be completed yet".
 */
export function actionProblemOf(error: unknown, subject: string): ActionProblem {
  const problem = changeProblemOf(error, `“${subject}”`);
  switch (problem.kind) {
    case 'gate-blocked':
      return { kind: 'gate-blocked', title: $localize`:@@project.problem.gateTitle:${subject}:subject: cannot be completed yet`, blockers: [...problem.blockers] };
    case 'stale':
    case 'gone':
      return { kind: 'conflict', title: CONFLICT_TITLE, message: problem.message };
    case 'invalid-state':
      // Clicking Complete twice: nobody else is involved, the thing is simply done already.
      return { kind: 'invalid-state', title: $localize`:@@project.problem.alreadyDoneTitle:${subject}:subject: is already done`, message: problem.message };
    case 'forbidden':
      return { kind: 'forbidden', title: $localize`:@@project.problem.viewOnlyTitle:You can only view this program`, message: problem.message };
    default:
      return { kind: 'failed', title: $localize`:@@project.problem.failedTitle:That did not work`, message: problem.message };
  }
}
