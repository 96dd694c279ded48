import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

describe('a program manager giving one rollout wave its own trainer', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("sees the Nordics training task move to the wave's trainer while the Benelux one stays with the program's", async () => {
    const session = await server.api.signUp('Morgan Manager');
    const ok = (query: string, variables: Record<string, unknown>) => server.api.ok(query, variables, session.token);
    const stamp = Date.now();
    const person = async (name: string) =>
      (await ok('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name, email: `${name.split(' ')[0].toLowerCase()}.${stamp}@example.test` } }))['createPerson'].id as string;
    const project = (
      await ok('mutation($i: CreateProjectInput!) { createProject(input: $i) { id phases { id } } }', {
        i: { name: 'Contoso wave rollout', crmProduct: 'Dynamics 365 Sales', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' },
      })
    )['createProject'];
    const wave = async (name: string, goLiveDate: string) =>
      (await ok('mutation($i: CreateRolloutWaveInput!) { createRolloutWave(input: $i) { id } }', { i: { projectId: project.id, name, scope: [name], goLiveDate } }))['createRolloutWave']
        .id as string;
    const nordics = await wave('Nordics', '2027-05-03');
    const benelux = await wave('Benelux', '2027-06-07');
    const tom = await person('Tom Trainer');
    await person('Nina Nordics');
    await ok('mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }', { i: { projectId: project.id, roleKey: 'TRAINER', personId: tom } });
    const task = async (title: string, waveId: string) =>
      ok('mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }', { i: { projectId: project.id, phaseId: project.phases[0].id, title, roleKey: 'TRAINER', waveId } });
    await task('Train Nordics sales reps', nordics);
    await task('Train Benelux sales reps', benelux);

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
    const ownerOf = async (title: string) => {
      await page.goto(`${server.url}/projects/${project.id}/board?role=TRAINER`);
      const card = page.getByTestId('task-card').filter({ hasText: title });
      await card.waitFor();
      return card.getByTestId('task-owner').textContent();
    };
    expect(await ownerOf('Train Nordics sales reps')).toContain('Tom Trainer');

    // The team page, by wave: every wave falls back to Tom; give Nordics its own trainer.
    await page.goto(`${server.url}/projects/${project.id}/team`);
    await page.getByTestId('view-by-wave').click();
    const matrix = page.getByTestId('wave-matrix');
    const nordicsTrainer = matrix.locator('tr[data-role-key="TRAINER"]').locator(`[data-testid="wave-cell"][data-wave-id="${nordics}"]`);
    await expect.poll(() => nordicsTrainer.getByTestId('wave-cell-fallback').textContent()).toContain('Tom Trainer');
    await expectAccessible(page, 'team-by-wave');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'team-by-wave.png'), fullPage: true });
    // Keyboard: focus the cell's button and press Enter.
    await nordicsTrainer.getByRole('button').focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('crm-wave-assign-dialog');
    await expect.poll(() => dialog.getByTestId('assign-wave').textContent()).toContain('Nordics');
    await dialog.getByTestId('wave-assign-person').fill('Nina');
    await page.getByRole('option', { name: /Nina Nordics/ }).click();
    expect(await dialog.getByTestId('wave-assign-primary').getByRole('checkbox').isChecked()).toBe(true);
    await dialog.getByTestId('wave-assign-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => nordicsTrainer.getByTestId('wave-cell-holder').textContent()).toContain('Nina Nordics');
    await expect.poll(() => page.getByTestId('team-notice').textContent()).toContain('Nina Nordics is now Trainer for Nordics');
    await expectAccessible(page, 'team-by-wave-staffed');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'team-by-wave-staffed.png'), fullPage: true });

    // At a phone's width the matrix scrolls inside its own box.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => matrix.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expectAccessible(page, 'team-by-wave-390');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'team-by-wave-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });

    // Nordics' task is Nina's now; Benelux' stays Tom's.
    expect(await ownerOf('Train Nordics sales reps')).toContain('Nina Nordics');
    expect(await ownerOf('Train Benelux sales reps')).toContain('Tom Trainer');
  });
});
