import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

const SAMPLE = join(__dirname, '../../libs/domain/src/plan-io/fixtures/crm-rollout.xml');

describe('a program manager bringing a plan over from MS Project', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const newProgram = async (token: string, name: string) =>
    (
      await server.api.ok<{ createProject: { id: string } }>(
        'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
        { input: { name, crmProduct: 'Dynamics 365', startDate: '2027-03-01', targetGoLiveDate: '2027-06-30', template: 'EMPTY' } },
        token,
      )
    ).createProject.id;

  it('imports an MS Project file from the timeline, sees its tasks drawn, and downloads the plan back as MS Project XML', async () => {
    const session = await server.api.signUp('Ida Import');
    const projectId = await newProgram(session.token, 'Northwind Dynamics');
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce', acceptDownloads: true });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
    await page.goto(`${server.url}/projects/${projectId}/timeline`);

    await page.getByTestId('plan-import-open').click();
    await page.getByTestId('plan-import-file').setInputFiles(SAMPLE);
    await expect.poll(() => page.getByTestId('plan-import-chosen').textContent()).toBe('Ready to import “crm-rollout.xml”.');
    await expectAccessible(page, 'import-plan-dialog-1440');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-plan-dialog-1440.png') });
    await page.getByTestId('plan-import-submit').click();
    await expect.poll(() => page.getByTestId('plan-import-summary').textContent()).toContain('Imported 5 tasks, 2 milestones, 2 new phases and 4 links from “crm-rollout.xml”.');
    await expectAccessible(page, 'import-plan-done-1440');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-plan-done-1440.png') });
    await page.getByTestId('plan-import-close').click();

    // The timeline loads again and draws what came in.
    await expect.poll(() => page.getByTestId('timeline-task').count()).toBe(5);
    await expect.poll(() => page.getByTestId('timeline-milestone').count()).toBe(2);
    await expectAccessible(page, 'import-plan-timeline-1440');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-plan-timeline-1440.png') });

    await page.getByTestId('plan-export').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-export-mspdi').click()]);
    expect(download.suggestedFilename()).toBe('northwind-dynamics-plan.xml');
    const xml = await readFile(await download.path(), 'utf8');
    expect(xml).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
    expect(xml).toContain('<Name>Train the key users</Name>');
  });

  it('on a phone, lists the rows of a pasted CSV that need fixing, and imports nothing', async () => {
    const session = await server.api.signUp('Pia Phone');
    const projectId = await newProgram(session.token, 'Fabrikam HubSpot');
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
    await page.goto(`${server.url}/projects/${projectId}/timeline`);
    await page.getByTestId('plan-export').waitFor();
    await expectAccessible(page, 'import-plan-timeline-390');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-plan-timeline-390.png') });

    await page.getByTestId('plan-import-open').click();
    await page.getByTestId('plan-import-format').locator('button', { hasText: 'CSV' }).click();
    await page.getByTestId('plan-import-template').waitFor();
    await expectAccessible(page, 'import-plan-csv-390');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-plan-csv-390.png') });
    const csv = ['title,phase,role,start,finish,duration,predecessors', 'Kick-off,Analysis,Wizard,2027-03-01,,1,', 'Workshops,Analysis,Trainer,2027-03-02,,3,2; 4'].join('\n');
    await page.getByTestId('plan-import-text').fill(csv);
    await page.getByTestId('plan-import-submit').click();
    await page.getByTestId('plan-import-errors').waitFor();
    await expect.poll(() => page.getByTestId('plan-import-error').count()).toBe(2);
    expect(await page.getByTestId('plan-import-error').first().textContent()).toContain('This program has no role “Wizard”');
    // The list is brought into view: on a phone it is above what the dialog had scrolled to.
    await expect.poll(() => page.getByTestId('plan-import-errors').evaluate((list) => list === document.activeElement)).toBe(true);
    expect(await page.getByTestId('plan-import-errors').isVisible()).toBe(true);
    await expectAccessible(page, 'import-plan-errors-390');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'import-plan-errors-390.png') });
    const tasks = await server.api.ok<{ tasks: { totalCount: number } }>('query($p: ID!) { tasks(projectId: $p, first: 1) { totalCount } }', { p: projectId }, session.token);
    expect(tasks.tasks.totalCount).toBe(0);
  });
});
