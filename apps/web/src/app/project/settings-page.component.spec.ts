import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, Router } from '@angular/router';

import { GraphQLError } from 'graphql';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { provideUserDates } from '../shared/dates/user-locale';
import { SettingsPageComponent } from './settings-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const user = (id: string, name: string) => ({ __typename: 'User', id, name, email: `${name.split(' ')[0].toLowerCase()}@example.test` });

function page(options: { memberPermission?: string; archivedAt?: string | null; members?: { id: string; name: string; permission: string }[] } = {}) {
  const memberPermission = options.memberPermission ?? 'OWNER';
  const archivedAt = options.archivedAt ?? null;
  const members = options.members ?? [
    { id: 'u1', name: 'Olivia Owner', permission: 'OWNER' },
    { id: 'u2', name: 'Eddie Editor', permission: 'EDITOR' },
  ];
  return {
    me: { __typename: 'User', id: 'u1' },
    project: {
      __typename: 'Project',
      id: 'p1',
      name: 'EMEA rollout',
      crmProduct: 'Salesforce',
      startDate: '2027-01-04',
      targetGoLiveDate: '2027-07-01',
      status: 'ACTIVE',
      teamModel: null,
      version: 3,
      archivedAt,
      myPermission: archivedAt ? 'VIEWER' : memberPermission,
      memberPermission,
      members: members.map((m) => ({ __typename: 'ProjectMember', permission: m.permission, user: user(m.id, m.name) })),
    },
  };
}

const invitation = (id: string, email: string, status = 'PENDING') => ({
  __typename: 'Invitation',
  id,
  email,
  permission: 'EDITOR',
  status,
  sentAt: '2026-01-10T09:00:00.000Z',
  expiresAt: '2026-01-17T09:00:00.000Z',
  invitedBy: { __typename: 'User', id: 'u1', name: 'Olivia Owner' },
});
const INVITED = [invitation('i1', 'new@example.test')];

describe('SettingsPageComponent', () => {
  let fixture: ComponentFixture<SettingsPageComponent>;
  let apollo: ApolloTestingController;

  async function open(data = page(), invitations: unknown[] = INVITED): Promise<void> {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideNoopAnimations(), provideUserDates(), provideRouter([])] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(SettingsPageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
    await flushPage(data, invitations);
  }

  /** Answers the page query and, for an owner, the invitations query it leads to. */
  async function flushPage(data = page(), invitations: unknown[] = INVITED): Promise<void> {
    apollo.expectOne('SettingsPage').flushData(data);
    await settle();
    if (data.project.memberPermission === 'OWNER') {
      apollo.expectOne('SettingsInvitations').flushData({ project: { __typename: 'Project', id: 'p1', invitations } });
      await settle();
    }
  }

  async function settle(): Promise<void> {
    await wait();
    await fixture.whenStable();
  }

  const root = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => root().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const allByTestId = (id: string) => Array.from(root().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  /** Dialogs open in the overlay container, outside the component. */
  const confirm = async () => {
    await settle();
    document.querySelector<HTMLElement>('[data-testid="confirm-ok"]')?.click();
    await settle();
  };

  const type = async (testId: string, value: string) => {
    const input = byTestId(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle();
  };

  beforeEach(() => TestBed.resetTestingModule());
  afterEach(() => apollo.verify());

  it('shows the program’s details, its members and the invitations waiting for an answer', async () => {
    await open();
    expect((byTestId('settings-name') as HTMLInputElement).value).toBe('EMEA rollout');
    expect(byTestId('member-list')?.textContent).toContain('Olivia Owner');
    expect(byTestId('member-list')?.textContent).toContain('(you)');
    expect(byTestId('pending-item')?.textContent).toContain('new@example.test');
  });

  it('saves changed details with the version it loaded', async () => {
    await open();
    await type('settings-name', 'EMEA sales rollout');
    byTestId('save-details')?.click();
    const save = apollo.expectOne('SettingsUpdateProject');
    expect(save.operation.variables['input']).toMatchObject({ id: 'p1', version: 3, name: 'EMEA sales rollout', crmProduct: 'Salesforce', status: 'ACTIVE' });
    save.flushData({ updateProject: { ...page().project, name: 'EMEA sales rollout', version: 4 } });
    await settle();
    await flushPage(page());
    expect(root().textContent).toContain('Saved the program details.');
  });

  it('says someone else changed the program when the save comes too late, and offers a reload', async () => {
    await open();
    await type('settings-crm', 'Dynamics 365');
    byTestId('save-details')?.click();
    apollo.expectOne('SettingsUpdateProject').graphqlErrors([new GraphQLError('stale', { extensions: { code: 'CONFLICT' } })]);
    await settle();
    expect(byTestId('details-problem')?.textContent).toContain('Someone else changed this program');
    expect(byTestId('details-reload')).not.toBeNull();
  });

  it('lets the only owner hand over but not leave, and says how to hand over', async () => {
    await open();
    const [mine] = allByTestId('member-item');
    expect((mine.querySelector('[data-testid="leave-program"]') as HTMLButtonElement).disabled).toBe(true);
    expect(mine.querySelector('[data-testid="member-permission"]')).toBeNull();
    expect(byTestId('last-owner-hint')).not.toBeNull();
    byTestId('make-owner')?.click();
    await confirm();
    const handOver = apollo.expectOne('SettingsUpdateMember');
    expect(handOver.operation.variables).toEqual({ input: { projectId: 'p1', userId: 'u2', permission: 'OWNER' } });
    handOver.flushData({ updateProjectMember: { __typename: 'ProjectMember', permission: 'OWNER' } });
    await settle();
    await flushPage(page());
    expect(root().textContent).toContain('Eddie Editor now has “Owner” access.');
  });

  it('removes a member only after asking', async () => {
    await open();
    byTestId('remove-member')?.click();
    await settle();
    expect(document.body.textContent).toContain('Remove Eddie Editor?');
    await confirm();
    const remove = apollo.expectOne('SettingsRemoveMember');
    expect(remove.operation.variables).toEqual({ input: { projectId: 'p1', userId: 'u2' } });
    remove.flushData({ removeProjectMember: { __typename: 'ProjectMember', email: 'eddie@example.test' } });
    await settle();
    await flushPage(page({ members: [{ id: 'u1', name: 'Olivia Owner', permission: 'OWNER' }] }));
    expect(allByTestId('member-item')).toHaveLength(1);
  });

  it('mails an invitation to someone outside the organisation and clears the field', async () => {
    await open();
    await type('invite-email', 'someone@example.test');
    byTestId('send-invitation')?.click();
    const invite = apollo.expectOne('SharingInvite');
    expect(invite.operation.variables).toEqual({ input: { email: 'someone@example.test', role: 'MEMBER', projectId: 'p1', permission: 'VIEWER' } });
    invite.flushData({ inviteMember: { ...invitation('i2', 'someone@example.test'), permission: 'VIEWER' } });
    await settle();
    await flushPage(page(), [...INVITED, invitation('i2', 'someone@example.test')]);
    expect(root().textContent).toContain('Invitation mailed to someone@example.test. They get “Can view” access when they accept it; the link works for 7 days.');
    expect(allByTestId('pending-item')).toHaveLength(2);
    expect((byTestId('invite-email') as HTMLInputElement).value).toBe('');
    expect(byTestId('invite-email')?.classList).not.toContain('ng-touched');
  });

  it('says a colleague of the organisation has access at once', async () => {
    await open();
    await type('invite-email', 'eddie@example.test');
    byTestId('send-invitation')?.click();
    apollo.expectOne('SharingInvite').flushData({ inviteMember: { ...invitation('i3', 'eddie@example.test', 'ACCEPTED'), permission: 'VIEWER' } });
    await settle();
    await flushPage();
    expect(root().textContent).toContain('eddie@example.test is in your organisation, so they have “Can view” access now.');
  });

  it('keeps the email in the field when the invitation is refused, and says why', async () => {
    await open();
    await type('invite-email', 'someone@example.test');
    byTestId('send-invitation')?.click();
    apollo.expectOne('SharingInvite').graphqlErrors([new GraphQLError('You sent 20 invitations in the last minute. Wait a minute and try again.', { extensions: { code: 'TOO_MANY_REQUESTS' } })]);
    await settle();
    expect((byTestId('invite-email') as HTMLInputElement).value).toBe('someone@example.test');
    expect(root().textContent).toContain('Wait a minute');
  });

  it('sends a pending invitation again, and marks one whose link expired', async () => {
    await open(page(), [invitation('i1', 'new@example.test', 'EXPIRED')]);
    expect(byTestId('invitation-expired')?.textContent).toContain('Link expired');
    byTestId('resend-invitation')?.click();
    const resend = apollo.expectOne('SharingResend');
    expect(resend.operation.variables).toEqual({ input: { id: 'i1' } });
    resend.flushData({ resendInvitation: invitation('i1', 'new@example.test') });
    await settle();
    await flushPage();
    expect(root().textContent).toContain('Sent new@example.test a new link.');
  });

  it('withdraws a pending invitation', async () => {
    await open();
    byTestId('revoke-invitation')?.click();
    const revoke = apollo.expectOne('SharingRevoke');
    expect(revoke.operation.variables).toEqual({ input: { id: 'i1' } });
    revoke.flushData({ revokeInvitation: { __typename: 'Invitation', id: 'i1', status: 'REVOKED' } });
    await settle();
    await flushPage(page(), []);
    expect(root().textContent).toContain('Withdrew the invitation to new@example.test.');
    expect(byTestId('pending-empty')).not.toBeNull();
  });

  it('gives an editor the details form and a way to leave, but no member controls', async () => {
    await open(page({ memberPermission: 'EDITOR', members: [{ id: 'u9', name: 'Olivia Owner', permission: 'OWNER' }, { id: 'u1', name: 'Eddie Editor', permission: 'EDITOR' }] }));
    expect(byTestId('save-details')).not.toBeNull();
    expect(byTestId('member-permission')).toBeNull();
    expect(byTestId('remove-member')).toBeNull();
    expect(byTestId('invite-form')).toBeNull();
    expect(byTestId('archive-program')).toBeNull();
    expect(byTestId('leave-program')).not.toBeNull();
    // Who is invited is the owners' business: the editor's page never asks for it.
    expect(root().querySelector('#pending-heading')).toBeNull();
  });

  it('archives after asking, and an archived program offers only unarchiving', async () => {
    await open();
    byTestId('archive-program')?.click();
    await confirm();
    const archive = apollo.expectOne('SettingsArchive');
    expect(archive.operation.variables).toEqual({ input: { id: 'p1', version: 3 } });
    archive.flushData({ archiveProject: { ...page({ archivedAt: '2027-02-01T10:00:00.000Z' }).project, version: 4 } });
    await settle();
    await flushPage(page({ archivedAt: '2027-02-01T10:00:00.000Z' }));
    expect(byTestId('unarchive-program')).not.toBeNull();
    expect(byTestId('save-details')).toBeNull();
    expect(byTestId('details-read-only')?.textContent).toContain('archived');
    expect((byTestId('settings-name') as HTMLInputElement).disabled).toBe(true);
    expect(byTestId('make-owner')).toBeNull();
    expect(byTestId('invite-form')).toBeNull();
  });

  it('removes the program after saying owners can restore it for 30 days, then leaves for the program list', async () => {
    await open();
    byTestId('remove-program')?.click();
    await settle();
    expect(document.body.textContent).toContain('For 30 days you and the other owners can restore it');
    const navigated: unknown[] = [];
    const router = TestBed.inject(Router);
    router.navigate = ((commands: unknown[]) => {
      navigated.push(commands);
      return Promise.resolve(true);
    }) as Router['navigate'];
    await confirm();
    const removal = apollo.expectOne('SettingsRemoveProgram');
    expect(removal.operation.variables).toEqual({ input: { id: 'p1', version: 3 } });
    removal.flushData({ deleteProject: { __typename: 'Project', id: 'p1', removedAt: '2027-02-01T10:00:00.000Z' } });
    await settle();
    expect(navigated).toEqual([['/projects']]);
  });
});
