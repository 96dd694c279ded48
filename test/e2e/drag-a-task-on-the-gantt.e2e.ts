import { join } from 'node:path';

import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

/** "YYYY-MM-DD" `days` from today where the browser and the server run. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function plusDays(isoDay: string, days: number): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  const date = new Date(y, m - 1, d + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

const TASK = 'query($id: ID!) { task(id: $id) { startDate dueDate version } }';

describe('a program manager re-planning on the Gantt', () => {
  let server: RunningServer;
  let browser: Browser;
  let session: { token: string };
  let projectId: string;
  const ids: Record<'a' | 'b', string> = { a: '', b: '' };

  const saved = async (id: string) => (await server.api.ok<{ task: { startDate: string; dueDate: string; version: number } }>(TASK, { id }, session.token)).task;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    session = await server.api.signUp('Gus Gantt');
    const { createProject } = await server.api.ok<{ createProject: { id: string } }>(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      { input: { name: 'Fabrikam Dynamics rollout', crmProduct: 'Dynamics 365', startDate: dayFromToday(-20), targetGoLiveDate: dayFromToday(120), template: 'EMPTY' } },
      session.token,
    );
    projectId = createProject.id;
    const { createPhase } = await server.api.ok<{ createPhase: { id: string } }>(
      'mutation($input: CreatePhaseInput!) { createPhase(input: $input) { id } }',
      { input: { projectId, name: 'Build', plannedStart: dayFromToday(-20), plannedEnd: dayFromToday(120) } },
      session.token,
    );
    const create = async (input: Record<string, unknown>) =>
      (
        await server.api.ok<{ createTask: { id: string } }>(
          'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }',
          { input: { projectId, phaseId: createPhase.id, roleKey: 'CRM_ADMIN', ...input } },
          session.token,
        )
      ).createTask.id;
    ids.a = await create({ title: 'Configure the sandbox', startDate: dayFromToday(2), dueDate: dayFromToday(6) });
    ids.b = await create({ title: 'Load the test accounts', startDate: dayFromToday(10), dueDate: dayFromToday(14), dependsOnIds: [ids.a] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openTimeline(width = 1440, height = 900): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
    await page.goto(`${server.url}/projects/${projectId}/timeline`);
    // The names' column first; bars are drawn as they come into view.
    await page.locator('.row-name').filter({ hasText: 'Configure the sandbox' }).waitFor();
    return page;
  }

  /** Drags a task's bar sideways by whole days with the mouse, as a user would. */
  async function dragBar(page: Page, taskId: string, days: number): Promise<void> {
    const bar = page.locator(`[data-task-id="${taskId}"]`);
    const box = await bar.boundingBox();
    if (!box) throw new Error('The bar is not on screen.');
    const { startDate, dueDate } = await saved(taskId);
    const spanDays = (Date.parse(dueDate) - Date.parse(startDate)) / 86_400_000 + 1;
    const dayWidth = box.width / spanDays;
    const y = box.y + box.height / 2;
    const x = box.x + box.width / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 8, y, { steps: 4 });
    await page.mouse.move(x + days * dayWidth, y, { steps: 12 });
    await page.mouse.up();
  }

  it('drags a bar later, moves the task that waits for it along, and moves it one more day with Alt+→', async () => {
    const page = await openTimeline();
    await page.locator(`[data-task-id="${ids.a}"]`).waitFor();
    const before = await saved(ids.a);
    const waiting = await saved(ids.b);
    await page.getByTestId('timeline-zoom').getByText('Days').click();
    await page.locator(`[data-task-id="${ids.a}"]`).waitFor();

    // Six days later the sandbox ends after the accounts were to start: the page offers to move them too.
    await dragBar(page, ids.a, 6);
    await page.getByTestId('shift-dependants-row').and(page.locator(`[data-task-id="${ids.b}"]`)).waitFor();
    await expectAccessible(page, 'gantt-shift-dependants');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gantt-shift-dependants.png') });
    await page.getByTestId('shift-dependants-shift').click();
    await expect.poll(async () => (await saved(ids.a)).startDate).toBe(plusDays(before.startDate, 6));
    expect((await saved(ids.a)).dueDate).toBe(plusDays(before.dueDate, 6));
    await expect.poll(async () => (await saved(ids.b)).startDate > (await saved(ids.a)).dueDate).toBe(true);
    expect((await saved(ids.b)).startDate > waiting.startDate).toBe(true);
    await expect.poll(() => page.getByTestId('timeline-edit-message').textContent()).toContain('Moved “Configure the sandbox”');
    await expectAccessible(page, 'gantt-after-drag');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gantt-after-drag.png') });

    // The same bar from the keyboard: focus it, then Alt+→ (and move the waiting task along again).
    await page.locator(`[data-task-id="${ids.a}"]`).focus();
    await page.keyboard.press('Alt+ArrowRight');
    const offer = page.getByTestId('shift-dependants-shift');
    await expect.poll(async () => (await offer.isVisible()) || (await saved(ids.a)).startDate === plusDays(before.startDate, 7)).toBe(true);
    if (await offer.isVisible()) await offer.click();
    await expect.poll(async () => (await saved(ids.a)).startDate).toBe(plusDays(before.startDate, 7));
    // The focus comes back to the bar once the plan has loaded again.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-task-id'))).toBe(ids.a);
    expect(await page.locator(`[data-task-id="${ids.a}"]`).getAttribute('aria-label')).toContain('Configure the sandbox');
    await page.close();
  });

  it('snaps a bar back with the reason when a colleague changed the task meanwhile', async () => {
    const page = await openTimeline();
    await page.getByTestId('timeline-zoom').getByText('Days').click();
    const bar = page.locator(`[data-task-id="${ids.a}"]`);
    await bar.waitFor();
    // Where the bar sits in the chart, not in the window: the chart may scroll sideways while a bar
    // is dragged near its edge, which the side navigation beside the page makes likelier.
    const inChart = () =>
      bar.evaluate((element) => Math.round(element.getBoundingClientRect().x + (element.closest('.gantt-main-container')?.scrollLeft ?? 0)));
    const placed = await inChart();

    // A colleague renames the task: the version the page read is now stale.
    const current = await saved(ids.a);
    await server.api.ok('mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }', { input: { id: ids.a, version: current.version, title: 'Configure the sandbox org' } }, session.token);

    await dragBar(page, ids.a, 2);
    const message = page.getByTestId('timeline-edit-message');
    // The move may push the waiting task first: say yes, the save is refused all the same.
    const offer = page.getByTestId('shift-dependants-shift');
    await expect.poll(async () => (await offer.isVisible()) || (await message.isVisible())).toBe(true);
    if (await offer.isVisible()) await offer.click();
    await expect.poll(() => message.getAttribute('role')).toBe('alert');
    expect((await message.textContent())?.length).toBeGreaterThan(30);
    await expect.poll(inChart).toBe(placed);
    expect((await saved(ids.a)).startDate).toBe(current.startDate);
    await expectAccessible(page, 'gantt-refused-drag');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gantt-refused-drag.png') });
    await page.close();
  });

  it('draws a saved baseline as ghost bars under today’s plan', async () => {
    await server.api.ok('mutation($input: SaveBaselineInput!) { saveBaseline(input: $input) { id } }', { input: { projectId, name: 'Steering committee' } }, session.token);
    const current = await saved(ids.b);
    await server.api.ok(
      'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }',
      { input: { id: ids.b, version: current.version, startDate: plusDays(current.startDate, 5), dueDate: plusDays(current.dueDate, 5) } },
      session.token,
    );
    const page = await openTimeline();
    await page.locator(`[data-task-id="${ids.b}"]`).waitFor();
    expect(await page.locator('.gantt-baseline').count()).toBe(0);
    await page.getByTestId('timeline-baselines-toggle').click();
    await page.getByTestId('variance-row').first().waitFor();
    await expect.poll(() => page.locator('.gantt-baseline').count()).toBeGreaterThanOrEqual(2);
    await page.getByTestId('timeline').scrollIntoViewIfNeeded();
    await expectAccessible(page, 'gantt-ghost-bars');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gantt-ghost-bars.png') });
    await page.close();
  });

  it('shows task names at every zoom, wide and on a phone', async () => {
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ]) {
      const page = await openTimeline(width, height);
      for (const zoom of ['Days', 'Weeks', 'Months', 'Quarters']) {
        await page.getByTestId('timeline-zoom').getByText(zoom).click();
        // On a phone the chart starts below the controls, and bars are drawn once they are in view:
        // there the days around today may leave the task's bar to the side, its name stays.
        await page.getByTestId('timeline').scrollIntoViewIfNeeded();
        if (width > 1000) await page.locator(`[data-task-id="${ids.a}"]`).waitFor({ state: 'attached' });
        // The table beside the chart names every row whatever the zoom.
        expect(await page.locator('.row-name').filter({ hasText: 'Configure the sandbox' }).isVisible()).toBe(true);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `gantt-${zoom.toLowerCase()}-${width}.png`) });
      }
      await page.close();
    }
  });

  it('exports the chart for the steering committee as a PNG picture and an A3 PDF', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce', acceptDownloads: true });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
    await page.goto(`${server.url}/projects/${projectId}/timeline`);
    await page.locator(`[data-task-id="${ids.a}"]`).waitFor();
    const today = dayFromToday(0);
    for (const kind of ['png', 'pdf'] as const) {
      const download = page.waitForEvent('download');
      await page.getByTestId(`timeline-export-${kind}`).click();
      expect((await download).suggestedFilename()).toBe(`fabrikam-dynamics-rollout-timeline-${today}.${kind}`);
    }
    await page.close();
  });
});
