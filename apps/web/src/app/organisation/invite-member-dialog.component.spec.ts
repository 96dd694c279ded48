import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideNoopAnimations } from '@angular/platform-browser/animations';

import { GraphQLError } from 'graphql';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { InviteMemberDialogComponent } from './invite-member-dialog.component';

const PROGRAMS = {
  projects: [
    { __typename: 'Project', id: 'p1', name: 'EMEA rollout' },
    { __typename: 'Project', id: 'p2', name: 'Service pilot' },
  ],
};

describe('the invite dialog on the organisation page', () => {
  let apollo: ApolloTestingController;
  let closedWith: (boolean | undefined)[];

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideNoopAnimations()] });
    apollo = TestBed.inject(ApolloTestingController);
    closedWith = [];
    TestBed.inject(MatDialog)
      .open(InviteMemberDialogComponent)
      .afterClosed()
      .subscribe((sent) => closedWith.push(sent));
    await settle();
    apollo.expectOne('InviteDialogPrograms').flushData(PROGRAMS);
    await settle();
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    apollo.verify();
  });

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await TestBed.inject(ApplicationRef).whenStable();
  }

  const el = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const type = async (testId: string, value: string) => {
    const input = el(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  };
  /** Opens a select and picks the option with this text, as a person does. */
  const choose = async (testId: string, option: string) => {
    (el(testId)?.querySelector('.mat-mdc-select-trigger') as HTMLElement | null)?.click();
    await settle();
    const match = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((o) => o.textContent?.trim() === option);
    if (!match) throw new Error(`No option “${option}” in ${testId}`);
    match.click();
    await settle();
  };

  it('invites to the organisation alone when no program is chosen', async () => {
    expect(el('invite-permission')).toBeNull();
    await type('invite-email', 'new@example.test');
    el('invite-submit')?.click();
    await settle();
    const invite = apollo.expectOne('InviteMember');
    expect(invite.operation.variables).toEqual({ input: { email: 'new@example.test', role: 'MEMBER' } });
    invite.flushData({ inviteMember: { __typename: 'Invitation', id: 'i1', email: 'new@example.test', status: 'PENDING' } });
    await settle();
    expect(closedWith).toEqual([true]);
  });

  it('invites straight into a chosen program with the chosen permission', async () => {
    await type('invite-email', 'new@example.test');
    await choose('invite-program', 'Service pilot');
    expect(el('invite-permission')).not.toBeNull();
    await choose('invite-permission', 'Can view');
    el('invite-submit')?.click();
    await settle();
    const invite = apollo.expectOne('InviteMember');
    expect(invite.operation.variables).toEqual({ input: { email: 'new@example.test', role: 'MEMBER', projectId: 'p2', permission: 'VIEWER' } });
    invite.flushData({ inviteMember: { __typename: 'Invitation', id: 'i2', email: 'new@example.test', status: 'PENDING' } });
    await settle();
    expect(closedWith).toEqual([true]);
  });

  it('says a colleague already in the organisation has access to the program now, as nothing was mailed', async () => {
    await type('invite-email', 'eddie@example.test');
    await choose('invite-program', 'EMEA rollout');
    el('invite-submit')?.click();
    await settle();
    apollo.expectOne('InviteMember').flushData({ inviteMember: { __typename: 'Invitation', id: 'i3', email: 'eddie@example.test', status: 'ACCEPTED' } });
    await settle();
    expect(closedWith).toEqual([false]);
    expect(document.body.textContent).toContain('eddie@example.test is already in your organisation, so they have “Can edit” access to EMEA rollout now.');
  });

  it('keeps the dialog open and says why when the invitation is refused', async () => {
    await type('invite-email', 'eddie@example.test');
    el('invite-submit')?.click();
    await settle();
    apollo
      .expectOne('InviteMember')
      .graphqlErrors([new GraphQLError('Eddie is already a member of your organisation.', { extensions: { code: 'INVALID_STATE', state: 'ALREADY_MEMBER' } })]);
    await settle();
    expect(closedWith).toEqual([]);
    expect(document.body.textContent).toContain('Eddie is already a member of your organisation.');
  });
});
