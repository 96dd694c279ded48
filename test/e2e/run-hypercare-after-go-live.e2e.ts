import { join } from 'node:path';

import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

/** The same screen 1440 and 390 px wide. */
async function shootBothWidths(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.mdc-dialog--opening'));
  await page.setViewportSize({ width: 1440, height: 900 });
  await expectAccessible(page, `hypercare-${name}-1440`);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `hypercare-${name}-1440.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, `hypercare-${name}-390`);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `hypercare-${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Picks an option of a Material select, waiting for its panel to open and close. */
async function pick(page: Page, testId: string, option: string): Promise<void> {
  const select = page.getByTestId(testId);
  await select.click({ force: true });
  await expect.poll(() => select.getAttribute('aria-expanded'), { timeout: 20_000 }).toBe('true');
  await page.getByRole('option', { name: option }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

describe('a support lead running hypercare after a wave goes live', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('logs a how-to question, sees it listed, and reads why hypercare cannot end with a severity-1 item open', async () => {
    const session = await server.api.signUp('Sam Support');
    const { createProject } = await server.api.ok<{ createProject: { id: string } }>(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      { input: { name: 'Contoso Salesforce rollout', crmProduct: 'Salesforce', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' } },
      session.token,
    );
    const projectId = createProject.id;
    const { createRolloutWave: wave } = await server.api.ok<{ createRolloutWave: { id: string } }>(
      'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }',
      { input: { projectId, name: 'Nordics', scope: ['Oslo', 'Stockholm'], goLiveDate: '2027-05-03', readinessItems: [] } },
      session.token,
    );
    await server.api.ok('mutation($input: GoLiveInput!) { goLive(input: $input) { id } }', { input: { waveId: wave.id } }, session.token);
    await server.api.ok(
      'mutation($input: CreateSupportItemInput!) { createSupportItem(input: $input) { id } }',
      { input: { waveId: wave.id, title: 'Quotes fail to save', severity: 1, category: 'DEFECT', description: 'Every sales rep in Oslo gets an error.' } },
      session.token,
    );

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
    await page.goto(`${server.url}/projects/${projectId}/hypercare`);

    const blockers = page.getByTestId('hypercare-exit-blockers');
    await blockers.waitFor();
    expect(await blockers.textContent()).toContain('Urgent support items are still open (1 of severity 1).');

    await page.getByTestId('new-support-item').click();
    await page.getByTestId('support-title').fill('How do I convert a lead into an opportunity?');
    await pick(page, 'support-severity-select', '4 — Low: a question or a wish');
    await pick(page, 'support-category-select', 'How do I…');
    await page.getByText('puts its reporter on the wave’s re-training list').waitFor();
    await shootBothWidths(page, 'log-dialog');
    await page.getByTestId('support-submit').click();

    const rows = page.getByTestId('support-item-row');
    await rows.filter({ hasText: 'How do I convert a lead into an opportunity?' }).waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.filter({ hasText: 'Quotes fail to save' }).getByTestId('support-severity').textContent()).toContain('Severity 1');

    // Only the still-open severity 1 item, by filter.
    await pick(page, 'filter-severity', '1 — Critical: work has stopped');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByTestId('clear-support-filters').click();
    await expect.poll(() => rows.count()).toBe(2);
    await shootBothWidths(page, 'live-wave');

    // Ending hypercare is closing the wave: refused while the severity-1 item is open, and the page says why.
    await page.goto(`${server.url}/projects/${projectId}/rollout`);
    await page.getByTestId('close-wave').click();
    const refusal = page.getByText('Urgent support items are still open (1 of severity 1)', { exact: false });
    await refusal.waitFor();
    await shootBothWidths(page, 'close-refused');
  });
});
