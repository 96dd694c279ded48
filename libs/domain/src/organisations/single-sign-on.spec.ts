import { describe, expect, it } from 'vitest';

import { isSsoFailure, issuerUrlProblem, normaliseEmailDomain, ssoIdentityProblem, unprovenDomains } from './single-sign-on';

describe('single sign-on rules', () => {
  it('admits only a verified email from an allowed domain', () => {
    expect(ssoIdentityProblem({ email: 'sanne@northwind.example', email_verified: true }, ['northwind.example'])).toBeNull();
    expect(ssoIdentityProblem({ email: 'Sanne@NORTHWIND.example', email_verified: true }, ['northwind.example'])).toBeNull();
    expect(ssoIdentityProblem({ email: 'sanne@northwind.example', email_verified: false }, ['northwind.example'])).toBe('EMAIL_NOT_VERIFIED');
    // A provider that says "true" as a string has not vouched for anything.
    expect(ssoIdentityProblem({ email: 'sanne@northwind.example', email_verified: 'true' }, ['northwind.example'])).toBe('EMAIL_NOT_VERIFIED');
    expect(ssoIdentityProblem({ email: 'sanne@eu.northwind.example', email_verified: true }, ['northwind.example'])).toBe('DOMAIN_NOT_ALLOWED');
    expect(ssoIdentityProblem({ email: 'sanne@northwind.example.evil.test', email_verified: true }, ['northwind.example'])).toBe('DOMAIN_NOT_ALLOWED');
    expect(ssoIdentityProblem({ email_verified: true }, ['northwind.example'])).toBe('EMAIL_MISSING');
    expect(ssoIdentityProblem({ email: 'no-at-sign', email_verified: true }, ['northwind.example'])).toBe('EMAIL_MISSING');
    expect(ssoIdentityProblem({ email: '@northwind.example', email_verified: true }, ['northwind.example'])).toBe('EMAIL_MISSING');
    // Microsoft Entra ID vouches with xms_edov instead of email_verified.
    expect(ssoIdentityProblem({ email: 'sanne@northwind.example', xms_edov: true }, ['northwind.example'])).toBeNull();
  });

  it('stores allowed domains in one form and refuses what is no domain', () => {
    expect(normaliseEmailDomain(' @Northwind.Example ')).toBe('northwind.example');
    expect(normaliseEmailDomain('eu.northwind.co.uk')).toBe('eu.northwind.co.uk');
    for (const raw of ['', 'northwind', 'north wind.example', 'sanne@northwind.example', '-north.example', 'north..example']) {
      expect(normaliseEmailDomain(raw)).toBeUndefined();
    }
  });

  it('wants an https issuer, allowing plain http only on this machine', () => {
    expect(issuerUrlProblem('https://login.microsoftonline.com/tenant/v2.0')).toBeNull();
    expect(issuerUrlProblem('http://127.0.0.1:8080', { allowLoopbackHttp: true })).toBeNull();
    expect(issuerUrlProblem('http://localhost:8080/realms/x', { allowLoopbackHttp: true })).toBeNull();
    expect(issuerUrlProblem('http://127.0.0.1:8080')).toMatch(/https/);
    expect(issuerUrlProblem('http://login.example.com', { allowLoopbackHttp: true })).toMatch(/https/);
    // A user name would make "localhost" the name and the metadata address the host.
    expect(issuerUrlProblem('http://localhost:80@169.254.169.254/latest', { allowLoopbackHttp: true })).not.toBeNull();
    expect(issuerUrlProblem('https://admin@login.example.com')).not.toBeNull();
    expect(issuerUrlProblem('login.example.com')).toMatch(/full address/);
    expect(issuerUrlProblem('https://login.example.com/?tenant=1')).toMatch(/query/);
  });

  it('lets an organisation claim only domains its admins have a mailbox at', () => {
    expect(unprovenDomains(['northwind.example', 'northwind.eu'], ['ada@Northwind.Example', 'bo@other.test'])).toEqual(['northwind.eu']);
    expect(unprovenDomains(['northwind.example'], [])).toEqual(['northwind.example']);
  });

  it('knows its failure codes, so the sign-in page words only those', () => {
    expect(isSsoFailure('DOMAIN_NOT_ALLOWED')).toBe(true);
    expect(isSsoFailure('<script>')).toBe(false);
    expect(isSsoFailure(undefined)).toBe(false);
  });
});
