import { join } from 'node:path';

import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { Program, seedProgram } from './support/large-program';
import { RunningServer, startServer } from './support/server';

/** Enough tasks that the board needs several pages and the timeline far more rows than fit on screen. */
const TASKS = 450;

describe('a program manager reading a plan of hundreds of tasks', () => {
  let server: RunningServer;
  let browser: Browser;
  let program: Program;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    program = await seedProgram(server.api, TASKS);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(): Promise<{ page: Page; operations: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), program.session);
    const operations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) operations.push(String(JSON.parse(request.postData() ?? '{}').operationName));
    });
    return { page, operations };
  }

  it('sees the whole timeline from one request, drawn as it scrolls', async () => {
    const { page, operations } = await signedIn();
    await page.goto(`${server.url}/projects/${program.projectId}/timeline`);
    // The first screen's bars: the Gantt opens where its first rows are planned.
    const bars = page.getByTestId('timeline-task');
    await bars.first().waitFor();

    expect(operations.filter((name) => name === 'ProjectTimeline')).toHaveLength(1);
    await expect.poll(() => bars.count()).toBeGreaterThan(5);
    expect(await bars.count()).toBeLessThan(TASKS / 4);
    await expect.poll(() => page.getByTestId('timeline').getAttribute('aria-label')).toContain(`${TASKS + 36} tasks`);

    // The last task of the plan is not in the page until the user scrolls down to it.
    const lastLabel = page.locator('.row-name').filter({ hasText: 'Bench task 0450' });
    expect(await lastLabel.count()).toBe(0);
    await page.locator('[data-testid="timeline"] .gantt-scroll-container').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await lastLabel.waitFor();
    await expect.poll(() => bars.count()).toBeLessThan(TASKS / 4);
    await expectAccessible(page, 'timeline-scrolled-to-the-end');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'timeline-scrolled-to-the-end.png') });
    await page.close();
  });

  it('scrolls a board column to its end and gets the next pages without pressing Load more, then moves a card', async () => {
    const { page, operations } = await signedIn();
    await page.goto(`${server.url}/projects/${program.projectId}/board`);
    await page.getByTestId('task-card').first().waitFor();
    const count = page.getByTestId('board-count');
    await expect.poll(() => count.textContent()).toContain(`Showing 100 of ${TASKS + 36} tasks`);
    expect(await page.getByTestId('task-card').count()).toBeLessThan(60);

    const todo = page.locator('[data-testid="board-column"][data-status="TODO"] [data-testid="board-column-scroller"]');
    await todo.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => count.textContent()).toContain(`Showing 200 of ${TASKS + 36} tasks`);
    expect(operations.filter((name) => name === 'BoardTasks').length).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('task-card').count()).toBeLessThan(60);

    // Tabbing down a column reaches cards that were not in the page when it started.
    await todo.evaluate((el) => (el.scrollTop = 0));
    const todoTitles = page.locator('[data-testid="board-column"][data-status="TODO"] [data-testid="task-card"] button.title');
    await expect.poll(() => todoTitles.first().textContent()).toContain('Hold the sponsor kickoff');
    const drawnAtStart = (await todoTitles.allTextContents()).map((title) => title.trim());
    await todoTitles.first().focus();
    // Each card has two stops, its title and its Move button.
    for (let i = 0; i < 40; i += 1) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('[data-testid="task-card"]')?.querySelector('button.title')?.textContent?.trim());
    expect(focused).toBeTruthy();
    expect(drawnAtStart).not.toContain(focused);

    // Keyboard-reachable Move still works on a card drawn after scrolling.
    // The card is pinned by its id: the column keeps drawing as focus moves, so "the last card" can
    // name another task between reading its id and clicking its menu.
    const taskId = await page.evaluate(() => document.activeElement?.closest('[data-testid="task-card"]')?.getAttribute('data-task-id'));
    expect(taskId).toBeTruthy();
    const card = page.locator(`[data-testid="task-card"][data-task-id="${taskId}"]`);
    await card.getByTestId('task-status-menu').click();
    await page.locator('.mat-mdc-menu-panel button[data-status="BLOCKED"]').click();
    await expect.poll(async () => {
      const answer = await server.api.ok<{ task: { status: string } }>('query($id: ID!) { task(id: $id) { status } }', { id: taskId }, program.session.token);
      return answer.task.status;
    }).toBe('BLOCKED');
    await expectAccessible(page, 'board-after-scrolling-a-column');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'board-after-scrolling-a-column.png') });
    await page.close();
  });
});
