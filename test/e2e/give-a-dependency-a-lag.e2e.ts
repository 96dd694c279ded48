import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';
import { DESKTOP, PHONE, signedInPage } from './support/two-colleagues';

describe('a planner who makes a task wait a few days after the one before it, then moves the first', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('gives the link a lag of 2 working days, sees "after … (+2 d)", and is offered to push the waiting task when the first moves', async () => {
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
    const migrate = (await task('Migrate the customer accounts', '2027-02-01')).createTask.id;
    const check = (await task('Check the migrated accounts', '2027-02-08')).createTask.id;

    const startOf = async (id: string) =>
      (await server.api.ok<{ task: { startDate: string; dueDate: string } }>('query($id: ID!) { task(id: $id) { startDate dueDate } }', { id }, session.token)).task;

    for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      const page = await signedInPage(browser, server.url, session, viewport);
      await page.goto(`${server.url}/projects/${projectId}/board?q=${encodeURIComponent('migrat')}`);
      const open = (id: string, title: string) => page.locator(`[data-testid="task-card"][data-task-id="${id}"]`).getByRole('button', { name: title, exact: true }).click();
      /** Moves the first task's start (its due date follows its 3 days) and answers the question about the waiting task. */
      const moveFirst = async (startDate: string, answer: 'shift' | 'alone') => {
        await open(migrate, 'Migrate the customer accounts');
        await page.getByTestId('task-start').fill(startDate);
        await page.getByTestId('task-save').click();
        await page.getByTestId('shift-dependants-title').getByText('Moving “Migrate the customer accounts” pushes 1 task that waits for it').waitFor();
        // The screenshot shows the question once it has faded in.
        await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
        await expectAccessible(page, `give-a-dependency-a-lag-shift-${name}`);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `give-a-dependency-a-lag-shift-${name}.png`) });
        await page.getByTestId(`shift-dependants-${answer}`).click();
        await page.getByTestId('task-detail').waitFor({ state: 'detached' });
      };
      await open(check, 'Check the migrated accounts');
      if (name === 'desktop') {
        await page.getByTestId('task-dependency-input').fill('migrate the customer');
        await page.getByRole('option', { name: /Migrate the customer accounts/ }).click();
        const lag = page.getByTestId('task-dependency-lag');
        await lag.fill('400');
        await page.getByTestId('error-dependency-lag').getByText('A lag must be between -365 and +365 working days.').waitFor();
        await lag.fill('2');
        await page.getByTestId('task-dependency').getByText('Migrate the customer accounts (+2 d)').waitFor();
        await expectAccessible(page, `give-a-dependency-a-lag-${name}`);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `give-a-dependency-a-lag-${name}.png`) });
        await page.getByTestId('task-save').click();
        await page.getByTestId('task-detail').waitFor({ state: 'detached' });
        // Two days later the first finishes Fri 5 February; 2 working days on, the check may begin Wed 10.
        await moveFirst('2027-02-03', 'shift');
        await expect.poll(async () => (await startOf(check)).startDate).toBe('2027-02-10');
        continue;
      }
      // On the phone, the saved lag is what the dialog shows, and the summary says it in words.
      await page.getByTestId('task-detail-planned-after').getByText('Planned after Migrate the customer accounts (+2 d).').waitFor();
      expect(await page.getByTestId('task-dependency-lag').inputValue()).toBe('2');
      await expectAccessible(page, `give-a-dependency-a-lag-${name}`);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `give-a-dependency-a-lag-${name}.png`) });
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByTestId('task-detail').waitFor({ state: 'detached' });
      // Moved one more day, but only the first task: the check keeps its dates and now starts too early.
      await moveFirst('2027-02-04', 'alone');
      await expect.poll(async () => (await startOf(migrate)).startDate).toBe('2027-02-04');
      expect(await startOf(check)).toMatchObject({ startDate: '2027-02-10', dueDate: '2027-02-12' });
    }

    const saved = await server.api.ok<{ task: { dependencies: { lagDays: number; dependsOn: { title: string } }[] } }>(
      'query($id: ID!) { task(id: $id) { dependencies { lagDays dependsOn { title } } } }',
      { id: check },
      session.token,
    );
    expect(saved.task.dependencies).toEqual([{ lagDays: 2, dependsOn: { title: 'Migrate the customer accounts' } }]);
  });
});
