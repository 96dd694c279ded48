import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { linkTo } from '../support/smtp-inbox';
import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

describe('a program manager whose browser speaks Dutch', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ smtp: true }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs up and creates a program in Dutch: Dutch pages, phases, dates and gate messages', async () => {
    // The browser asks for Dutch (Accept-Language and navigator.language); nobody chose anything yet.
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-up`);
    await page.waitForURL(/\/nl\/sign-up$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByLabel('Je naam').fill('Sanne de Vries');
    const email = `sanne.${Date.now()}@example.test`;
    await page.getByTestId('signup-email').fill(email);
    await page.getByTestId('signup-password').fill('een stevige wachtzin');
    await expectAccessible(page, 'dutch-sign-up');
    await page.getByTestId('signup-submit').click();
    await page.getByTestId('signup-sent').waitFor();

    if (!server.inbox) throw new Error('The server was started without its SMTP inbox');
    const mail = await server.inbox.waitFor(email);
    // The mailed link has no language in it: the server sends it on to the language the app was shown in.
    await page.goto(linkTo(mail, '/confirm-sign-up').toString());
    await page.getByTestId('projects-empty').waitFor();
    expect(new URL(page.url()).pathname.startsWith('/nl/')).toBe(true);

    await page.getByTestId('new-project').click();
    await page.getByTestId('project-name').fill('Uitrol Benelux');
    await page.getByTestId('project-crm').fill('Dynamics 365');
    // Dates are typed the Dutch way, day first with dashes.
    await page.getByTestId('project-start').fill('1-3-2027');
    await page.getByTestId('project-golive').fill('15-9-2027');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dutch-new-program-1440.png'), fullPage: true });
    await page.getByTestId('project-submit').click();
    const item = page.getByTestId('project-item').filter({ hasText: 'Uitrol Benelux' });
    await item.waitFor();
    // Dates in Dutch: "1 mrt 2027", not "Mar 1, 2027".
    expect(await item.textContent()).toContain('1 mrt 2027');
    await expectAccessible(page, 'dutch-programs');
    await item.getByRole('link').first().click();
    await page.waitForURL(/\/nl\/projects\/[^/]+\/overview/);

    // The standard template arrives in Dutch: phases, and the gate's own criteria.
    const firstPhase = page.getByTestId('phase-card').first();
    await expect.poll(() => firstPhase.textContent(), { timeout: 30_000 }).toContain('Behoefteanalyse');
    const phases = await page.getByTestId('phase-card').allTextContents();
    expect(phases.join(' ')).toContain('Gefaseerde uitrol');
    const header = await page.getByTestId('project-header').textContent();
    expect(header).toContain('1 mrt 2027');
    expect(header).toContain('15 sep 2027');

    // Why the first gate is still shut, worded in Dutch from the API's codes.
    await firstPhase.getByTestId('gate-blockers').locator('summary').click();
    const blockers = await firstPhase.getByTestId('gate-blockers').locator('li').allTextContents();
    expect(blockers).toContain('Exitcriterium niet gehaald: De opdrachtgever heeft meetbare bedrijfsdoelen goedgekeurd');
    expect(blockers.some((text) => text.startsWith('Mijlpaal niet bereikt: '))).toBe(true);
    await expectAccessible(page, 'dutch-overview');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dutch-overview-1440.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'dutch-overview-390.png'), fullPage: true });

    // The template's tasks on the board, in Dutch columns, and a task opened in its Dutch dialog.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(page.url().replace(/\/overview.*$/, '/board'));
    await page.getByTestId('task-card').first().waitFor();
    const todo = page.locator('[data-testid="board-column"][data-status="TODO"] .column-title');
    expect(await todo.textContent()).toContain('Te doen');
    await page.getByTestId('task-card').first().locator('button.title').click();
    await page.getByTestId('task-detail').waitFor();
    expect(await page.getByRole('dialog').getByRole('heading', { level: 2 }).textContent()).toContain('Taak bewerken');
    expect(await page.getByTestId('task-owner-mode').textContent()).toContain('De rol volgen');
    await context.close();
  });
});
