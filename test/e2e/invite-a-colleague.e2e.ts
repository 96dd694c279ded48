import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { linkTo } from '../support/smtp-inbox';
import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

describe('an admin inviting a colleague to a program', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ smtp: true }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('mails a link from the program settings; the colleague opens it, sets a name and password, and lands in the shared program', async () => {
    const admin = await server.api.signUp('Ada Admin');
    const programName = 'Contoso Dynamics rollout';
    const created = await server.api.ok<{ createProject: { id: string } }>(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      { i: { name: programName, crmProduct: 'Dynamics 365 Sales', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' } },
      admin.token,
    );
    const colleagueEmail = `cam.colleague.${Date.now()}@example.test`;

    // The admin, who owns the program, invites from its settings: someone new is mailed a link.
    const adminPage = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await adminPage.goto(server.url);
    await adminPage.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), admin);
    await adminPage.goto(`${server.url}/projects/${created.createProject.id}/settings`);
    await adminPage.getByTestId('invite-email').fill(colleagueEmail);
    await adminPage.getByTestId('invite-permission').click({ force: true });
    await adminPage.getByRole('option', { name: 'Can edit' }).click();
    await adminPage.getByTestId('send-invitation').click();
    await adminPage.getByTestId('pending-item').filter({ hasText: colleagueEmail }).waitFor();
    await expectAccessible(adminPage, 'settings-invited');
    await adminPage.screenshot({ path: join(SCREENSHOT_DIR, 'settings-invited.png'), fullPage: true });

    if (!server.inbox) throw new Error('The server was started without its SMTP inbox');
    const mail = await server.inbox.waitFor(colleagueEmail);
    expect(mail.text).toContain(programName);
    const link = linkTo(mail, '/accept-invitation');

    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(link.toString());
    await expect.poll(() => page.getByTestId('invitation-summary').textContent()).toContain(programName);
    await page.getByTestId('accept-name').fill('Cam Colleague');
    await page.getByTestId('accept-password').fill('a sturdy passphrase');
    await expectAccessible(page, 'accept-invitation-phone');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'accept-invitation-phone.png'), fullPage: true });
    await page.getByTestId('accept-submit').click();
    // Accepting opens the program they were invited to.
    await expect.poll(() => page.getByTestId('project-name').textContent()).toBe(programName);
    await expectAccessible(page, 'accepted-program-phone');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'accepted-program-phone.png'), fullPage: true });

    // The admin sees the colleague as a member of the organisation and the invitation as accepted.
    const organisation = await server.api.ok<{ organisation: { members: { user: { email: string } }[]; invitations: { email: string; status: string }[] } }>(
      '{ organisation { members { user { email } } invitations { email status } } }',
      {},
      admin.token,
    );
    expect(organisation.organisation.members.map((m) => m.user.email)).toContain(colleagueEmail);
    expect(organisation.organisation.invitations).toEqual([{ email: colleagueEmail, status: 'ACCEPTED' }]);
    await adminPage.reload();
    await adminPage.getByTestId('member-item').filter({ hasText: 'Cam Colleague' }).waitFor();
    await adminPage.getByTestId('pending-empty').waitFor();
  });
});
