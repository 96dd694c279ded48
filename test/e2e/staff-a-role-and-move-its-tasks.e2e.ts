import { join } from 'node:path';

import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

async function analystOwners(page: Page): Promise<string[]> {
  const cards = page.getByTestId('task-card');
  await cards.first().waitFor();
  return cards.getByTestId('task-owner').allTextContents();
}

describe('a program manager staffing the business analyst role', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sees the analyst tasks follow the role from one person to the next', async () => {
    const session = await server.api.signUp('Morgan Manager');
    for (const name of ['Ada Analyst', 'Bo Backup']) {
      await server.api.ok('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name, email: `${name.split(' ')[0].toLowerCase()}.${Date.now()}@example.test` } }, session.token);
    }
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);

    // Create the program from the standard template in the browser.
    await page.goto(`${server.url}/projects/new`);
    await page.getByTestId('project-name').fill('Contoso Dynamics rollout');
    await page.getByTestId('project-crm').fill('Dynamics 365 Sales');
    await page.getByTestId('project-start').fill('2027-01-04');
    await page.getByTestId('project-golive').fill('2027-07-01');
    await page.getByTestId('project-submit').click();
    await page.getByTestId('project-item').filter({ hasText: 'Contoso Dynamics rollout' }).click();
    await expect.poll(() => page.getByTestId('phase-card').count()).toBe(5);
    const projectUrl = page.url().replace(/\/overview.*$/, '');

    // Assign Ada as business analyst on the team page.
    await page.goto(`${projectUrl}/team`);
    const analystRow = page.locator('[data-testid="team-role-row"][data-role-key="BUSINESS_ANALYST"]');
    await analystRow.getByTestId('assign-role').click();
    await page.getByTestId('assign-person-input').fill('Ada');
    await page.getByRole('option', { name: /Ada Analyst/ }).click();
    await page.getByTestId('assign-submit').click();
    await analystRow.getByTestId('holder-chip').filter({ hasText: 'Ada Analyst' }).waitFor();

    // Every analyst task on the board is now Ada's.
    await page.goto(`${projectUrl}/board?role=BUSINESS_ANALYST`);
    await expect.poll(async () => new Set(await analystOwners(page))).toEqual(new Set(['Ada Analyst']));
    const analystTaskCount = await page.getByTestId('task-card').count();
    expect(analystTaskCount).toBeGreaterThan(0);
    await expectAccessible(page, 'board-analyst-tasks');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'board-analyst-tasks.png'), fullPage: true });

    // Hand the role to Bo as the new primary holder.
    await page.goto(`${projectUrl}/team`);
    await analystRow.getByTestId('assign-role').click();
    await page.getByTestId('assign-person-input').fill('Bo');
    await page.getByRole('option', { name: /Bo Backup/ }).click();
    await page.getByTestId('assign-primary').getByRole('checkbox').check();
    await page.getByTestId('assign-submit').click();
    await analystRow.getByTestId('holder-chip').filter({ hasText: 'Bo Backup' }).waitFor();
    await expectAccessible(page, 'team-after-reassign');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'team-after-reassign.png'), fullPage: true });

    await page.goto(`${projectUrl}/board?role=BUSINESS_ANALYST`);
    await expect.poll(async () => new Set(await analystOwners(page))).toEqual(new Set(['Bo Backup']));
    await expect.poll(() => page.getByTestId('task-card').count()).toBe(analystTaskCount);

    // Correct Ada's directory entry from the people on the team page.
    await page.goto(`${projectUrl}/team`);
    const ada = page.getByTestId('team-person').filter({ hasText: 'Ada Analyst' });
    await ada.getByTestId('edit-person').click();
    await page.getByTestId('person-department').fill('Sales operations');
    await page.getByTestId('person-capacity').fill('24');
    await page.getByTestId('person-submit').click();
    await page.getByTestId('person-submit').waitFor({ state: 'detached' });
    await expect.poll(() => ada.textContent()).toContain('Sales operations');
    expect(await ada.getByTestId('team-person-capacity').textContent()).toContain('24 h a week');
  });
});
