import { join } from 'node:path';

import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { openProgramArea } from './support/program-areas';
import { RunningServer, startServer } from './support/server';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** The lazily loaded pieces of the app, as the build names them. */
const CHUNKS = '**/chunk-*.js';

describe('a project manager finding their way around a program', () => {
  let server: RunningServer;
  let browser: Browser;
  let session: Awaited<ReturnType<RunningServer['api']['signUp']>>;
  let projectUrl: string;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    session = await server.api.signUp('Pia Planner');
    const { createProject } = await server.api.ok<{ createProject: { id: string } }>(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }',
      { i: { name: 'Contoso Dynamics rollout', crmProduct: 'Dynamics 365 Sales', startDate: day(-30), targetGoLiveDate: day(150) } },
      session.token,
    );
    projectUrl = `${server.url}/projects/${createProject.id}`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(viewport: { width: number; height: number }): Promise<Page> {
    const page = await (await browser.newContext({ viewport, reducedMotion: 'reduce' })).newPage();
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
    return page;
  }

  it('reaches every area from the side navigation, grouped by phase, and folds it away for good', async () => {
    const page = await signedIn({ width: 1440, height: 900 });
    await page.goto(`${projectUrl}/overview`);
    const nav = page.getByRole('navigation', { name: 'Program sections' });
    await nav.getByTestId('project-tab-overview').waitFor();
    await page.getByTestId('next-milestone').waitFor();
    expect(await page.getByRole('main').count()).toBe(1);
    // The groups follow the program's phases; every link is in view without a scrolling tab row.
    expect(await nav.locator('.group-label').allTextContents()).toEqual([
      'Program',
      'Plan',
      'Needs analysis',
      'Process redesign',
      'Technology selection',
      'Phased rollout',
      'Training & adoption',
      'Administration',
    ]);
    for (const link of await nav.getByRole('link').all()) expect(await link.isVisible()).toBe(true);
    expect(await nav.getByRole('list', { name: 'Program' }).getByRole('link').allTextContents()).toEqual(['Overview', 'Health', 'KPIs', 'History']);
    expect(await nav.getByTestId('project-tab-overview').getAttribute('aria-current')).toBe('page');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'program-nav-1440.png') });

    await openProgramArea(page, 'requirements');
    expect(await nav.getByTestId('project-tab-requirements').getAttribute('aria-current')).toBe('page');
    expect(await nav.getByTestId('project-tab-overview').getAttribute('aria-current')).toBeNull();

    // By keyboard: the link is reached with Tab and followed with Enter.
    await nav.getByTestId('project-tab-requirements').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/processes$/);
    expect(await nav.getByTestId('project-tab-processes').getAttribute('aria-current')).toBe('page');

    // Folded, the page gets the room; the choice holds after a reload.
    const toggle = nav.getByTestId('program-nav-toggle');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await nav.getByTestId('project-tab-processes').waitFor({ state: 'hidden' });
    await page.reload();
    await page.getByTestId('project-name').waitFor();
    expect(await nav.getByTestId('program-nav-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByTestId('project-tab-processes').isVisible()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'program-nav-folded-1440.png') });
    await openProgramArea(page, 'health');
    expect(await nav.getByTestId('program-nav-toggle').getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });

  it('says so and offers a retry when an area cannot be loaded, instead of doing nothing', async () => {
    const page = await signedIn({ width: 1440, height: 900 });
    await page.goto(`${projectUrl}/overview`);
    await page.getByTestId('next-milestone').waitFor();
    const nav = page.getByRole('navigation', { name: 'Program sections' });

    // The network drops: the risks page's code cannot arrive.
    await page.route(CHUNKS, (route) => route.abort('internetdisconnected'));
    await nav.getByTestId('project-tab-risks').click();
    const problem = page.getByTestId('page-load-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('This page could not be loaded.');
    expect(page.url()).toMatch(/\/overview$/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'page-load-problem.png') });

    // Back online, Try again opens the page asked for.
    await page.unroute(CHUNKS);
    await page.getByTestId('page-load-retry').click();
    await page.waitForURL(/\/risks$/);
    await page.getByRole('heading', { name: 'Risks', exact: true }).waitFor();
    await problem.waitFor({ state: 'detached' });

    // After a deploy the old files stay missing: trying again fails too, and the next try reloads the app.
    await page.route(CHUNKS, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await nav.getByTestId('project-tab-kpis').click();
    await problem.waitFor();
    await page.getByTestId('page-load-retry').click();
    await expect.poll(() => problem.textContent()).toContain('This page still could not be loaded.');
    await page.unroute(CHUNKS);
    const retry = page.getByTestId('page-load-retry');
    expect(await retry.textContent()).toContain('Reload the app');
    await Promise.all([page.waitForEvent('load'), retry.click()]);
    await page.waitForURL(/\/kpis$/);
    await page.getByRole('heading', { name: 'KPIs', exact: true }).waitFor();
    await page.close();
  });

  it('follows the window when it is resized: a closed drawer on a phone width, the side column again when wide', async () => {
    const page = await signedIn({ width: 1440, height: 900 });
    await page.goto(`${projectUrl}/overview`);
    await page.getByTestId('next-milestone').waitFor();
    const nav = page.getByTestId('program-nav');
    const health = nav.getByTestId('project-tab-health');
    await health.waitFor({ state: 'visible' });

    // Narrowed to a phone's width, the links go behind the top bar's Sections button as on a fresh phone load.
    await page.setViewportSize({ width: 390, height: 844 });
    const menu = page.getByTestId('open-program-nav');
    await menu.waitFor({ state: 'visible' });
    await health.waitFor({ state: 'hidden' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('program-nav-backdrop').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'program-nav-resized-390.png') });
    await menu.click();
    await health.waitFor({ state: 'visible' });

    // Wide again, the column is back beside the page, the drawer's button and backdrop gone.
    await page.setViewportSize({ width: 1440, height: 900 });
    await menu.waitFor({ state: 'detached' });
    await health.waitFor({ state: 'visible' });
    expect(await page.getByTestId('program-nav-backdrop').count()).toBe(0);
    const column = await nav.boundingBox();
    const pageArea = await page.locator('.program-page').boundingBox();
    expect(column && pageArea && column.x + column.width <= pageArea.x + 1).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'program-nav-resized-1440.png') });

    // And narrow once more: the drawer opened before is closed, not waiting over the page.
    await page.setViewportSize({ width: 390, height: 844 });
    await menu.waitFor({ state: 'visible' });
    await health.waitFor({ state: 'hidden' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('becomes a drawer behind the top bar on a phone', async () => {
    const page = await signedIn({ width: 390, height: 844 });
    await page.goto(`${projectUrl}/overview`);
    await page.getByTestId('next-milestone').waitFor();
    const nav = page.getByTestId('program-nav');
    expect(await nav.getByTestId('project-tab-health').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'program-nav-390.png') });

    const menu = page.getByTestId('open-program-nav');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await nav.getByTestId('project-tab-health').waitFor({ state: 'visible' });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'program-nav-drawer-390.png') });
    // Escape closes it and gives the focus back to the button that opened it.
    await page.keyboard.press('Escape');
    await nav.getByTestId('project-tab-health').waitFor({ state: 'hidden' });
    expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true);

    await openProgramArea(page, 'health');
    await page.getByTestId('health-status').waitFor();
    expect(await nav.getByTestId('project-tab-health').isVisible()).toBe(false);
    await page.close();
  });
});
