import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { CombinedGraphQLErrors } from '@apollo/client';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { memberChangeMessage, OrganisationPageComponent } from './organisation-page.component';

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
        user: { __typename: 'User', id: 'u1', email: 'ada@northwind.example', name: 'Ada Lovelace' },
      },
      {
        __typename: 'OrganisationMember',
        role: 'MEMBER',
        active: true,
        deactivatedAt: null,
        joinedAt: '2026-02-05T09:00:00Z',
        user: { __typename: 'User', id: 'u2', email: 'grace@northwind.example', name: 'Grace Hopper' },
      },
    ],
  },
});

describe('OrganisationPageComponent', () => {
  let fixture: ComponentFixture<OrganisationPageComponent>;
  let apollo: ApolloTestingController;
  const page = () => fixture.nativeElement as HTMLElement;

  async function settle(): Promise<void> {
    await wait();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideRouter([])] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(OrganisationPageComponent);
    await fixture.whenStable();
  });

  afterEach(() => apollo.verify());

  it('shows a member the member list read-only, without invitations or the outbox', async () => {
    apollo.expectOne('OrganisationSettings').flushData(organisation('MEMBER'));
    await settle();

    expect(page().querySelector('[data-testid="members-table"]')?.textContent).toContain('Grace Hopper');
    expect(page().querySelector('[data-testid="member-role-grace@northwind.example"]')).toBeNull();
    expect(page().querySelector('[data-testid="invite-member"]')).toBeNull();
    expect(page().querySelector('[data-testid="outbox"]')).toBeNull();
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
    await settle();

    expect(page().querySelector('[data-testid="invitation-status-linus@northwind.example"]')?.textContent).toContain('Pending');
    expect(page().querySelector('[data-testid="revoke-linus@northwind.example"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="outbox-empty"]')?.textContent).toContain('No mail yet');
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
});
