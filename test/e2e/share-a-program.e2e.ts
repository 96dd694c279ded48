import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { openProgramArea } from './support/program-areas';
import { RunningServer, startServer } from './support/server';

describe('an owner sharing a program with a colleague', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shares the program with a colleague of the organisation, who has access at once; once archived both see it read-only', async () => {
    const owner = await server.api.signUp('Olu Owner');
    const created = await server.api.ok<{ createProject: { id: string } }>(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      { i: { name: 'Northwind Salesforce rollout', crmProduct: 'Salesforce Sales Cloud', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' } },
      owner.token,
    );
    const projectUrl = `${server.url}/projects/${created.createProject.id}`;
    const colleagueEmail = `cam.colleague.${Date.now()}@example.test`;

    // The colleague is already a member of the owner's organisation (an account belongs to one):
    // they accepted an organisation invitation, whose link the owner's outbox holds.
    await server.api.ok('mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }', { input: { email: colleagueEmail, role: 'MEMBER' } }, owner.token);
    const outbox = await server.api.ok<{ organisation: { outbox: { to: string; text: string }[] } }>('{ organisation { outbox { to text } } }', {}, owner.token);
    const link = new URL(/https?:\/\/\S+accept-invitation\S+/.exec(outbox.organisation.outbox.find((m) => m.to === colleagueEmail)?.text ?? '')?.[0] ?? 'http://missing/');
    const joined = await server.api.ok<{ acceptInvitation: unknown }>(
      'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id email name } } }',
      { input: { token: link.searchParams.get('token'), name: 'Cam Colleague', password: 'a sturdy passphrase' } },
    );

    // The owner shares the program from its settings: a colleague needs no mail, they have access now.
    const ownerPage = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await ownerPage.goto(server.url);
    await ownerPage.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), owner);
    await ownerPage.goto(projectUrl);
    await openProgramArea(ownerPage, 'settings');
    await ownerPage.getByTestId('invite-email').fill(colleagueEmail);
    await ownerPage.getByTestId('invite-permission').click({ force: true });
    await ownerPage.getByRole('option', { name: 'Can edit' }).click();
    await ownerPage.getByTestId('send-invitation').click();
    await ownerPage.getByText(`${colleagueEmail} is in your organisation, so they have “Can edit” access now.`).waitFor();
    const member = ownerPage.getByTestId('member-item').filter({ hasText: 'Cam Colleague' });
    await member.waitFor();
    await ownerPage.getByTestId('pending-empty').waitFor();
    await expectAccessible(ownerPage, 'settings-shared');
    await ownerPage.screenshot({ path: join(SCREENSHOT_DIR, 'settings-shared.png'), fullPage: true });
    // The same settings write the program out as a template file for the next program.
    const download = ownerPage.waitForEvent('download');
    await ownerPage.getByTestId('export-template').click();
    expect((await download).suggestedFilename()).toMatch(/-template\.json$/);

    // The colleague finds the program in their list and opens it.
    const colleaguePage = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await colleaguePage.goto(server.url);
    await colleaguePage.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), joined.acceptInvitation);
    await colleaguePage.goto(`${server.url}/projects`);
    const listed = colleaguePage.getByTestId('project-item').filter({ hasText: 'Northwind Salesforce rollout' });
    await listed.getByTestId('project-link').click();
    await expect.poll(() => colleaguePage.getByTestId('project-name').textContent()).toBe('Northwind Salesforce rollout');

    // Archived, the program is read-only for both, and says so.
    await ownerPage.getByTestId('archive-program').click();
    await ownerPage.getByTestId('confirm-ok').click();
    await ownerPage.getByTestId('archived-banner').waitFor();
    await ownerPage.getByTestId('unarchive-program').waitFor();
    await colleaguePage.goto(`${projectUrl}/settings`);
    await colleaguePage.getByTestId('archived-banner').waitFor();
    expect(await colleaguePage.getByTestId('details-read-only').textContent()).toContain('archived');
    await expectAccessible(colleaguePage, 'settings-archived-phone');
    await colleaguePage.screenshot({ path: join(SCREENSHOT_DIR, 'settings-archived-phone.png'), fullPage: true });
  });
});
