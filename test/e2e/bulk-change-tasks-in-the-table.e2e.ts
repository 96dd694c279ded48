import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

describe('a program manager tidying tasks in the table', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('filters the table, selects three tasks with a Shift-click, sets them to Done and finds them done on the board', async () => {
    const session = await server.api.signUp('Tara Table');
    const created = await server.api.ok<{ createProject: { id: string; phases: { id: string }[] } }>(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id phases { id } } }',
      { i: { name: 'Fabrikam Sales Cloud', crmProduct: 'Salesforce', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' } },
      session.token,
    );
    const { id: projectId, phases } = created.createProject;
    for (const title of ['Tidy leads', 'Tidy accounts', 'Tidy contacts', 'Tidy cases']) {
      await server.api.ok(
        'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }',
        { i: { projectId, phaseId: phases[1].id, title, roleKey: 'CRM_ADMIN' } },
        session.token,
      );
    }

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);

    // From the board to the table with the switch; narrow it to the migration tasks, by title.
    await page.goto(`${server.url}/projects/${projectId}/board`);
    await page.getByTestId('view-table').click();
    await page.getByTestId('task-table').waitFor();
    await page.getByTestId('filter-search').fill('Tidy');
    await expect.poll(() => page.getByTestId('table-row').count()).toBe(4);
    await page.getByRole('button', { name: 'Title' }).click();
    await expect.poll(() => page.getByTestId('table-title').allTextContents()).toEqual(['Tidy accounts', 'Tidy cases', 'Tidy contacts', 'Tidy leads']);
    expect(page.url()).toContain('q=Tidy');
    expect(page.url()).toContain('sort=title');

    // The first three: a click, then Shift-click on the third.
    const boxes = page.getByTestId('table-select-row');
    await boxes.nth(0).click();
    await boxes.nth(2).click({ modifiers: ['Shift'] });
    await expect.poll(() => page.getByTestId('table-selected-count').textContent()).toContain('3 selected');
    const ticked = () => Promise.all([0, 1, 2, 3].map((i) => boxes.nth(i).getByRole('checkbox').isChecked()));
    await expect.poll(ticked).toEqual([true, true, true, false]);
    await expectAccessible(page, 'task-table-selected-1440');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'task-table-selected-1440.png'), fullPage: true });

    await page.getByTestId('bulk-status').click();
    await page.getByTestId('bulk-status-DONE').click();
    await page.getByText('Moved to Done: 3 tasks').waitFor();
    await expect.poll(() => page.getByTestId('table-status').allTextContents()).toEqual(['Done', 'Done', 'Done', 'To do']);
    await expectAccessible(page, 'task-table-after-bulk-1440');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'task-table-after-bulk-1440.png'), fullPage: true });

    // The board, with the same filter carried over by the switch, has them in its Done column.
    await page.getByTestId('view-board').click();
    const done = page.locator('[data-testid="board-column"][data-status="DONE"]');
    await expect
      .poll(async () => (await done.getByTestId('task-card').allTextContents()).map((text) => text.match(/Tidy \w+/)?.[0]).sort())
      .toEqual(['Tidy accounts', 'Tidy cases', 'Tidy contacts']);

    // A narrow screen shows the table too, scrolling sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/projects/${projectId}/board/table?q=Tidy&sort=-dueDate&cols=status,owner`);
    await expect.poll(() => page.getByTestId('table-row').count()).toBe(4);
    await expectAccessible(page, 'task-table-390');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'task-table-390.png'), fullPage: true });
  });
});
