import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

describe('finding records of a program with the search box', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('jumps to the box with "/", finds a task and a risk by the start of a word, and opens each from the keyboard', async () => {
    const owner = await server.api.signUp('Sam Searcher');
    const created = await server.api.ok<{ createProject: { id: string; phases: { id: string }[] } }>(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id phases { id } } }',
      { i: { name: 'Contoso Dynamics rollout', crmProduct: 'Dynamics 365', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' } },
      owner.token,
    );
    const projectId = created.createProject.id;
    await server.api.ok(
      'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }',
      { i: { projectId, phaseId: created.createProject.phases[0].id, title: 'Migrate the Fabrikam accounts', description: 'Merge duplicates first.', roleKey: 'DATA_STEWARD' } },
      owner.token,
    );
    await server.api.ok(
      'mutation($i: CreateRiskInput!) { createRisk(input: $i) { id } }',
      { i: { projectId, title: 'Fabrikam data arrives late', likelihood: 3, impact: 4, mitigation: 'Ask for a sample extract in week one.' } },
      owner.token,
    );

    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), owner);
    await page.goto(`${server.url}/projects/${projectId}/overview`);
    await page.getByTestId('project-name').waitFor();

    await page.keyboard.press('/');
    await page.keyboard.type('fabrik');
    const hits = page.getByTestId('program-search-hit');
    await expect.poll(() => hits.count()).toBe(2);
    expect(await page.getByTestId('program-search-results').textContent()).toContain('Migrate the Fabrikam accounts');
    expect(await page.locator('[data-testid="program-search-hit"] mark').first().textContent()).toBe('Fabrik');
    await expectAccessible(page, 'search-results');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-results.png') });

    // The task's hit opens its detail on the board.
    await page.locator('[data-testid="program-search-hit"][data-kind="TASK"]').hover();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').getByLabel('Title').inputValue()).toBe('Migrate the Fabrikam accounts');
    expect(page.url()).toMatch(/\/board$/);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // Ctrl+K, the same words, and the risk opens in the risk register.
    await page.keyboard.press('Control+k');
    await expect.poll(() => hits.count()).toBe(2);
    await page.locator('[data-testid="program-search-hit"][data-kind="RISK"]').hover();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').getByLabel('Risk').inputValue()).toBe('Fabrikam data arrives late');
    expect(page.url()).toMatch(/\/risks$/);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // Words that match nothing say so.
    await page.keyboard.press('Control+k');
    await page.keyboard.press('End');
    await page.keyboard.type(' zyx');
    await page.getByTestId('program-search-empty').waitFor();
    expect(await page.getByTestId('program-search-empty').textContent()).toContain('No matches for “fabrik zyx”');
  });
});
