import { describe, expect, it } from 'vitest';

import { ownerFor, roleHolderFor } from './owner-resolution';

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

describe('ownerFor in a rollout wave', () => {
  // The program's trainer is Tom; wave "nordics" has its own trainer, Nina; wave "benelux" has none.
  const waveHolders: Record<string, string> = { 'trainer@nordics': 'nina', 'trainer@': 'tom', 'keyuser@benelux': 'kees' };
  const holderOf = (roleId: string, waveId: string | null) => waveHolders[`${roleId}@${waveId ?? ''}`];

  it('a task of a wave with its own holder belongs to the wave holder, not the program holder', () => {
    expect(ownerFor({ roleId: 'trainer', assigneeId: null, waveId: 'nordics' }, holderOf)).toEqual({ personId: 'nina', source: 'ROLE' });
  });

  it('a task of a wave without its own holder falls back to the program holder', () => {
    expect(ownerFor({ roleId: 'trainer', assigneeId: null, waveId: 'benelux' }, holderOf)).toEqual({ personId: 'tom', source: 'ROLE' });
  });

  it('a program-wide task keeps the program holder even when a wave has its own', () => {
    expect(ownerFor({ roleId: 'trainer', assigneeId: null, waveId: null }, holderOf)).toEqual({ personId: 'tom', source: 'ROLE' });
    expect(ownerFor({ roleId: 'trainer', assigneeId: null }, holderOf)).toEqual({ personId: 'tom', source: 'ROLE' });
  });

  it('a wave holder owns only their own wave: a program-wide task of that role nobody holds program-wide is unowned', () => {
    expect(ownerFor({ roleId: 'keyuser', assigneeId: null, waveId: 'benelux' }, holderOf)).toEqual({ personId: 'kees', source: 'ROLE' });
    expect(ownerFor({ roleId: 'keyuser', assigneeId: null, waveId: null }, holderOf)).toEqual({ personId: null, source: 'UNOWNED' });
    expect(ownerFor({ roleId: 'keyuser', assigneeId: null, waveId: 'nordics' }, holderOf)).toEqual({ personId: null, source: 'UNOWNED' });
  });

  it('an explicit assignee still wins over the wave holder', () => {
    expect(ownerFor({ roleId: 'trainer', assigneeId: 'bob', waveId: 'nordics' }, holderOf)).toEqual({ personId: 'bob', source: 'ASSIGNEE' });
  });

  it('roleHolderFor answers the same chain for a session or any other work of a wave', () => {
    expect(roleHolderFor('trainer', 'nordics', holderOf)).toBe('nina');
    expect(roleHolderFor('trainer', 'benelux', holderOf)).toBe('tom');
    expect(roleHolderFor('analyst', 'benelux', holderOf)).toBeNull();
  });
});
