import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';

import { UNREACHABLE_SERVER_MESSAGE } from '../shared/graphql/graphql-errors';
import { actionProblemOf, CONFLICT_TITLE } from './action-problem';

function apiError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { ...extensions, code } }] });
}

describe('what the overview says when a change fails', () => {
  it('lists what still blocks a phase gate', () => {
    const error = apiError('GATE_BLOCKED', 'Needs analysis cannot be completed yet: …', {
      blockers: ['Exit criterion not met: Requirements signed off', 'Milestone not done: Requirements baseline'],
    });

    expect(actionProblemOf(error, 'Needs analysis')).toEqual({
      kind: 'gate-blocked',
      title: 'Needs analysis cannot be completed yet',
      blockers: ['Exit criterion not met: Requirements signed off', 'Milestone not done: Requirements baseline'],
    });
  });

  it('ignores malformed blockers rather than showing them', () => {
    const error = apiError('GATE_BLOCKED', 'blocked', { blockers: ['Milestone not done: Go-live', 42, null] });

    const problem = actionProblemOf(error, 'Training');
    expect(problem.kind === 'gate-blocked' && problem.blockers).toEqual(['Milestone not done: Go-live']);
  });

  it('offers a reload when someone else changed the record meanwhile', () => {
    const error = apiError('CONFLICT', 'This milestone was changed by someone else since you loaded it.');

    expect(actionProblemOf(error, 'Vendor shortlist')).toMatchObject({ kind: 'conflict', title: CONFLICT_TITLE });
  });

  it('tells a viewer they cannot change the project', () => {
    const problem = actionProblemOf(apiError('FORBIDDEN', 'You do not have permission.'), 'Go-live');

    expect(problem.kind).toBe('forbidden');
  });

  it('says a phase completed twice is already completed, without blaming anyone else', () => {
    const error = apiError('INVALID_STATE', 'This phase is already completed.', { state: 'COMPLETED' });

    const problem = actionProblemOf(error, 'Needs analysis');
    expect(problem).toEqual({ kind: 'invalid-state', title: 'Needs analysis is already done', message: 'This phase is already completed.' });
    expect(JSON.stringify(problem)).not.toMatch(/someone|changed/i);
  });

  it('offers a reload when the record is gone', () => {
    expect(actionProblemOf(apiError('NOT_FOUND', 'This milestone was not found.'), 'Go-live')).toMatchObject({
      kind: 'conflict',
      message: expect.stringContaining('no longer exists'),
    });
  });

  it("passes anything else on in the API's words, or explains a lost connection", () => {
    expect(actionProblemOf(apiError('INTERNAL_SERVER_ERROR', 'Something broke.'), 'x')).toMatchObject({
      kind: 'failed',
      message: 'Something broke.',
    });
    expect(actionProblemOf(new TypeError('Failed to fetch'), 'x')).toMatchObject({
      kind: 'failed',
      message: UNREACHABLE_SERVER_MESSAGE,
    });
  });
});
