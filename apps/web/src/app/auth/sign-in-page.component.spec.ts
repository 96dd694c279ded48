import { Component, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { GraphQLError } from 'graphql';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { SignInPageComponent } from './sign-in-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

@Component({ template: '' })
class BlankComponent {}

describe('SignInPageComponent and single sign-on', () => {
  let fixture: ComponentFixture<SignInPageComponent>;
  let apollo: ApolloTestingController;
  const page = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => page().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function settle(): Promise<void> {
    await wait();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection(), provideRouter([{ path: 'sign-in', component: BlankComponent }])],
    });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(SignInPageComponent);
  });

  afterEach(() => apollo.verify());

  it('offers the organisation’s own button above the password form when the address names the organisation', async () => {
    fixture.componentRef.setInput('organisation', 'northwind');
    await fixture.whenStable();
    const lookup = apollo.expectOne('SsoSignIn');
    expect(lookup.operation.variables['organisation']).toBe('northwind');
    lookup.flushData({ ssoSignIn: { __typename: 'SsoSignIn', organisationName: 'Northwind Traders', startUrl: 'http://app.test/auth/sso/northwind/start', providerHost: 'login.northwind.test', passwordSignIn: true } });
    await settle();

    const button = byTestId('sso-start') as HTMLAnchorElement;
    expect(button.textContent?.trim()).toBe('Sign in with Northwind Traders');
    expect(button.getAttribute('href')).toBe('http://app.test/auth/sso/northwind/start');
    expect(byTestId('sso-provider')?.textContent).toContain('login.northwind.test');
    expect(byTestId('signin-password')).not.toBeNull();
  });

  it('shows only the button when the organisation turned password sign-in off', async () => {
    fixture.componentRef.setInput('organisation', 'northwind');
    await fixture.whenStable();
    apollo.expectOne('SsoSignIn').flushData({ ssoSignIn: { __typename: 'SsoSignIn', organisationName: 'Northwind Traders', startUrl: 'http://app.test/start', providerHost: 'login.northwind.test', passwordSignIn: false } });
    await settle();

    expect(byTestId('sso-start')).not.toBeNull();
    expect(byTestId('signin-password')).toBeNull();
    expect(page().textContent).toContain('signs in through its identity provider only');
  });

  it('keeps the password form when the organisation has no single sign-on', async () => {
    fixture.componentRef.setInput('organisation', 'plain');
    await fixture.whenStable();
    apollo.expectOne('SsoSignIn').graphqlErrors([new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } })]);
    await settle();

    expect(byTestId('sso-start')).toBeNull();
    expect(byTestId('signin-password')).not.toBeNull();
  });

  it('says why single sign-on sent the visitor back', async () => {
    fixture.componentRef.setInput('ssoError', 'DOMAIN_NOT_ALLOWED');
    await fixture.whenStable();
    expect(byTestId('sso-failure')?.textContent).toContain('not from a domain this organisation signs in with');

    fixture.componentRef.setInput('ssoError', 'something-made-up');
    await fixture.whenStable();
    expect(byTestId('sso-failure')?.textContent).toContain('did not work');
  });

  it('turns a password sign-in refused with SSO_REQUIRED into the organisation’s button', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/sign-in');
    await fixture.whenStable();
    const email = page().querySelector<HTMLInputElement>('[data-testid="signin-email"]')!;
    email.value = 'sanne@northwind.test';
    email.dispatchEvent(new Event('input'));
    const password = page().querySelector<HTMLInputElement>('[data-testid="signin-password"]')!;
    password.value = 'right-password';
    password.dispatchEvent(new Event('input'));
    byTestId('signin-submit')!.click();
    await fixture.whenStable();

    apollo.expectOne('SignIn').graphqlErrors([
      new GraphQLError('Use single sign-on', { extensions: { code: 'INVALID_STATE', state: 'SSO_REQUIRED', organisationSlug: 'northwind' } }),
    ]);
    await settle();

    expect(router.url).toBe('/sign-in?organisation=northwind');
    expect(page().textContent).toContain('Use the button below');
  });
});
