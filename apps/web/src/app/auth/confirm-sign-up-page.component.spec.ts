import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { GraphQLError } from 'graphql';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { AuthStore } from './auth.store';
import { ConfirmSignUpPageComponent } from './confirm-sign-up-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ConfirmSignUpPageComponent', () => {
  let fixture: ComponentFixture<ConfirmSignUpPageComponent>;
  let apollo: ApolloTestingController;
  const page = () => fixture.nativeElement as HTMLElement;

  async function open(token: string | undefined): Promise<void> {
    fixture = TestBed.createComponent(ConfirmSignUpPageComponent);
    if (token !== undefined) fixture.componentRef.setInput('token', token);
    await fixture.whenStable();
  }

  async function settle(): Promise<void> {
    await wait();
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideRouter([])] });
    apollo = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => apollo.verify());

  it('confirms the link on opening, signs the new account in and opens the programs', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await open('tok');
    expect(page().querySelector('[data-testid="confirm-sign-up-busy"]')?.getAttribute('role')).toBe('status');
    const confirm = apollo.expectOne('ConfirmSignUp');
    expect(confirm.operation.variables['input']).toEqual({ token: 'tok' });
    confirm.flushData({
      confirmSignUp: { __typename: 'AuthPayload', token: 'jwt', user: { __typename: 'User', id: 'u1', email: 'grace@northwind.example', name: 'Grace' } },
    });
    await settle();

    expect(TestBed.inject(AuthStore).token()).toBe('jwt');
    expect(TestBed.inject(AuthStore).user()).toMatchObject({ id: 'u1', email: 'grace@northwind.example', name: 'Grace' });
    expect(navigate).toHaveBeenCalledWith('/projects', { replaceUrl: true });
  });

  it.each([
    ['LINK_USED', 'already been used'],
    ['LINK_EXPIRED', 'has expired'],
    ['ALREADY_MEMBER', 'already exists'],
  ])('words a link refused with %s and offers sign-in, signing nobody in', async (state, words) => {
    await open('tok');
    apollo.expectOne('ConfirmSignUp').graphqlErrors([new GraphQLError('Refused.', { extensions: { code: 'INVALID_STATE', state } })]);
    await settle();

    expect(page().querySelector('[data-testid="confirm-sign-up-problem"]')?.textContent).toContain(words);
    expect(page().querySelector('a[href="/sign-in"]')).not.toBeNull();
    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
  });

  it('says an unknown link is not valid', async () => {
    await open('tok');
    apollo.expectOne('ConfirmSignUp').graphqlErrors([new GraphQLError('Not found.', { extensions: { code: 'NOT_FOUND' } })]);
    await settle();
    expect(page().querySelector('[data-testid="confirm-sign-up-problem"]')?.textContent).toContain('This link is not valid');
  });

  it('asks nothing of the server when the address holds no token', async () => {
    await open(undefined);
    apollo.expectNone('ConfirmSignUp');
    expect(page().querySelector('[data-testid="confirm-sign-up-problem"]')?.textContent).toContain('not valid');
  });
});
