import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { linkTo } from '../support/smtp-inbox';
import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

describe('a newcomer', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ smtp: true }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs up, follows the mailed link, creates a project, sees it listed, and stays signed in after a reload', async () => {
    // Dates are typed the way the user's locale writes them: day first in en-GB.
    const page = await browser.newPage({ locale: 'en-GB' });
    await page.goto(server.url);
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${server.url}/sign-up`);
    await page.getByTestId('signup-name').fill('Priya Planner');
    const email = `priya.${Date.now()}@example.test`;
    await page.getByTestId('signup-email').fill(email);
    await page.getByTestId('signup-password').fill('a sturdy passphrase');
    await page.getByTestId('signup-submit').click();
    await expect.poll(() => page.getByTestId('signup-sent').textContent()).toContain(`Check your inbox at ${email}`);

    if (!server.inbox) throw new Error('The server was started without its SMTP inbox');
    const mail = await server.inbox.waitFor(email);
    expect(mail.subject).toMatch(/Confirm your email/);
    await page.goto(linkTo(mail, '/confirm-sign-up').toString());

    await page.getByTestId('projects-empty').waitFor();
    await page.getByTestId('new-project').click();
    await page.getByTestId('project-name').fill('Fabrikam HubSpot rollout');
    await page.getByTestId('project-crm').fill('HubSpot Sales Hub');
    await page.getByTestId('project-start').fill('1/3/2027');
    await page.getByTestId('project-golive').fill('15/01/2027');
    await page.getByTestId('project-submit').click();
    await expect.poll(() => page.getByTestId('error-targetGoLiveDate').textContent()).toMatch(/after the start date/);
    expect(await page.getByTestId('project-start').inputValue()).toBe('01/03/2027');

    await page.getByTestId('project-golive').fill('31/09/2027');
    await page.getByTestId('project-golive').blur();
    await expect.poll(() => page.getByTestId('error-targetGoLiveDate').textContent()).toContain('Enter the date as dd/mm/yyyy');
    // The calendar opens on the month typed so far; pick the 15th.
    await page.getByTestId('project-golive').fill('1/9/2027');
    await page.getByTestId('project-golive-calendar').click();
    await page.getByRole('button', { name: '15 September 2027' }).click();
    expect(await page.getByTestId('project-golive').inputValue()).toBe('15/09/2027');
    // The CRM variants come from the API beside the standard plan; this program starts from HubSpot's.
    await page.getByTestId('template-builtin:hubspot').getByRole('radio').check();
    await expectAccessible(page, 'new-project-templates');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'new-project-templates.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'new-project-templates-narrow');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'new-project-templates-narrow.png'), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('project-submit').click();
    const item = page.getByTestId('project-item').filter({ hasText: 'Fabrikam HubSpot rollout' });
    await item.waitFor();
    expect(await item.textContent()).toContain('HubSpot Sales Hub');

    await page.reload();
    await page.getByTestId('project-item').filter({ hasText: 'Fabrikam HubSpot rollout' }).waitFor();
    await expectAccessible(page, 'projects-list');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'projects-list.png'), fullPage: true });

    await page.getByTestId('signout').click();
    await page.waitForURL(/\/sign-in/);
  });
});
