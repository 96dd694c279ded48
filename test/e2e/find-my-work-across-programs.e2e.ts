import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

/** Today where the browser is, as the page judges "due today". */
const localDay = (offsetDays = 0) => {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('finding my work across programs', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists my tasks of two programs under their due headings, filters to risks, and opens a task on its board', async () => {
    const me = await server.api.signUp('Wendy Worker');
    const person = await server.api.ok<{ createPerson: { id: string } }>(
      'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }',
      { i: { name: 'Wendy Worker', email: me.user.email } },
      me.token,
    );
    const programs: { id: string; phases: { id: string }[] }[] = [];
    for (const name of ['Contoso Dynamics rollout', 'Fabrikam HubSpot rollout']) {
      const created = await server.api.ok<{ createProject: { id: string; phases: { id: string }[] } }>(
        'mutation($i: CreateProjectInput!) { createProject(input: $i) { id phases { id } } }',
        { i: { name, crmProduct: 'Dynamics 365', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' } },
        me.token,
      );
      programs.push(created.createProject);
    }
    const task = (projectIndex: number, title: string, dueDate: string) =>
      server.api.ok(
        'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }',
        { i: { projectId: programs[projectIndex].id, phaseId: programs[projectIndex].phases[0].id, title, roleKey: 'DATA_STEWARD', assigneeId: person.createPerson.id, dueDate } },
        me.token,
      );
    await task(0, 'Send the account extract', localDay(-1));
    await task(1, 'Agree the field mapping', localDay(0));
    await server.api.ok(
      'mutation($i: CreateRiskInput!) { createRisk(input: $i) { id } }',
      { i: { projectId: programs[1].id, title: 'Extract arrives late', likelihood: 3, impact: 4, ownerId: person.createPerson.id } },
      me.token,
    );

    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), me);
    await page.goto(`${server.url}/projects`);
    await page.getByTestId('nav-my-work').click();
    await page.getByTestId('my-work-kinds').waitFor();

    const overdue = page.getByTestId('group-OVERDUE');
    expect(await overdue.getByTestId('my-work-link').allTextContents()).toEqual(['Send the account extract']);
    expect(await overdue.textContent()).toContain('Contoso Dynamics rollout');
    expect(await page.getByTestId('group-TODAY').getByTestId('my-work-link').allTextContents()).toEqual(['Agree the field mapping']);
    await expectAccessible(page, 'my-work');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'my-work.png') });

    await page.getByTestId('kind-RISK').click();
    await expect.poll(() => page.getByTestId('my-work-item').count()).toBe(1);
    expect(page.url()).toMatch(/kind=RISK$/);
    await page.getByTestId('kind-ALL').click();
    await expect.poll(() => page.getByTestId('my-work-item').count()).toBeGreaterThan(2);

    await page.getByTestId('group-TODAY').getByTestId('my-work-link').click();
    await expect.poll(() => page.getByRole('dialog').getByLabel('Title').inputValue()).toBe('Agree the field mapping');
    expect(page.url()).toContain(`/projects/${programs[1].id}/board`);
  });
});
