import { join } from 'node:path';

import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

const isoDaysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('a sponsor seeing the go-live forecast pass the target', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(session: unknown, width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
    return page;
  }

  it('the overview card says the go-live is slipping and links the driving task; health names it in red', async () => {
    const session = await server.api.signUp('Sam Sponsor');
    const { createProject } = await server.api.ok<{ createProject: { id: string } }>(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      { input: { name: 'Fabrikam Dynamics rollout', crmProduct: 'Dynamics 365', startDate: isoDaysFromToday(-60), targetGoLiveDate: isoDaysFromToday(10), template: 'EMPTY' } },
      session.token,
    );
    const projectId = createProject.id;
    const { createPhase } = await server.api.ok<{ createPhase: { id: string } }>(
      'mutation($input: CreatePhaseInput!) { createPhase(input: $input) { id } }',
      { input: { projectId, name: 'Build', plannedStart: isoDaysFromToday(-60), plannedEnd: isoDaysFromToday(10) } },
      session.token,
    );
    const task = async (title: string, extra: Record<string, unknown>) =>
      (
        await server.api.ok<{ createTask: { id: string } }>(
          'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }',
          { input: { projectId, phaseId: createPhase.id, title, roleKey: 'CRM_ADMIN', ...extra } },
          session.token,
        )
      ).createTask;
    // Ten hours finished in four weeks is the pace; eighty critical hours are left.
    await task('Design the account model', { durationDays: 2, estimateHours: 10, status: 'DONE' });
    const migrate = await task('Migrate the accounts', { durationDays: 10, estimateHours: 40 });
    await task('Train the key users', { durationDays: 10, estimateHours: 40, dependsOnIds: [migrate.id] });

    const page = await signedIn(session, 1440);
    await page.goto(`${server.url}/projects/${projectId}`);
    const card = page.getByTestId('go-live-forecast');
    await card.getByTestId('forecast-verdict').and(page.locator('[data-tone="slipping"]')).waitFor();
    expect(await card.getByTestId('forecast-verdict').textContent()).toMatch(/Slipping \d+ working days/);
    expect(await card.getByTestId('forecast-driver').allTextContents()).toEqual(['Migrate the accounts', 'Train the key users']);
    await expectAccessible(page, 'go-live-forecast-overview-1440');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'go-live-forecast-overview-1440.png'), fullPage: true });
    // Reached with the keyboard: the explanation shows on focus, not only on hover.
    await card.getByTestId('forecast-explanation').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const tooltip = page.locator('.mat-mdc-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('divided by the estimate-hours the team finished per week');

    await card.getByTestId('forecast-driver').first().click();
    // The link opens the task on the board.
    const title = page.getByRole('dialog').getByTestId('task-title');
    await title.waitFor();
    expect(await title.inputValue()).toBe('Migrate the accounts');
    expect(page.url()).toContain('/board');

    await page.goto(`${server.url}/projects/${projectId}/health`);
    const reason = page.getByTestId('health-reason').filter({ has: page.getByTestId('health-slip') });
    await reason.waitFor();
    expect(await reason.getAttribute('data-status')).toBe('RED');
    expect(await reason.getByTestId('health-slip-driver').allTextContents()).toEqual(['Migrate the accounts', 'Train the key users']);
    await expectAccessible(page, 'go-live-forecast-health-1440');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'go-live-forecast-health-1440.png'), fullPage: true });
    await page.close();

    const narrow = await signedIn(session, 390);
    await narrow.goto(`${server.url}/projects/${projectId}`);
    await narrow.getByTestId('forecast-verdict').and(narrow.locator('[data-tone="slipping"]')).waitFor();
    await expectAccessible(narrow, 'go-live-forecast-overview-390');
    await narrow.screenshot({ path: join(SCREENSHOT_DIR, 'go-live-forecast-overview-390.png'), fullPage: true });
    await narrow.goto(`${server.url}/projects/${projectId}/health`);
    await narrow.getByTestId('health-slip').waitFor();
    await expectAccessible(narrow, 'go-live-forecast-health-390');
    await narrow.screenshot({ path: join(SCREENSHOT_DIR, 'go-live-forecast-health-390.png'), fullPage: true });
    await narrow.close();
  });

  it('a program with nothing finished yet gets an honest “not enough progress” card and no alarm in health', async () => {
    const session = await server.api.signUp('Nia Newstart');
    const { createProject } = await server.api.ok<{ createProject: { id: string } }>(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      { input: { name: 'Tailspin HubSpot rollout', crmProduct: 'HubSpot', startDate: isoDaysFromToday(-5), targetGoLiveDate: isoDaysFromToday(3), template: 'EMPTY' } },
      session.token,
    );
    const { createPhase } = await server.api.ok<{ createPhase: { id: string } }>(
      'mutation($input: CreatePhaseInput!) { createPhase(input: $input) { id } }',
      { input: { projectId: createProject.id, name: 'Build', plannedStart: isoDaysFromToday(-5), plannedEnd: isoDaysFromToday(3) } },
      session.token,
    );
    // Far more work than the days left, but nothing finished yet: no pace, so no date to alarm anyone with.
    await server.api.ok(
      'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }',
      { input: { projectId: createProject.id, phaseId: createPhase.id, title: 'Configure the deal stages', roleKey: 'CRM_ADMIN', durationDays: 20, estimateHours: 120 } },
      session.token,
    );
    const page = await signedIn(session, 1440);
    await page.goto(`${server.url}/projects/${createProject.id}`);
    await page.getByTestId('forecast-empty').waitFor();
    expect(await page.getByTestId('forecast-verdict').textContent()).toContain('Not enough progress yet');
    await page.goto(`${server.url}/projects/${createProject.id}/health`);
    await page.getByTestId('health-status').waitFor();
    expect(await page.getByTestId('health-slip').count()).toBe(0);
    await page.close();
  });
});
