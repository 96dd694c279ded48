import { join } from 'node:path';

import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

async function ranking(page: Page): Promise<string[]> {
  const entries = page.getByTestId('ranking-entry');
  await entries.first().waitFor();
  return (await entries.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

async function score(page: Page, vendorId: string, criterionId: string, value: string): Promise<void> {
  const input = page.locator(`[data-testid="score-cell"][data-vendor-id="${vendorId}"][data-criterion-id="${criterionId}"] input`);
  // Done when the API has answered the save, not after some time.
  const saved = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('setScore'));
  await input.fill(value);
  await input.press('Enter');
  expect((await saved).ok()).toBe(true);
}

describe('a business lead comparing vendors', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('scores two vendors in the matrix and sees the ranking change', async () => {
    const session = await server.api.signUp('Sasha Selector');
    const { createProject } = await server.api.ok('mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }', {
      i: { name: 'Fabrikam CRM selection', crmProduct: 'To be decided', startDate: '2027-01-04', targetGoLiveDate: '2027-09-30' },
    }, session.token);
    const p = createProject.id;
    const seeded = await server.api.ok(`mutation($a: CreateVendorInput!, $b: CreateVendorInput!, $fit: CreateCriterionInput!, $cost: CreateCriterionInput!) {
        a: createVendor(input: $a) { id } b: createVendor(input: $b) { id }
        fit: createCriterion(input: $fit) { id } cost: createCriterion(input: $cost) { id } }`,
      {
        a: { projectId: p, name: 'Acme CRM' },
        b: { projectId: p, name: 'Globex' },
        fit: { projectId: p, name: 'Fit with our sales process', weight: 60 },
        cost: { projectId: p, name: 'Total cost of ownership', weight: 40 },
      },
      session.token,
    );
    const [acme, globex, fit, cost] = [seeded.a.id, seeded.b.id, seeded.fit.id, seeded.cost.id];

    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
    await page.goto(`${server.url}/projects/${p}/selection`);
    await page.getByTestId('score-matrix').waitFor();

    // Acme: 0.6*5 + 0.4*2 = 3.8; Globex: 0.6*3 + 0.4*4 = 3.4.
    await score(page, acme, fit, '5');
    await score(page, acme, cost, '2');
    await score(page, globex, fit, '3');
    await score(page, globex, cost, '4');
    await expect.poll(async () => (await ranking(page)).join(' | ')).toMatch(/1.*Acme CRM.*3\.8.* \| 2.*Globex.*3\.4/);

    // A better fit score for Globex (0.6*4.5 + 0.4*4 = 4.3) puts it first.
    await score(page, globex, fit, '4.5');
    await expect.poll(async () => (await ranking(page)).join(' | ')).toMatch(/1.*Globex.*4\.3.* \| 2.*Acme CRM.*3\.8/);
    await page.getByTestId('sensitivity-verdict').waitFor();
    await expectAccessible(page, 'vendor-ranking');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'vendor-ranking.png'), fullPage: true });

    // The ranking the page shows is the one the API computes.
    const api = await server.api.ok('query($p: ID!) { vendorRanking(projectId: $p) { rank vendor { name } score } }', { p }, session.token);
    expect(api.vendorRanking).toEqual([
      { rank: 1, vendor: { name: 'Globex' }, score: 4.3 },
      { rank: 2, vendor: { name: 'Acme CRM' }, score: 3.8 },
    ]);
  });
});
