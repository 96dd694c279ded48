import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';

import { GraphQLError } from 'graphql';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { SsoSettingsComponent } from './sso-settings.component';
import { parseDomainList } from './sso-domains';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const NOT_CONFIGURED = { organisation: { __typename: 'Organisation', id: 'o-1', version: 3, passwordSignIn: true, ssoRedirectUrl: 'http://app.test/auth/sso/northwind/callback', sso: null } };
const CONFIGURED = {
  __typename: 'Organisation',
  id: 'o-1',
  version: 4,
  passwordSignIn: false,
  ssoRedirectUrl: 'http://app.test/auth/sso/northwind/callback',
  sso: { __typename: 'SsoSettings', issuer: 'https://login.northwind.test', clientId: 'tracker', allowedDomains: ['northwind.test', 'northwind.eu'], signInUrl: 'http://app.test/sign-in?organisation=northwind' },
};

describe('SsoSettingsComponent', () => {
  let fixture: ComponentFixture<SsoSettingsComponent>;
  let apollo: ApolloTestingController;
  let savedVersions: number[];
  const page = () => fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => page().querySelector<T>(`[data-testid="${id}"]`);

  function type(testId: string, value: string): void {
    const field = byTestId<HTMLInputElement>(testId)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  async function settle(): Promise<void> {
    await wait();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideNoopAnimations()] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(SsoSettingsComponent);
    fixture.componentRef.setInput('version', 3);
    savedVersions = [];
    fixture.componentInstance.saved.subscribe((version) => savedVersions.push(version));
    await fixture.whenStable();
    apollo.expectOne('OrganisationSso').flushData(NOT_CONFIGURED);
    await settle();
  });

  afterEach(() => apollo.verify());

  it('shows the redirect address to register and turns single sign-on on with what the admin typed', async () => {
    expect(byTestId('sso-callback-url')?.textContent).toBe('http://app.test/auth/sso/northwind/callback');
    expect(byTestId('sso-save')?.textContent?.trim()).toBe('Turn on single sign-on');
    type('sso-issuer', ' https://login.northwind.test ');
    type('sso-client-id', 'tracker');
    type('sso-client-secret', 's3cret');
    type('sso-domains', 'northwind.test, northwind.eu;northwind.test');
    byTestId('sso-save')!.click();
    await fixture.whenStable();

    const save = apollo.expectOne('ConfigureSso');
    expect(save.operation.variables['input']).toEqual({
      version: 3,
      issuer: 'https://login.northwind.test',
      clientId: 'tracker',
      clientSecret: 's3cret',
      allowedDomains: ['northwind.test', 'northwind.eu'],
      passwordSignIn: true,
    });
    save.flushData({ configureSso: CONFIGURED });
    await settle();

    expect(savedVersions).toEqual([4]);
    expect(byTestId('sso-on')?.textContent).toContain('http://app.test/sign-in?organisation=northwind');
    expect(byTestId<HTMLInputElement>('sso-domains')!.value).toBe('northwind.test, northwind.eu');
    expect(byTestId<HTMLInputElement>('sso-client-secret')!.value).toBe('');
  });

  it('asks for the secret the first time without asking the server', async () => {
    type('sso-issuer', 'https://login.northwind.test');
    type('sso-client-id', 'tracker');
    type('sso-domains', 'northwind.test');
    byTestId('sso-save')!.click();
    await fixture.whenStable();

    expect(page().textContent).toContain('Enter the client secret');
  });

  it('puts the server’s word about the issuer under the issuer field', async () => {
    type('sso-issuer', 'https://typo.northwind.test');
    type('sso-client-id', 'tracker');
    type('sso-client-secret', 's3cret');
    type('sso-domains', 'northwind.test');
    byTestId('sso-save')!.click();
    await fixture.whenStable();
    apollo.expectOne('ConfigureSso').graphqlErrors([
      new GraphQLError('Invalid input', {
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'issuer', message: 'No OpenID provider answered at https://typo.northwind.test.' }] },
      }),
    ]);
    await settle();

    expect(page().querySelector('mat-error')?.textContent).toContain('No OpenID provider answered');
    expect(savedVersions).toEqual([]);
  });

  it('reloads what is saved after a CONFLICT and hands the page the new version', async () => {
    type('sso-issuer', 'https://login.northwind.test');
    type('sso-client-id', 'tracker');
    type('sso-client-secret', 's3cret');
    type('sso-domains', 'northwind.test');
    byTestId('sso-save')!.click();
    await fixture.whenStable();
    apollo.expectOne('ConfigureSso').graphqlErrors([new GraphQLError('Changed', { extensions: { code: 'CONFLICT' } })]);
    await settle();
    apollo.expectOne('OrganisationSso').flushData({ organisation: CONFIGURED });
    await settle();

    expect(byTestId('sso-error')?.textContent).toContain('Someone changed the organisation');
    expect(byTestId<HTMLInputElement>('sso-issuer')!.value).toBe('https://login.northwind.test');
    expect(savedVersions).toEqual([4]);
  });
});

describe('parseDomainList', () => {
  it('reads commas, semicolons and spaces as separators and drops repeats', () => {
    expect(parseDomainList(' a.test, b.test;c.test  a.test ')).toEqual(['a.test', 'b.test', 'c.test']);
    expect(parseDomainList('  ')).toEqual([]);
  });
});
