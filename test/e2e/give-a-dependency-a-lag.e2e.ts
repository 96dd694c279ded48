import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';
import { DESKTOP, PHONE, signedInPage } from './support/two-colleagues';

describe('a planner who makes a task wait a few days after the one before it', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('picks the task it waits for, gives it a lag of 2 working days, and sees "after … (+2 d)"', async () => {
    const session = await server.api.signUp('Lena Lag');
    const created = await server.api.ok<{ createProject: { id: string; phases: { id: string }[] } }>(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id phases { id } } }',
      { i: { name: 'Northwind Dynamics rollout', crmProduct: 'Dynamics 365', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01', template: 'EMPTY' } },
      session.token,
    );
    const projectId = created.createProject.id;
    const phaseId = created.createProject.phases[0]?.id
      ?? (await server.api.ok<{ createPhase: { id: string } }>(
        'mutation($i: CreatePhaseInput!) { createPhase(input: $i) { id } }',
        { i: { projectId, name: 'Data', plannedStart: '2027-01-04', plannedEnd: '2027-03-31' } },
        session.token,
      )).createPhase.id;
    const task = (title: string, startDate: string) =>
      server.api.ok<{ createTask: { id: string } }>(
        'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }',
        { i: { projectId, phaseId, title, roleKey: 'CRM_ADMIN', startDate, durationDays: 3 } },
        session.token,
      );
    await task('Migrate the customer accounts', '2027-02-01');
    const check = (await task('Check the migrated accounts', '2027-02-08')).createTask.id;

    for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      const page = await signedInPage(browser, server.url, session, viewport);
      await page.goto(`${server.url}/projects/${projectId}/board?q=${encodeURIComponent('check the migrated')}`);
      await page.locator(`[data-testid="task-card"][data-task-id="${check}"]`).getByRole('button', { name: 'Open details of Check the migrated accounts' }).click();
      if (name === 'desktop') {
        await page.getByTestId('task-dependency-input').fill('migrate the customer');
        await page.getByRole('option', { name: /Migrate the customer accounts/ }).click();
        const lag = page.getByTestId('task-dependency-lag');
        await lag.fill('400');
        await page.getByTestId('error-dependency-lag').getByText('A lag must be between -365 and +365 working days.').waitFor();
        await lag.fill('2');
        await page.getByTestId('task-dependency').getByText('Migrate the customer accounts (+2 d)').waitFor();
        await page.screenshot({ path: join(SCREENSHOT_DIR, `give-a-dependency-a-lag-${name}.png`) });
        await page.getByTestId('task-save').click();
        await page.getByTestId('task-detail').waitFor({ state: 'detached' });
        continue;
      }
      // On the phone, the saved lag is what the dialog shows, and the summary says it in words.
      await page.getByTestId('task-detail-planned-after').getByText('Planned after Migrate the customer accounts (+2 d).').waitFor();
      expect(await page.getByTestId('task-dependency-lag').inputValue()).toBe('2');
      await page.screenshot({ path: join(SCREENSHOT_DIR, `give-a-dependency-a-lag-${name}.png`) });
    }

    const saved = await server.api.ok<{ task: { dependencies: { lagDays: number; dependsOn: { title: string } }[] } }>(
      'query($id: ID!) { task(id: $id) { dependencies { lagDays dependsOn { title } } } }',
      { id: check },
      session.token,
    );
    expect(saved.task.dependencies).toEqual([{ lagDays: 2, dependsOn: { title: 'Migrate the customer accounts' } }]);
  });
});
