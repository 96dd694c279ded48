import { describe, expect, it } from 'vitest';

import { LAST_OWNER_LEAVING, MemberPermission, membershipChangeRefusal } from './project-membership';

const member = (userId: string, permission: MemberPermission) => ({ userId, permission });

describe('changing the members of a program', () => {
  it('lets an owner make an editor a viewer', () => {
    expect(membershipChangeRefusal({ actor: member('ann', 'OWNER'), target: member('bob', 'EDITOR'), to: 'VIEWER', ownerCount: 1 })).toBeNull();
  });

  it('lets an owner remove a viewer', () => {
    expect(membershipChangeRefusal({ actor: member('ann', 'OWNER'), target: member('bob', 'VIEWER'), to: null, ownerCount: 1 })).toBeNull();
  });

  it('lets a viewer leave the program', () => {
    expect(membershipChangeRefusal({ actor: member('bob', 'VIEWER'), target: member('bob', 'VIEWER'), to: null, ownerCount: 1 })).toBeNull();
  });

  it('refuses an editor who removes someone else', () => {
    expect(membershipChangeRefusal({ actor: member('bob', 'EDITOR'), target: member('cy', 'VIEWER'), to: null, ownerCount: 1 })?.reason).toBe('FORBIDDEN');
  });

  it('refuses an editor who makes themselves an owner', () => {
    expect(membershipChangeRefusal({ actor: member('bob', 'EDITOR'), target: member('bob', 'EDITOR'), to: 'OWNER', ownerCount: 1 })?.reason).toBe('FORBIDDEN');
  });

  it('refuses the only owner who steps down to editor, and says how to hand over', () => {
    expect(membershipChangeRefusal({ actor: member('ann', 'OWNER'), target: member('ann', 'OWNER'), to: 'EDITOR', ownerCount: 1 })).toEqual({
      reason: 'LAST_OWNER',
      message: LAST_OWNER_LEAVING,
    });
  });

  it('refuses the only owner who leaves', () => {
    expect(membershipChangeRefusal({ actor: member('ann', 'OWNER'), target: member('ann', 'OWNER'), to: null, ownerCount: 1 })?.reason).toBe('LAST_OWNER');
  });

  it('hands over: once a second owner exists, the first may step down', () => {
    expect(membershipChangeRefusal({ actor: member('ann', 'OWNER'), target: member('ann', 'OWNER'), to: 'VIEWER', ownerCount: 2 })).toBeNull();
  });

  it('lets one of two owners remove the other', () => {
    expect(membershipChangeRefusal({ actor: member('ann', 'OWNER'), target: member('bob', 'OWNER'), to: null, ownerCount: 2 })).toBeNull();
  });

  it('keeps an owner an owner without counting owners', () => {
    expect(membershipChangeRefusal({ actor: member('ann', 'OWNER'), target: member('ann', 'OWNER'), to: 'OWNER', ownerCount: 1 })).toBeNull();
  });
});
