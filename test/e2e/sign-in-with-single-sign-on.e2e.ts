import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TestOidcProvider } from '../support/oidc-provider';
import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

describe('an organisation signing in with its identity provider', () => {
  let server: RunningServer;
  let provider: TestOidcProvider;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await provider?.close();
  });

  it('an admin connects the provider on the organisation page; a colleague opens the shared address, signs in at the provider and lands in the app', async () => {
    const admin = await server.api.signUp('Ines Identity');
    const { organisation } = await server.api.ok<{ organisation: { ssoRedirectUrl: string } }>('{ organisation { ssoRedirectUrl } }', {}, admin.token);
    // The admin registers the app at the provider with the address the organisation page shows.
    provider = await TestOidcProvider.start(organisation.ssoRedirectUrl);
    const adminPage = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await adminPage.goto(server.url);
    await adminPage.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), admin);
    await adminPage.goto(`${server.url}/organisation`);

    await expect.poll(() => adminPage.getByTestId('sso-callback-url').textContent()).toBe(organisation.ssoRedirectUrl);
    await adminPage.getByTestId('sso-issuer').fill(provider.issuer);
    await adminPage.getByTestId('sso-client-id').fill(provider.clientId);
    await adminPage.getByTestId('sso-client-secret').fill(provider.clientSecret);
    await adminPage.getByTestId('sso-domains').fill('example.test');
    await adminPage.getByTestId('sso-save').click();
    const signInAddress = await adminPage.getByTestId('sso-on').locator('a').getAttribute('href');
    expect(signInAddress).toMatch(/\/sign-in\?organisation=/);
    await adminPage.getByTestId('sso-settings').screenshot({ path: join(SCREENSHOT_DIR, 'organisation-sso.png') });

    provider.accounts.set('sanne', { email: 'sanne.devries@example.test', email_verified: true, name: 'Sanne de Vries' });
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(signInAddress!);
    const button = page.getByTestId('sso-start');
    await expect.poll(() => button.textContent()).toContain('Sign in with Ines Identity');
    expect(await page.getByTestId('sso-provider').textContent()).toContain(new URL(provider.issuer).host);
    await expectAccessible(page, 'sign-in-with-sso-phone');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'sign-in-with-sso-phone.png'), fullPage: true });
    await button.click();

    // The provider's own login and consent forms.
    await page.locator('input[name="login"]').fill('sanne');
    await page.locator('input[name="password"]').fill('anything');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]', { hasText: 'Continue' }).click();

    // Back in the app, signed in as the provider's user, a new member of the organisation.
    await page.waitForURL(`${server.url}/en/projects`);
    expect(new URL(page.url()).hash).toBe('');
    const session = await page.evaluate(() => JSON.parse(localStorage.getItem('crm-rollout-tracker.session') ?? 'null'));
    expect(session.user).toMatchObject({ email: 'sanne.devries@example.test', name: 'Sanne de Vries' });
    const members = await server.api.ok<{ organisation: { members: { role: string; user: { email: string } }[] } }>(
      '{ organisation { members { role user { email } } } }',
      {},
      admin.token,
    );
    expect(members.organisation.members).toContainEqual({ role: 'MEMBER', user: { email: 'sanne.devries@example.test' } });

    // Someone from outside the allowed domains is sent back to sign-in with the reason.
    provider.accounts.set('outsider', { email: 'olaf@elsewhere.test', email_verified: true, name: 'Olaf' });
    const other = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await other.goto(signInAddress!);
    await other.getByTestId('sso-start').click();
    await other.locator('input[name="login"]').fill('outsider');
    await other.locator('input[name="password"]').fill('anything');
    await other.locator('button[type="submit"]').click();
    await other.locator('button[type="submit"]', { hasText: 'Continue' }).click();
    await expect.poll(() => other.getByTestId('sso-failure').textContent()).toContain('not from a domain this organisation signs in with');
    await expectAccessible(other, 'sign-in-sso-refused');
    await other.screenshot({ path: join(SCREENSHOT_DIR, 'sign-in-sso-refused.png'), fullPage: true });
  });
});
