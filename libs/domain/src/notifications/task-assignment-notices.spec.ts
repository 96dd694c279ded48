import { describe, expect, it } from 'vitest';

import { roleTasksCameTo, tasksThatCameTo } from './task-assignment-notices';

const holders: Record<string, string | null> = { TRAINER: 'tina', ADMIN: null };
const holder = (roleId: string) => holders[roleId];
const task = (roleId: string, assigneeId: string | null, done = false) => ({ roleId, assigneeId, done });

describe('tasksThatCameTo', () => {
  it('a new task with an assignee comes to that assignee', () => {
    expect(tasksThatCameTo([{ taskId: 't1', before: null, after: task('ADMIN', 'ann') }], holder, holder, 'pm')).toEqual([{ personId: 'ann', taskIds: ['t1'] }]);
  });

  it('a new task without an assignee comes to its role’s primary holder', () => {
    expect(tasksThatCameTo([{ taskId: 't1', before: null, after: task('TRAINER', null) }], holder, holder, 'pm')).toEqual([{ personId: 'tina', taskIds: ['t1'] }]);
  });

  it('a task of a role nobody holds comes to nobody', () => {
    expect(tasksThatCameTo([{ taskId: 't1', before: null, after: task('ADMIN', null) }], holder, holder, 'pm')).toEqual([]);
  });

  it('assigning the task to the person who already owned it through the role tells nobody', () => {
    expect(tasksThatCameTo([{ taskId: 't1', before: task('TRAINER', null), after: task('TRAINER', 'tina') }], holder, holder, 'pm')).toEqual([]);
  });

  it('re-assigning tells the new assignee, not the previous one', () => {
    expect(tasksThatCameTo([{ taskId: 't1', before: task('ADMIN', 'ann'), after: task('ADMIN', 'bob') }], holder, holder, 'pm')).toEqual([{ personId: 'bob', taskIds: ['t1'] }]);
  });

  it('clearing the assignee hands the task back to the role’s holder, who is told', () => {
    expect(tasksThatCameTo([{ taskId: 't1', before: task('TRAINER', 'ann'), after: task('TRAINER', null) }], holder, holder, 'pm')).toEqual([{ personId: 'tina', taskIds: ['t1'] }]);
  });

  it('the person who assigned a task to themselves is not told', () => {
    expect(tasksThatCameTo([{ taskId: 't1', before: null, after: task('ADMIN', 'pm') }], holder, holder, 'pm')).toEqual([]);
  });

  it('a done task is nobody’s news', () => {
    expect(tasksThatCameTo([{ taskId: 't1', before: task('ADMIN', 'ann', true), after: task('ADMIN', 'bob', true) }], holder, holder, 'pm')).toEqual([]);
  });

  it('a bulk change gives one entry per person with all of their tasks', () => {
    const changes = ['t1', 't2', 't3'].map((taskId) => ({ taskId, before: task('ADMIN', null), after: task('ADMIN', 'bob') }));
    expect(tasksThatCameTo([...changes, { taskId: 't4', before: task('ADMIN', 'bob'), after: task('TRAINER', null) }], holder, holder, 'pm')).toEqual([
      { personId: 'bob', taskIds: ['t1', 't2', 't3'] },
      { personId: 'tina', taskIds: ['t4'] },
    ]);
  });

  it('a role that changed holder in the same change is read as it was before and as it is after', () => {
    const after = (roleId: string) => (roleId === 'TRAINER' ? 'tom' : null);
    expect(tasksThatCameTo([{ taskId: 't1', before: task('TRAINER', null), after: task('TRAINER', null) }], holder, after, 'pm')).toEqual([{ personId: 'tom', taskIds: ['t1'] }]);
  });
});

describe('roleTasksCameTo', () => {
  it('a new primary holder gets one summary of the open tasks that follow the role', () => {
    expect(roleTasksCameTo({ holderBefore: 'tina', holderAfter: 'tom', openFollowingTasks: 12 }, 'pm')).toEqual({ personId: 'tom', count: 12 });
  });

  it('a first holder of a role gets the summary too', () => {
    expect(roleTasksCameTo({ holderBefore: null, holderAfter: 'tom', openFollowingTasks: 3 }, 'pm')).toEqual({ personId: 'tom', count: 3 });
  });

  it('no open tasks following the role is no summary', () => {
    expect(roleTasksCameTo({ holderBefore: 'tina', holderAfter: 'tom', openFollowingTasks: 0 }, 'pm')).toBeNull();
  });

  it('the same holder, or nobody left holding it, is no summary', () => {
    expect(roleTasksCameTo({ holderBefore: 'tom', holderAfter: 'tom', openFollowingTasks: 5 }, 'pm')).toBeNull();
    expect(roleTasksCameTo({ holderBefore: 'tom', holderAfter: null, openFollowingTasks: 5 }, 'pm')).toBeNull();
  });

  it('someone who made themselves the primary holder gets no summary', () => {
    expect(roleTasksCameTo({ holderBefore: 'tina', holderAfter: 'tom', openFollowingTasks: 5 }, 'tom')).toBeNull();
  });
});
