import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';

import { changeProblemOf, removalProblemOf, VIEW_ONLY_MESSAGE } from './change-problems';

function apiError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { ...extensions, code } }] });
}

describe('what a user is told when the API refuses a change', () => {
  it('a stale version says someone else changed it since the form opened, and offers a reload', () => {
    const problem = changeProblemOf(apiError('CONFLICT', 'This wave was changed by someone else.'), 'this wave');

    expect(problem).toMatchObject({ kind: 'stale', offerReload: true });
    expect(problem.message).toBe('Someone else changed this wave since you opened it. Reload to see their changes, then make yours again.');
  });

  it('completing an already completed phase says it is already completed and blames nobody', () => {
    const error = apiError('INVALID_STATE', 'This phase is already completed.', { state: 'COMPLETED' });

    const problem = changeProblemOf(error, 'this phase');
    expect(problem).toMatchObject({ kind: 'invalid-state', state: 'COMPLETED', message: 'This phase is already completed.', offerReload: false });
    expect(problem.message).not.toMatch(/someone|changed|reload/i);
  });

  it('an INVALID_STATE without a sentence is worded from its state', () => {
    expect(changeProblemOf(apiError('INVALID_STATE', '', { state: 'DONE' }), 'this milestone').message).toBe('This milestone is already done.');
  });

  it('a blocked gate lists what is still open', () => {
    const error = apiError('GATE_BLOCKED', 'Go-live is blocked: Data migrated.', { blockers: ['Data migrated', 7] });

    expect(changeProblemOf(error, 'this wave')).toMatchObject({ kind: 'gate-blocked', blockers: ['Data migrated'], offerReload: false });
  });

  it('a deleted record says it no longer exists and offers a reload', () => {
    expect(changeProblemOf(apiError('NOT_FOUND', 'Risk was not found.'), 'this risk')).toMatchObject({
      kind: 'gone',
      message: 'This risk no longer exists; someone may have deleted it. Reload to see the page as it is now.',
      offerReload: true,
    });
  });

  it('a viewer is told they can only view the project', () => {
    expect(changeProblemOf(apiError('FORBIDDEN', 'No.'), 'this KPI')).toMatchObject({ kind: 'forbidden', message: VIEW_ONLY_MESSAGE });
  });

  it('bad input shows the field messages', () => {
    const error = apiError('BAD_USER_INPUT', 'name: Name it.', { fields: [{ field: 'name', message: 'Name it.' }] });

    expect(changeProblemOf(error, 'this KPI')).toMatchObject({ kind: 'invalid-input', message: 'Name it.' });
  });
});

describe('what a user is told when removing or restoring is refused', () => {
  it('a record still in use names what uses it, in words, and what to do', () => {
    const error = apiError('INVALID_STATE', 'This role is still in use (4 Task).', { state: 'HAS_DEPENDANTS', dependants: [{ kind: 'Task', count: 4 }, { kind: 'TaskDependency', count: 1 }] });

    expect(removalProblemOf(error, 'this role', 'remove')).toMatchObject({
      kind: 'invalid-state',
      message: 'This role is still used by 4 tasks and 1 dependency link. Change or remove those first, then remove it.',
    });
  });

  it('a session people were invited to says to cancel it instead', () => {
    const error = apiError('INVALID_STATE', 'x', { state: 'INVITATIONS_SENT' });
    expect(removalProblemOf(error, 'this training session', 'remove').message).toContain('Cancel it instead');
  });

  it('restoring what belonged to a removed record says to restore that first', () => {
    const error = apiError('INVALID_STATE', 'x', { state: 'PARENT_REMOVED' });
    expect(removalProblemOf(error, 'this task', 'restore').message).toBe(
      'This task belonged to something that was removed after it. Restore that first from the trash, then this.',
    );
  });

  it('restoring what the trash no longer holds says so instead of “someone deleted it”', () => {
    const problem = removalProblemOf(apiError('NOT_FOUND', 'Not found.'), 'this risk', 'restore');
    expect(problem.message).toContain('no longer in the trash');
    expect(problem.offerReload).toBe(true);
  });

  it('a clash on restore is not blamed on a stale page', () => {
    const problem = removalProblemOf(apiError('CONFLICT', 'x'), 'this milestone', 'restore');
    expect(problem).toMatchObject({ kind: 'stale', offerReload: false });
    expect(problem.message).toContain('something with the same name or place was added since it was removed');
  });

  it('a stale removal is worded like any stale change', () => {
    expect(removalProblemOf(apiError('CONFLICT', 'x'), 'this risk', 'remove').message).toBe(
      'Someone else changed this risk since you opened it. Reload to see their changes, then make yours again.',
    );
  });
});
