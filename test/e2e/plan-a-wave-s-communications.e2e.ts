import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

/** The UTC day `days` from today, as YYYY-MM-DD. */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('a communications lead following the plan of a wave', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sees the late announcement flagged, marks it sent, and adds a reminder about the data freeze', async () => {
    const session = await server.api.signUp('Casey Comms');
    const { createProject } = await server.api.ok<{ createProject: { id: string } }>(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      { input: { name: 'Northwind Dynamics rollout', crmProduct: 'Dynamics 365', startDate: dayFromToday(-120), targetGoLiveDate: dayFromToday(60) } },
      session.token,
    );
    const projectId = createProject.id;
    // Go-live in ten days: the month-ahead announcement should have gone out twenty days ago.
    await server.api.ok(
      'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }',
      { input: { projectId, name: 'Wave 1 — Nordics', scope: ['Sales Nordics', 'Service Nordics'], goLiveDate: dayFromToday(10) } },
      session.token,
    );

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
    await page.goto(`${server.url}/projects/${projectId}/rollout`);
    await page.getByTestId('wave-communications-toggle').click();
    const messages = page.getByTestId('communication');
    await messages.nth(4).waitFor();
    expect(await messages.count()).toBe(5);
    const announcement = messages.first();
    expect((await announcement.getByTestId('communication-when').textContent())?.trim()).toMatch(/^T-30 · /);
    expect(await announcement.getByTestId('communication-status').textContent()).toContain('Late: not sent yet');
    expect(await page.getByTestId('communications-summary').textContent()).toContain('5 messages · 0 sent · 1 late');
    await page.getByTestId('wave-communications').scrollIntoViewIfNeeded();
    await expectAccessible(page, 'plan-a-wave-s-communications-late');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'plan-a-wave-s-communications-late.png'), fullPage: true });

    await announcement.getByTestId('communication-mark-sent').click();
    await page.locator('[data-testid="communication"][data-status="SENT"]').first().waitFor();
    expect(await page.getByTestId('communications-summary').textContent()).toContain('5 messages · 1 sent');
    expect(await page.getByTestId('communications-summary').textContent()).not.toContain('late');

    await page.getByTestId('communication-add').click();
    await page.getByTestId('communication-title').fill('Data freeze on Friday');
    await page.getByTestId('communication-offset').fill('-3');
    await page.getByTestId('communication-channel').click();
    await page.getByRole('option', { name: 'Team chat' }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    expect(await page.getByTestId('communication-day-hint').textContent()).toMatch(/^T-3: /);
    await expectAccessible(page, 'plan-a-wave-s-communications-dialog');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'plan-a-wave-s-communications-dialog.png') });
    await page.getByTestId('communication-submit').click();
    await page.getByTestId('communication').filter({ hasText: 'Data freeze on Friday' }).waitFor();
    expect(await messages.count()).toBe(6);
    const added = await page.getByTestId('communication').filter({ hasText: 'Data freeze on Friday' }).textContent();
    // No units picked: it goes to the wave's own scope.
    expect(added).toContain('Team chat');
    expect(added).toContain('Sales Nordics');
    await page.getByTestId('wave-communications').scrollIntoViewIfNeeded();
    await expectAccessible(page, 'plan-a-wave-s-communications');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'plan-a-wave-s-communications.png'), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('wave-communications').scrollIntoViewIfNeeded();
    await expectAccessible(page, 'plan-a-wave-s-communications-phone');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'plan-a-wave-s-communications-phone.png'), fullPage: true });
  });
});
