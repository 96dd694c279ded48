import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { GraphQLError } from 'graphql';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { AuthStore } from './auth.store';
import { SsoCompletePageComponent } from './sso-complete-page.component';
import { rememberSsoReturnUrl } from './sso-return';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

@Component({ template: '' })
class BlankComponent {}

describe('SsoCompletePageComponent', () => {
  let apollo: ApolloTestingController;

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection(), provideRouter([{ path: '**', component: BlankComponent }])],
    });
    apollo = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => {
    apollo.verify();
    history.replaceState(null, '', '/');
  });

  it('trades the one-time code from the fragment for a session, wipes it from the address, and opens where the visitor was going', async () => {
    history.replaceState(null, '', '/sso-complete#code=one-time-code');
    rememberSsoReturnUrl('/projects/p-1/board');
    const fixture = TestBed.createComponent(SsoCompletePageComponent);
    await fixture.whenStable();
    expect(location.hash).toBe('');

    const completion = apollo.expectOne('CompleteSsoSignIn');
    expect(completion.operation.variables['input']).toEqual({ code: 'one-time-code' });
    completion.flushData({
      completeSsoSignIn: { __typename: 'AuthPayload', token: 'session-token-from-sso', user: { __typename: 'User', id: 'u-1', email: 'sanne@northwind.test', name: 'Sanne' } },
    });
    await wait();
    await fixture.whenStable();

    const auth = TestBed.inject(AuthStore);
    expect(auth.token()).toBe('session-token-from-sso');
    expect(auth.user()).toEqual({ id: 'u-1', email: 'sanne@northwind.test', name: 'Sanne' });
    expect(TestBed.inject(Router).url).toBe('/projects/p-1/board');
  });

  it('says why when the API refuses the code (used, too late, or another browser)', async () => {
    history.replaceState(null, '', '/sso-complete#code=forwarded-code');
    const fixture = TestBed.createComponent(SsoCompletePageComponent);
    await fixture.whenStable();
    apollo.expectOne('CompleteSsoSignIn').graphqlErrors([
      new GraphQLError('This sign-in was already finished, took too long, or was started in another browser. Start again.', {
        extensions: { code: 'INVALID_STATE', state: 'LOGIN_EXPIRED' },
      }),
    ]);
    await wait();
    await fixture.whenStable();

    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="sso-complete-failed"]')?.textContent).toContain('started in another browser');
    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
  });

  it('says signing in did not finish when the address holds no code, asking nothing of the server', async () => {
    history.replaceState(null, '', '/sso-complete');
    const fixture = TestBed.createComponent(SsoCompletePageComponent);
    await fixture.whenStable();

    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="sso-complete-failed"]')).not.toBeNull();
    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
  });
});
