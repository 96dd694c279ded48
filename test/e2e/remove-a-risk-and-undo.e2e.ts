import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

/** Screenshots go with the others and, for the engineer looking at them, to /tmp/shots/trashui. */
async function shoot(page: Page, name: string): Promise<void> {
  const path = join(SCREENSHOT_DIR, `remove-a-risk-${name}.png`);
  await expectAccessible(page, `remove-a-risk-${name}`);
  await page.screenshot({ path });
  mkdirSync('/tmp/shots/trashui', { recursive: true });
  copyFileSync(path, join('/tmp/shots/trashui', `remove-a-risk-${name}.png`));
}

/** No dialog or snackbar is still on its way in. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.mdc-dialog--opening, .mat-snack-bar-container-animating'));
}

/** The same screen 1440 and 390 px wide. */
async function shootBothWidths(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await shoot(page, `${name}-1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, `${name}-390`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('a program manager removing risks and getting them back', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('removes a risk after seeing what goes, undoes it from the snackbar, and restores another from the trash', async () => {
    const session = await server.api.signUp('Riley Remover');
    const created = await server.api.ok<{ createProject: { id: string } }>(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      { input: { name: 'Fabrikam Dynamics rollout', crmProduct: 'Dynamics 365', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' } },
      session.token,
    );
    const projectId = created.createProject.id;
    for (const [title, likelihood, impact] of [
      ['Sales reps keep their own spreadsheets', 4, 4],
      ['Duplicate accounts after the migration', 3, 4],
    ] as const) {
      await server.api.ok(
        `mutation($input: CreateRiskInput!) { createRisk(input: $input) { id } }`,
        { input: { projectId, title, likelihood, impact, mitigation: 'Train each wave and watch usage.' } },
        session.token,
      );
    }

    // Reduced motion: dialogs and the snackbar show at once, so the screenshots catch them whole.
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
    await page.goto(`${server.url}/projects/${projectId}/risks`);
    const rows = page.getByTestId('risk-row');
    await rows.filter({ hasText: 'Duplicate accounts after the migration' }).waitFor();
    // A new program comes with the usual risks of a rollout; ours are two more.
    const before = await rows.count();
    const spreadsheets = rows.filter({ hasText: 'Sales reps keep their own spreadsheets' });
    const duplicates = rows.filter({ hasText: 'Duplicate accounts after the migration' });

    // Remove: the confirmation names the risk and says it can come back.
    await spreadsheets.getByTestId('edit-risk').click();
    await page.getByTestId('risk-remove').click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText('Remove “Sales reps keep their own spreadsheets”?', { exact: false }).waitFor();
    expect(await confirm.textContent()).toContain('You can restore it from the program’s trash for 30 days.');
    await shootBothWidths(page, 'confirm');
    await page.getByTestId('confirm-ok').click();

    // It leaves the register, and the snackbar offers Undo.
    await spreadsheets.waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(before - 1);
    const snackbar = page.locator('.mat-mdc-snack-bar-container');
    await snackbar.getByText('Removed “Sales reps keep their own spreadsheets”').waitFor();
    await shootBothWidths(page, 'snackbar');
    await snackbar.getByRole('button', { name: 'Undo' }).click();
    await spreadsheets.waitFor();
    expect(await rows.count()).toBe(before);

    // Remove the other one, then bring it back from the trash page.
    await duplicates.getByTestId('edit-risk').click();
    await page.getByTestId('risk-remove').click();
    await page.getByTestId('confirm-ok').click();
    await duplicates.waitFor({ state: 'detached' });

    // The program's settings lead to its trash.
    await page.goto(`${server.url}/projects/${projectId}/settings`);
    await page.getByTestId('open-trash').click();
    const entries = page.getByTestId('trash-entry');
    await entries.first().waitFor();
    // The undone removal is no longer in the trash; the second one is, with who removed it.
    expect(await entries.count()).toBe(1);
    expect(await entries.first().textContent()).toContain('Duplicate accounts after the migration');
    expect(await entries.first().textContent()).toContain('by Riley Remover');
    await shootBothWidths(page, 'trash');

    await entries.first().getByTestId('trash-restore').click();
    await page.getByTestId('trash-notice').getByText('Restored “Duplicate accounts after the migration”', { exact: false }).waitFor();
    await page.getByTestId('trash-empty').waitFor();
    await shoot(page, 'trash-empty-1440');

    await page.goto(`${server.url}/projects/${projectId}/risks`);
    await duplicates.waitFor();
    expect(await rows.count()).toBe(before);
    await page.close();
  });
});
