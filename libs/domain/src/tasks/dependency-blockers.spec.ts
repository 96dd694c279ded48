import { describe, expect, it } from 'vitest';

import { dependencyBlockers, dependencyFlag, openPrerequisites, statusAllowedNow } from './dependency-blockers';

const design = { id: 'design', title: 'Design the data model', status: 'IN_PROGRESS' };
const review = { id: 'review', title: 'Review the data model', status: 'TODO' };
const signOff = { id: 'sign-off', title: 'Sign off the scope', status: 'DONE' };

describe('dependencyBlockers', () => {
  it('refuses to start a task while a task it waits for is in progress, naming it', () => {
    expect(dependencyBlockers({ currentStatus: 'TODO', nextStatus: 'IN_PROGRESS', currentDependsOnIds: ['design'], prerequisites: [design] })).toEqual([design]);
  });

  it('refuses to finish a task while prerequisites are open, naming every open one and not the done one', () => {
    expect(
      dependencyBlockers({ currentStatus: 'IN_PROGRESS', nextStatus: 'DONE', currentDependsOnIds: ['design', 'review', 'sign-off'], prerequisites: [design, review, signOff] }),
    ).toEqual([design, review]);
  });

  it('lets a task start once everything it waits for is done', () => {
    expect(dependencyBlockers({ currentStatus: 'TODO', nextStatus: 'IN_PROGRESS', currentDependsOnIds: ['sign-off'], prerequisites: [signOff] })).toEqual([]);
  });

  it('lets a waiting task be marked blocked or put back to do', () => {
    for (const nextStatus of ['BLOCKED', 'TODO']) {
      expect(dependencyBlockers({ currentStatus: 'TODO', nextStatus, currentDependsOnIds: ['design'], prerequisites: [design] })).toEqual([]);
    }
  });

  it('refuses to create a task already done when it waits for an open task', () => {
    expect(dependencyBlockers({ currentStatus: null, nextStatus: 'DONE', currentDependsOnIds: [], prerequisites: [review] })).toEqual([review]);
  });

  it('refuses to make a task in progress wait for a task that is still open', () => {
    expect(dependencyBlockers({ currentStatus: 'IN_PROGRESS', nextStatus: 'IN_PROGRESS', currentDependsOnIds: [], prerequisites: [review] })).toEqual([review]);
  });

  it('lets a done task keep a prerequisite that was re-opened when only its title changes', () => {
    expect(dependencyBlockers({ currentStatus: 'DONE', nextStatus: 'DONE', currentDependsOnIds: ['review'], prerequisites: [review] })).toEqual([]);
  });

  it('lets a done task gain a prerequisite that is done', () => {
    expect(dependencyBlockers({ currentStatus: 'DONE', nextStatus: 'DONE', currentDependsOnIds: [], prerequisites: [signOff] })).toEqual([]);
  });

  it('lets a task with no prerequisites go anywhere', () => {
    expect(dependencyBlockers({ currentStatus: 'TODO', nextStatus: 'DONE', currentDependsOnIds: [], prerequisites: [] })).toEqual([]);
  });
});

describe('openPrerequisites', () => {
  it('is every prerequisite that is not done, blocked ones included', () => {
    expect(openPrerequisites([signOff, { ...design, status: 'BLOCKED' }, review]).map((p) => p.id)).toEqual(['design', 'review']);
  });
});

describe('dependencyFlag', () => {
  it('says a task to do is waiting while a prerequisite is open', () => {
    expect(dependencyFlag('TODO', 2)).toBe('WAITING');
    expect(dependencyFlag('BLOCKED', 1)).toBe('WAITING');
  });

  it('flags a done task whose prerequisite was re-opened', () => {
    expect(dependencyFlag('DONE', 1)).toBe('AHEAD_OF_PREREQUISITE');
  });

  it('says nothing once every prerequisite is done', () => {
    expect(dependencyFlag('TODO', 0)).toBeNull();
  });
});

describe('statusAllowedNow', () => {
  it('offers only to do and blocked while a prerequisite is open', () => {
    expect(['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'].filter((s) => statusAllowedNow(s, 1))).toEqual(['TODO', 'BLOCKED']);
  });

  it('offers every status when nothing is open', () => {
    expect(['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'].filter((s) => statusAllowedNow(s, 0))).toHaveLength(4);
  });
});
