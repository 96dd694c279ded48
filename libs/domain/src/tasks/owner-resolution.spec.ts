import { describe, expect, it } from 'vitest';

import { ownerFor } from './owner-resolution';

const holders: Record<string, string> = { analyst: 'ana' };
const primaryHolderOf = (roleId: string) => holders[roleId];

describe('ownerFor', () => {
  it('an explicit assignee owns the task even when the role has a holder', () => {
    expect(ownerFor({ roleId: 'analyst', assigneeId: 'bob' }, primaryHolderOf)).toEqual({ personId: 'bob', source: 'ASSIGNEE' });
  });

  it('without an assignee the primary holder of the role owns the task', () => {
    expect(ownerFor({ roleId: 'analyst', assigneeId: null }, primaryHolderOf)).toEqual({ personId: 'ana', source: 'ROLE' });
  });

  it('a task whose role nobody holds is unowned', () => {
    expect(ownerFor({ roleId: 'trainer', assigneeId: null }, primaryHolderOf)).toEqual({ personId: null, source: 'UNOWNED' });
  });
});
