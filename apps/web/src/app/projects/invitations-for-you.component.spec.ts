import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { beforeEach, describe, expect, it } from 'vitest';

import { InvitationsForYouComponent } from './invitations-for-you.component';
import { ProjectsStore } from './projects.store';

const invitation = {
  __typename: 'ProjectInvitation',
  id: 'i1',
  projectId: 'p1',
  projectName: 'EMEA sales rollout',
  permission: 'EDITOR',
  invitedByName: 'Olivia Owner',
  createdAt: '2026-01-10T09:00:00.000Z',
};

describe('InvitationsForYouComponent', () => {
  let fixture: ComponentFixture<InvitationsForYouComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection(), ProjectsStore],
    });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(InvitationsForYouComponent);
    await fixture.whenStable();
  });

  const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
  async function settle(): Promise<void> {
    await wait();
    await fixture.whenStable();
  }

  const root = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => root().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  it('shows nothing when nobody has invited the user', async () => {
    apollo.expectOne('MyProjectInvitations').flushData({ myProjectInvitations: [] });
    await settle();
    expect(byTestId('invitations-for-you')).toBeNull();
  });

  it('says who invites the user to which project, and how', async () => {
    apollo.expectOne('MyProjectInvitations').flushData({ myProjectInvitations: [invitation] });
    await settle();
    const text = byTestId('invitations-for-you')?.textContent ?? '';
    expect(text).toContain('Invitations for you');
    expect(text).toContain('Olivia Owner invites you to edit EMEA sales rollout');
  });

  it('accepts an invitation, takes it off the list and loads the projects again', async () => {
    apollo.expectOne('MyProjectInvitations').flushData({ myProjectInvitations: [invitation] });
    await settle();
    byTestId('accept-invitation')?.click();
    const accept = apollo.expectOne('AcceptProjectInvitation');
    expect(accept.operation.variables).toEqual({ input: { id: 'i1' } });
    accept.flushData({ acceptProjectInvitation: { __typename: 'ProjectInvitation', id: 'i1', status: 'ACCEPTED' } });
    await settle();
    expect(byTestId('invitations-for-you')).toBeNull();
    apollo.expectOne('Projects');
  });

  it('declines an invitation and takes it off the list', async () => {
    apollo.expectOne('MyProjectInvitations').flushData({ myProjectInvitations: [invitation] });
    await settle();
    byTestId('decline-invitation')?.click();
    apollo.expectOne('DeclineProjectInvitation').flushData({ declineProjectInvitation: { __typename: 'ProjectInvitation', id: 'i1', status: 'DECLINED' } });
    await settle();
    expect(byTestId('invitations-for-you')).toBeNull();
  });

  it('says why an invitation withdrawn meanwhile cannot be accepted, and asks for the list again', async () => {
    apollo.expectOne('MyProjectInvitations').flushData({ myProjectInvitations: [invitation] });
    await settle();
    byTestId('accept-invitation')?.click();
    apollo.expectOne('AcceptProjectInvitation').graphqlErrors([
      { message: 'This invitation was withdrawn by the project owner.', extensions: { code: 'INVALID_STATE', state: 'REVOKED' } },
    ] as never);
    await settle();
    expect(byTestId('invitations-for-you')?.textContent).toContain('This invitation was withdrawn by the project owner.');
    apollo.expectOne('MyProjectInvitations');
  });
});
