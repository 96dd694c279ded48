import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { SharingPageComponent } from './sharing-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function page(permission: string) {
  return {
    project: {
      __typename: 'Project',
      id: 'p1',
      myPermission: permission,
      members: [{ __typename: 'ProjectMember', permission: 'OWNER', user: { __typename: 'User', id: 'u1', name: 'Olivia Owner', email: 'olivia@example.test' } }],
    },
    projectInvitations: [
      { __typename: 'ProjectInvitation', id: 'i1', email: 'new@example.test', permission: 'EDITOR', invitedByName: 'Olivia Owner', createdAt: '2026-01-10T09:00:00.000Z' },
    ],
  };
}

describe('SharingPageComponent', () => {
  let fixture: ComponentFixture<SharingPageComponent>;
  let apollo: ApolloTestingController;

  async function open(permission: string): Promise<void> {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideNoopAnimations()] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(SharingPageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
    apollo.expectOne('SharingPage').flushData(page(permission));
    await settle();
  }

  async function settle(): Promise<void> {
    await wait();
    await fixture.whenStable();
  }

  const byTestId = (id: string) => (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${id}"]`);

  beforeEach(() => TestBed.resetTestingModule());
  afterEach(() => apollo.verify());

  it('lists the members and the invitations waiting for an answer', async () => {
    await open('OWNER');
    expect(byTestId('member-list')?.textContent).toContain('Olivia Owner');
    expect(byTestId('pending-item')?.textContent).toContain('new@example.test');
    expect(byTestId('pending-item')?.textContent).toContain('Can edit');
  });

  it('lets the owner withdraw an invitation and loads the page again', async () => {
    await open('OWNER');
    byTestId('revoke-invitation')?.click();
    const revoke = apollo.expectOne('SharingRevoke');
    expect(revoke.operation.variables).toEqual({ input: { id: 'i1' } });
    revoke.flushData({ revokeProjectInvitation: { __typename: 'ProjectInvitation', id: 'i1', status: 'REVOKED' } });
    await settle();
    apollo.expectOne('SharingPage').flushData({ ...page('OWNER'), projectInvitations: [] });
    await settle();
    expect(byTestId('pending-empty')).not.toBeNull();
  });

  it('says an invitation was sent without telling whether the email has an account', async () => {
    await open('OWNER');
    const input = byTestId('invite-email') as HTMLInputElement;
    input.value = 'someone@example.test';
    input.dispatchEvent(new Event('input'));
    await settle();
    (byTestId('send-invitation') as HTMLButtonElement).click();
    const invite = apollo.expectOne('SharingInvite');
    expect(invite.operation.variables).toEqual({ input: { projectId: 'p1', email: 'someone@example.test', permission: 'VIEWER' } });
    invite.flushData({ addProjectMember: { __typename: 'ProjectMember', email: 'someone@example.test', permission: 'VIEWER', status: 'PENDING' } });
    await settle();
    apollo.expectOne('SharingPage').flushData(page('OWNER'));
    await settle();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Invitation sent to someone@example.test. They join once they accept it.');
  });

  it('offers neither withdrawing nor inviting to an editor', async () => {
    await open('EDITOR');
    expect(byTestId('revoke-invitation')).toBeNull();
    expect(byTestId('invite-form')).toBeNull();
  });
});
