import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

interface SeededPhase {
  id: string;
  name: string;
  plannedStart: string;
  plannedEnd: string;
  milestones: { id: string; name: string }[];
  exitCriteria: { id: string; label: string }[];
}

describe('a program manager re-planning on the overview and the timeline', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('adds a phase of their own in its place, rewords a criterion, moves a milestone, and renames the phase from the timeline', async () => {
    const session = await server.api.signUp('Robin Replan');
    const created = await server.api.ok<{ createProject: { id: string; phases: SeededPhase[] } }>(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) {
         id phases { id name plannedStart plannedEnd milestones { id name } exitCriteria { id label } } } }`,
      { input: { name: 'Contoso HubSpot rollout', crmProduct: 'HubSpot', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' } },
      session.token,
    );
    const project = created.createProject;
    const [first, second, third] = project.phases;

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
    await page.goto(`${server.url}/projects/${project.id}/overview`);
    const cards = page.getByTestId('phase-card');
    await cards.first().waitFor();

    // Starting the day the second phase starts, a phase of their own goes right after it (dates typed as ISO days).
    expect(third.plannedStart > second.plannedStart).toBe(true);
    await page.getByTestId('add-phase').click();
    await page.getByTestId('phase-name').fill('Data migration');
    await page.getByTestId('phase-start').fill(second.plannedStart);
    await page.getByTestId('phase-end').fill(second.plannedEnd);
    await page.getByTestId('phase-submit').click();
    await page.getByTestId('phase-name').waitFor({ state: 'detached' });
    await cards.nth(5).waitFor();
    expect(await cards.locator('h3').allTextContents()).toEqual([first.name, second.name, 'Data migration', ...project.phases.slice(2).map((p) => p.name)]);

    // Reword the first exit criterion of the first phase.
    await cards.first().getByTestId('edit-criterion').first().click();
    await page.getByTestId('criterion-label').fill('Business goals approved by the sponsor and the steering board');
    await page.getByTestId('criterion-label').press('Enter');
    await cards.first().getByText('Business goals approved by the sponsor and the steering board').waitFor();

    // Move the first phase's first milestone into the second phase, and send its reminders to the business analyst.
    const moved = first.milestones[0].name;
    await cards.first().getByTestId('edit-milestone').first().click();
    await page.getByTestId('milestone-phase').click({ force: true });
    await page.getByRole('option', { name: second.name }).click();
    // The phase list must be gone before the next select is opened: a click while its panel
    // closes lands on the closing backdrop and opens nothing.
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    const ownerRole = page.getByTestId('milestone-owner-role');
    await ownerRole.click({ force: true });
    await expect.poll(() => ownerRole.getAttribute('aria-expanded'), { timeout: 20_000 }).toBe('true');
    await page.getByRole('option', { name: 'Business analyst' }).click();
    await expectAccessible(page, 'edit-the-plan-milestone-dialog');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'edit-the-plan-milestone-dialog.png') });
    await page.getByTestId('milestone-submit').click();
    await cards.nth(1).getByTestId('milestone-item').filter({ hasText: moved }).waitFor();
    expect(await cards.first().getByTestId('milestone-item').filter({ hasText: moved }).count()).toBe(0);
    const owner = await server.api.ok<{ projectTimeline: { milestones: { id: string; ownerRoleKey: string | null }[] } }>(
      'query($p: ID!) { projectTimeline(projectId: $p) { milestones { id ownerRoleKey } } }',
      { p: project.id },
      session.token,
    );
    expect(owner.projectTimeline.milestones.find((m) => m.id === first.milestones[0].id)?.ownerRoleKey).toBe('BUSINESS_ANALYST');
    await expectAccessible(page, 'edit-the-plan-overview');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'edit-the-plan-overview.png') });

    // The timeline opens the same phase dialog from the edit button beside the phase's name.
    await page.goto(`${server.url}/projects/${project.id}/timeline`);
    await page.getByRole('button', { name: 'Edit phase Data migration', exact: true }).click();
    await page.getByTestId('phase-name').fill('Data migration and cleansing');
    await page.getByTestId('phase-submit').click();
    await page.getByTestId('timeline-phase').filter({ hasText: 'Data migration and cleansing' }).waitFor();
    await expectAccessible(page, 'edit-the-plan-timeline');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'edit-the-plan-timeline.png') });
    await page.close();
  });
});
