import { describe, expect, it } from 'vitest';

import { isOverdue, needsOwner } from './task-ownership';

const holders = new Map([['ROLE_HELD', 'P1']]);
const holderOf = (roleId: string) => holders.get(roleId);

describe('a task that needs an owner', () => {
  it('is an open task whose role nobody holds and that nobody was assigned', () => {
    expect(needsOwner({ roleId: 'ROLE_EMPTY', assigneeId: null, status: 'TODO', dueDate: null }, holderOf)).toBe(true);
  });
  it('is not a finished task, even without an owner', () => {
    expect(needsOwner({ roleId: 'ROLE_EMPTY', assigneeId: null, status: 'DONE', dueDate: null }, holderOf)).toBe(false);
  });
  it('is not a task whose role has a primary holder, or that has an assignee', () => {
    expect(needsOwner({ roleId: 'ROLE_HELD', assigneeId: null, status: 'TODO', dueDate: null }, holderOf)).toBe(false);
    expect(needsOwner({ roleId: 'ROLE_EMPTY', assigneeId: 'P2', status: 'BLOCKED', dueDate: null }, holderOf)).toBe(false);
  });
});

describe('an overdue task', () => {
  it('is open and due before today', () => {
    expect(isOverdue({ status: 'IN_PROGRESS', dueDate: '2027-01-09' }, '2027-01-10')).toBe(true);
  });
  it('is not due today, done, or without a due date', () => {
    expect(isOverdue({ status: 'TODO', dueDate: '2027-01-10' }, '2027-01-10')).toBe(false);
    expect(isOverdue({ status: 'DONE', dueDate: '2027-01-01' }, '2027-01-10')).toBe(false);
    expect(isOverdue({ status: 'TODO', dueDate: null }, '2027-01-10')).toBe(false);
  });
});
