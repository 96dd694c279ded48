import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

describe('a program manager comparing the plan with the one the steering committee approved', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('saves the plan as a baseline on the timeline, and after a task moves sees it slipped in red', async () => {
    const session = await server.api.signUp('Bea Baseline');
    const { createProject } = await server.api.ok<{ createProject: { id: string } }>(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      { input: { name: 'Contoso Salesforce rollout', crmProduct: 'Salesforce', startDate: '2027-03-01', targetGoLiveDate: '2027-06-30', template: 'EMPTY' } },
      session.token,
    );
    const projectId = createProject.id;
    const { createPhase } = await server.api.ok<{ createPhase: { id: string } }>(
      'mutation($input: CreatePhaseInput!) { createPhase(input: $input) { id } }',
      { input: { projectId, name: 'Build', plannedStart: '2027-03-01', plannedEnd: '2027-06-30' } },
      session.token,
    );
    const { createTask } = await server.api.ok<{ createTask: { id: string; version: number } }>(
      'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }',
      { input: { projectId, phaseId: createPhase.id, title: 'Configure the lead pipeline', roleKey: 'CRM_ADMIN', startDate: '2027-03-01', durationDays: 5 } },
      session.token,
    );

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
    await page.goto(`${server.url}/projects/${projectId}/timeline`);
    await page.getByTestId('timeline-baselines-toggle').click();
    await page.getByTestId('baselines-empty').waitFor();

    await page.getByTestId('baseline-save').click();
    await page.getByTestId('baseline-name').fill('Steering committee 12 March');
    await page.getByTestId('baseline-submit').click();
    await page.getByTestId('variance-row').first().waitFor();
    expect(await page.getByTestId('variance-summary').textContent()).toContain('Nothing has slipped since “Steering committee 12 March”.');

    // Someone re-plans the task two working days later; the comparison, asked again, shows it.
    await server.api.ok('mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }', { input: { id: createTask.id, version: createTask.version, startDate: '2027-03-03' } }, session.token);
    await page.reload();
    await page.getByTestId('timeline-baselines-toggle').click();
    const row = page.getByTestId('variance-row').filter({ hasText: 'Configure the lead pipeline' });
    await row.and(page.locator('[data-status="SLIPPED"]')).waitFor();
    expect((await row.getByTestId('variance-finish').textContent())?.trim()).toBe('+2 days late');
    expect(await row.getByTestId('variance-finish').evaluate((cell) => getComputedStyle(cell).color)).toBe('rgb(179, 38, 30)');
    await page.getByTestId('baselines-panel').scrollIntoViewIfNeeded();
    await expectAccessible(page, 'compare-the-plan-with-a-baseline');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'compare-the-plan-with-a-baseline.png'), fullPage: true });
  });
});
