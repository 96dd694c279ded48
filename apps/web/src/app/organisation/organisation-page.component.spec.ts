import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';

import { CombinedGraphQLErrors } from '@apollo/client';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { memberChangeMessage, OrganisationPageComponent, ROLES_NOT_RESTORED } from './organisation-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const organisation = (myRole: 'ADMIN' | 'MEMBER') => ({
  organisation: {
    __typename: 'Organisation',
    id: 'o1',
    name: 'Northwind',
    slug: 'northwind',
    version: 1,
    myRole,
    passwordSignIn: true,
    members: [
      {
        __typename: 'OrganisationMember',
        role: 'ADMIN',
        active: true,
        deactivatedAt: null,
        joinedAt: '2026-01-05T09:00:00Z',
        version: 1,
        user: { __typename: 'User', id: 'u1', email: 'ada@northwind.example', name: 'Ada Lovelace' },
      },
      {
        __typename: 'OrganisationMember',
        role: 'MEMBER',
        active: true,
        deactivatedAt: null,
        joinedAt: '2026-02-05T09:00:00Z',
        version: 1,
        user: { __typename: 'User', id: 'u2', email: 'grace@northwind.example', name: 'Grace Hopper' },
      },
      {
        __typename: 'OrganisationMember',
        role: 'MEMBER',
        active: false,
        deactivatedAt: '2026-11-20T09:00:00Z',
        joinedAt: '2026-03-05T09:00:00Z',
        version: 4,
        user: { __typename: 'User', id: 'u3', email: 'linus@northwind.example', name: 'Linus Torvalds' },
      },
    ],
  },
});

describe('OrganisationPageComponent', () => {
  let fixture: ComponentFixture<OrganisationPageComponent>;
  let apollo: ApolloTestingController;
  const page = () => fixture.nativeElement as HTMLElement;

  async function settle(ms = 0): Promise<void> {
    await wait(ms);
    await fixture.whenStable();
    // Dialogs and the snackbar live outside the page's fixture.
    await TestBed.inject(ApplicationRef).whenStable();
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideRouter([])] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(OrganisationPageComponent);
    await fixture.whenStable();
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    apollo.verify();
  });

  /** The page as an admin opens it: the settings, then the invitations and the outbox. */
  async function openAsAdmin(settings = organisation('ADMIN')): Promise<void> {
    apollo.expectOne('OrganisationSettings').flushData(settings);
    await settle();
    apollo.expectOne('OrganisationInvitations').flushData({ organisation: { __typename: 'Organisation', id: 'o1', invitations: [] } });
    apollo.expectOne('OrganisationOutbox').flushData({ organisation: { __typename: 'Organisation', id: 'o1', outbox: [] } });
    // The single sign-on card loads once; a reload of the page after a change leaves it as it is.
    for (const sso of apollo.match('OrganisationSso')) sso.flushData({ organisation: { __typename: 'Organisation', id: 'o1', version: 1, passwordSignIn: true, ssoRedirectUrl: 'http://app.test/auth/sso/northwind/callback', sso: null } });
    await settle();
  }

  async function confirm(): Promise<void> {
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]')?.click();
    // The dialog answers once it has closed.
    await settle(300);
  }

  const reactivated = () => {
    const after = organisation('ADMIN');
    after.organisation.members[2] = { ...after.organisation.members[2], active: true, deactivatedAt: null, version: 5 };
    return after;
  };

  it('shows a member the member list read-only, without invitations or the outbox', async () => {
    apollo.expectOne('OrganisationSettings').flushData(organisation('MEMBER'));
    await settle();

    expect(page().querySelector('[data-testid="members-table"]')?.textContent).toContain('Grace Hopper');
    expect(page().querySelector('[data-testid="member-role-grace@northwind.example"]')).toBeNull();
    expect(page().querySelector('[data-testid="invite-member"]')).toBeNull();
    expect(page().querySelector('[data-testid="outbox"]')).toBeNull();
    expect(page().querySelector('[data-testid="sso-settings"]')).toBeNull();
    expect(page().querySelector('[data-testid="member-status-linus@northwind.example"]')?.textContent).toContain('Deactivated');
    expect(page().querySelector('[data-testid="reactivate-linus@northwind.example"]')).toBeNull();
  });

  it('lets an admin reactivate a deactivated member after saying their roles are not given back', async () => {
    await openAsAdmin();
    expect(page().querySelector('[data-testid="member-status-linus@northwind.example"]')?.textContent).toContain('Deactivated');
    expect(page().querySelector('[data-testid="reactivate-grace@northwind.example"]')).toBeNull();

    page().querySelector<HTMLButtonElement>('[data-testid="reactivate-linus@northwind.example"]')?.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog?.textContent).toContain('Reactivate Linus Torvalds?');
    expect(dialog?.textContent).toContain(ROLES_NOT_RESTORED);
    await confirm();

    const sent = apollo.expectOne('ReactivateMember');
    expect(sent.operation.variables['input']).toEqual({ userId: 'u3', version: 4 });
    sent.flushData({
      reactivateMember: { __typename: 'OrganisationMember', role: 'MEMBER', active: true, deactivatedAt: null, version: 5, user: { __typename: 'User', id: 'u3' } },
    });
    await settle();
    await openAsAdmin(reactivated());

    expect(page().querySelector('[data-testid="member-status-linus@northwind.example"]')?.textContent).toContain('Active since');
    expect(page().querySelector('[data-testid="reactivate-linus@northwind.example"]')).toBeNull();
    expect(page().querySelector('[data-testid="deactivate-linus@northwind.example"]')).not.toBeNull();
    expect(document.querySelector('.mat-mdc-snack-bar-label')?.textContent).toContain('assign them again');
  });

  it('sends nothing when the admin cancels the reactivation', async () => {
    await openAsAdmin();
    page().querySelector<HTMLButtonElement>('[data-testid="reactivate-linus@northwind.example"]')?.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-cancel"]')?.click();
    await settle(300);
    apollo.expectNone('ReactivateMember');
  });

  it('shows a refused reactivation above the member list and reloads it', async () => {
    await openAsAdmin();
    page().querySelector<HTMLButtonElement>('[data-testid="reactivate-linus@northwind.example"]')?.click();
    await settle();
    await confirm();
    apollo.expectOne('ReactivateMember').graphqlErrors([{ message: 'Changed.', extensions: { code: 'CONFLICT' } }]);
    await settle();
    await openAsAdmin(reactivated());

    expect(page().querySelector('[data-testid="members-error"]')?.textContent).toContain('Someone changed this member since the page loaded');
    expect(page().querySelector('[data-testid="member-status-linus@northwind.example"]')?.textContent).toContain('Active since');
  });

  it('gives an admin the invitations and an outbox that says when there is no mail yet', async () => {
    apollo.expectOne('OrganisationSettings').flushData(organisation('ADMIN'));
    await settle();
    apollo.expectOne('OrganisationInvitations').flushData({
      organisation: {
        __typename: 'Organisation',
        id: 'o1',
        invitations: [
          {
            __typename: 'Invitation',
            id: 'i1',
            email: 'linus@northwind.example',
            role: 'MEMBER',
            projectName: null,
            permission: null,
            status: 'PENDING',
            createdAt: '2026-12-01T09:00:00Z',
            sentAt: '2026-12-01T09:00:00Z',
            expiresAt: '2026-12-08T09:00:00Z',
          },
        ],
      },
    });
    apollo.expectOne('OrganisationOutbox').flushData({ organisation: { __typename: 'Organisation', id: 'o1', outbox: [] } });
    apollo.expectOne('OrganisationSso').flushData({ organisation: { __typename: 'Organisation', id: 'o1', version: 1, passwordSignIn: true, ssoRedirectUrl: 'http://app.test/auth/sso/northwind/callback', sso: null } });
    await settle();

    expect(page().querySelector('[data-testid="invitation-status-linus@northwind.example"]')?.textContent).toContain('Pending');
    expect(page().querySelector('[data-testid="revoke-linus@northwind.example"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="outbox-empty"]')?.textContent).toContain('No mail yet');
    expect(page().querySelector('[data-testid="sso-settings"]')).not.toBeNull();
  });

});

describe('memberChangeMessage', () => {
  it('explains a refused demotion of the last administrator', () => {
    const refusal = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Last admin.', extensions: { code: 'INVALID_STATE', state: 'LAST_ADMIN' } }],
    });
    expect(memberChangeMessage(refusal)).toContain('at least one administrator');
  });

  it('says a member someone else already reactivated is active', () => {
    const refusal = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Not deactivated.', extensions: { code: 'INVALID_STATE', state: 'NOT_DEACTIVATED' } }],
    });
    expect(memberChangeMessage(refusal)).toContain('already active');
  });
});
