import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { meetExitCriteria } from '../support/exit-criteria';
import { RunningServer, startServer } from './support/server';

interface SeededPhase {
  id: string;
  name: string;
  milestones: { id: string }[];
  exitCriteria: { id: string }[];
}

describe('a program manager closing a phase that still has open tasks', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('carries the open tasks over to the next phase, completes the phase, then reopens it with a reason', async () => {
    const session = await server.api.signUp('Pat Program');
    // Seed through the API: a project whose first phase has every criterion met and milestone done,
    // so only its tasks keep the gate shut.
    const created = await server.api.ok<{ createProject: { id: string; phases: SeededPhase[] } }>(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) {
         id phases { id name milestones { id } exitCriteria { id } } } }`,
      { input: { name: 'Fabrikam Salesforce rollout', crmProduct: 'Salesforce', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' } },
      session.token,
    );
    const project = created.createProject;
    const [first, second] = project.phases;
    // Its boxes ticked and, where the sponsor must sign, signed by the manager holding that role too.
    await meetExitCriteria(server.api, session, project.id, first.id);
    for (const milestone of first.milestones) {
      await server.api.ok('mutation($i: VersionedIdInput!) { completeMilestone(input: $i) { id } }', { i: { id: milestone.id } }, session.token);
    }

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
    await page.goto(`${server.url}/projects/${project.id}/overview`);

    const card = page.locator(`[data-testid="phase-card"][data-kind]`).first();
    await card.getByTestId('gate-blockers').waitFor();
    expect(await card.getByTestId('gate-blockers').textContent()).toContain('still open');

    // Completing is refused while tasks are open; the card offers to carry them over instead.
    await card.getByTestId('complete-phase').click();
    await card.getByTestId('action-problem-gate-blocked').getByText(/Task not done/).first().waitFor();
    await card.getByTestId('carry-over').click();

    const tasks = page.getByTestId('carry-over-task');
    await tasks.first().waitFor();
    const taskCount = await tasks.count();
    expect(taskCount).toBeGreaterThan(0);
    for (let i = 0; i < taskCount; i += 1) expect(await tasks.nth(i).getByRole('checkbox').isChecked()).toBe(true);
    expect(await page.getByTestId('carry-over-phase').textContent()).toContain(second.name);
    await expectAccessible(page, 'carry-over-dialog');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'carry-over-dialog.png'), fullPage: true });
    await page.getByTestId('carry-over-submit').click();

    await expect.poll(() => card.getAttribute('data-status')).toBe('COMPLETED');
    await card.getByTestId('reopen-phase').waitFor();
    await expectAccessible(page, 'phase-completed-after-carry-over');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'phase-completed-after-carry-over.png'), fullPage: true });

    // The owner reopens it, saying why.
    await card.getByTestId('reopen-phase').click();
    await page.getByTestId('reopen-reason').fill('The steering committee withdrew its sign-off');
    await page.getByTestId('reopen-submit').click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('IN_PROGRESS');
    await card.getByTestId('complete-phase').waitFor();

    // The history tells both stories: the tasks that moved and why the phase was reopened.
    await page.goto(`${server.url}/projects/${project.id}/history`);
    const events = page.getByTestId('history-event');
    await events.first().waitFor();
    await events.filter({ hasText: 'Phase reopened' }).filter({ hasText: 'The steering committee withdrew its sign-off' }).waitFor();
    await events.filter({ hasText: 'Task carried over' }).first().waitFor();
    expect(await events.filter({ hasText: 'Task carried over' }).first().textContent()).toContain(second.name);
    await expectAccessible(page, 'history-after-reopen');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'history-after-reopen.png'), fullPage: true });
  });
});
