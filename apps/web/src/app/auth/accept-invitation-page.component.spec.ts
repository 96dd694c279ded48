import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { GraphQLError } from 'graphql';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { AcceptInvitationPageComponent } from './accept-invitation-page.component';
import { AuthStore } from './auth.store';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const preview = (accountExists: boolean, program: { projectId: string; projectName: string } | null = null) => ({
  invitationPreview: {
    __typename: 'InvitationPreview',
    organisationName: 'Northwind',
    email: 'grace@northwind.example',
    role: 'MEMBER',
    projectId: program?.projectId ?? null,
    projectName: program?.projectName ?? null,
    invitedByName: 'Ada Lovelace',
    expiresAt: '2026-12-09T10:00:00Z',
    accountExists,
  },
});

describe('AcceptInvitationPageComponent', () => {
  let fixture: ComponentFixture<AcceptInvitationPageComponent>;
  let apollo: ApolloTestingController;
  const page = () => fixture.nativeElement as HTMLElement;

  function type(testId: string, value: string): void {
    const field = page().querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
    if (!field) throw new Error(`No field ${testId} on the page`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  async function settle(): Promise<void> {
    await wait();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideRouter([])] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(AcceptInvitationPageComponent);
    fixture.componentRef.setInput('token', 'tok');
    await fixture.whenStable();
  });

  afterEach(() => apollo.verify());

  it('says who invited whom to what, then signs the new colleague in', async () => {
    apollo.expectOne('InvitationPreview').flushData(preview(false));
    await settle();
    expect(page().querySelector('[data-testid="invitation-summary"]')?.textContent).toContain(
      'Ada Lovelace invited you to Northwind',
    );
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);

    type('accept-name', 'Grace Hopper');
    type('accept-password', 'a-long-password');
    page().querySelector<HTMLButtonElement>('[data-testid="accept-submit"]')?.click();
    await fixture.whenStable();
    const accept = apollo.expectOne('AcceptInvitation');
    expect(accept.operation.variables['input']).toEqual({ token: 'tok', name: 'Grace Hopper', password: 'a-long-password' });
    accept.flushData({
      acceptInvitation: {
        __typename: 'AuthPayload',
        token: 'jwt',
        user: { __typename: 'User', id: 'u2', email: 'grace@northwind.example', name: 'Grace Hopper' },
      },
    });
    await settle();

    expect(TestBed.inject(AuthStore).token()).toBe('jwt');
    expect(navigate).toHaveBeenCalledWith('/projects');
  });

  it('opens the shared program right after accepting an invitation to it', async () => {
    apollo.expectOne('InvitationPreview').flushData(preview(true, { projectId: 'p7', projectName: 'Dynamics rollout' }));
    await settle();
    expect(page().querySelector('[data-testid="invitation-summary"]')?.textContent).toContain('and the program Dynamics rollout');
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);

    type('accept-password', 'the-existing-password');
    page().querySelector<HTMLButtonElement>('[data-testid="accept-submit"]')?.click();
    await fixture.whenStable();
    apollo.expectOne('AcceptInvitation').flushData({
      acceptInvitation: {
        __typename: 'AuthPayload',
        token: 'jwt',
        user: { __typename: 'User', id: 'u2', email: 'grace@northwind.example', name: 'Grace Hopper' },
      },
    });
    await settle();

    expect(navigate).toHaveBeenCalledWith('/projects/p7');
  });

  it('asks only for the password when the email already has an account', async () => {
    apollo.expectOne('InvitationPreview').flushData(preview(true));
    await settle();

    expect(page().querySelector('[data-testid="accept-name"]')).toBeNull();
    expect(page().querySelector('[data-testid="accept-submit"]')?.textContent).toContain('Sign in to accept');
  });

  it('explains a withdrawn invitation instead of showing the form', async () => {
    apollo
      .expectOne('InvitationPreview')
      .graphqlErrors([new GraphQLError('Revoked.', { extensions: { code: 'INVALID_STATE', state: 'INVITATION_REVOKED' } })]);
    await settle();

    expect(page().querySelector('[data-testid="invitation-problem"]')?.textContent).toContain('withdrawn');
    expect(page().querySelector('[data-testid="accept-submit"]')).toBeNull();
  });
});
