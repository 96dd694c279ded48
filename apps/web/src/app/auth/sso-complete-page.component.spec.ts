import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

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

  it('signs in with the token from the fragment, wipes it from the address, and opens where the visitor was going', async () => {
    history.replaceState(null, '', '/sso-complete#token=session-token-from-sso');
    rememberSsoReturnUrl('/projects/p-1/board');
    const fixture = TestBed.createComponent(SsoCompletePageComponent);
    await fixture.whenStable();
    expect(location.hash).toBe('');

    const lookup = apollo.expectOne('SsoSessionAccount');
    expect(lookup.operation.getContext()['headers']).toEqual({ Authorization: 'Bearer session-token-from-sso' });
    lookup.flushData({ me: { __typename: 'User', id: 'u-1', email: 'sanne@northwind.test', name: 'Sanne' } });
    await wait();
    await fixture.whenStable();

    const auth = TestBed.inject(AuthStore);
    expect(auth.token()).toBe('session-token-from-sso');
    expect(auth.user()).toEqual({ id: 'u-1', email: 'sanne@northwind.test', name: 'Sanne' });
    expect(TestBed.inject(Router).url).toBe('/projects/p-1/board');
  });

  it('says signing in did not finish when the address holds no token, asking nothing of the server', async () => {
    history.replaceState(null, '', '/sso-complete');
    const fixture = TestBed.createComponent(SsoCompletePageComponent);
    await fixture.whenStable();

    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="sso-complete-failed"]')).not.toBeNull();
    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
  });
});
