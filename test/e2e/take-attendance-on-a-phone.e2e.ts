import { join } from 'node:path';

import { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { openProgramArea } from './support/program-areas';
import { RunningServer, startServer } from './support/server';

const PHONE = { width: 390, height: 844 };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The page is as wide as the phone: nothing to scroll sideways to. */
async function fitsThePhone(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

/** A fingertip needs about 44 × 44 CSS pixels to hit a control without hitting its neighbour. */
async function bigEnoughToTap(control: Locator): Promise<void> {
  const box = await control.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(44);
  expect(box?.height).toBeGreaterThanOrEqual(44);
}

describe('a trainer taking attendance on a phone in the training room', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens the session from the side navigation, taps who came, saves, and no page scrolls sideways', async () => {
    const me = await server.api.signUp('Tess Trainer');
    const t = me.token;
    const { createProject } = await server.api.ok<{ createProject: { id: string; phases: { id: string }[] } }>(
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { id phases { id } } }',
      { i: { name: 'Northwind Salesforce rollout in the Benelux', crmProduct: 'Salesforce Sales Cloud', startDate: day(-200), targetGoLiveDate: day(-20) } },
      t,
    );
    const p = createProject.id;
    const stamp = Date.now();
    const person = async (name: string, email = `${name.split(' ')[0].toLowerCase()}.${stamp}@example.test`) =>
      (await server.api.ok<{ createPerson: { id: string } }>('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name, email } }, t)).createPerson.id;
    const trainer = await person('Tess Trainer', me.user.email);
    const kai = await person('Kai Keen');
    const lou = await person('Lou Late');
    const assign = (roleKey: string, personId: string) =>
      server.api.ok('mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }', { i: { projectId: p, roleKey, personId, allocationPercent: 20 } }, t);
    await assign('TRAINER', trainer);
    await assign('KEY_USER', kai);
    await assign('KEY_USER', lou);
    const { createRolloutWave } = await server.api.ok<{ createRolloutWave: { id: string } }>(
      'mutation($i: CreateRolloutWaveInput!) { createRolloutWave(input: $i) { id } }',
      { i: { projectId: p, name: 'Pilot Antwerp', scope: ['Antwerp branch'], goLiveDate: day(-20), readinessItems: [] } },
      t,
    );
    const waveId = createRolloutWave.id;
    await server.api.ok('mutation($i: SetWaveKeyUsersInput!) { setWaveKeyUsers(input: $i) { id } }', { i: { waveId, personIds: [kai, lou] } }, t);
    // The session began an hour ago, so attendance can be taken now.
    const startsAt = new Date(Date.now() - 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    await server.api.ok(
      'mutation($i: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $i) { id } }',
      { i: { waveId, topic: 'Working your pipeline', startsAt, durationMinutes: 90, trainerId: trainer, location: 'Room 2.14' } },
      t,
    );
    await server.api.ok(
      'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }',
      { i: { projectId: p, phaseId: createProject.phases[0].id, title: 'Print the cheat sheets for the pilot', roleKey: 'TRAINER', assigneeId: trainer, dueDate: day(0) } },
      t,
    );

    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), me);

    await page.goto(`${server.url}/projects/${p}/overview`);
    await page.getByTestId('project-name').waitFor();
    await page.getByTestId('next-milestone').waitFor();
    await fitsThePhone(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'phone-overview.png'), fullPage: true });

    // The program's sections are a drawer behind the top bar's Sections button.
    await page.getByTestId('open-program-nav').tap();
    const nav = page.getByRole('navigation', { name: 'Program sections' });
    // The drawer opens after the tap is handled; wait for it, then check there is exactly one.
    await nav.getByTestId('project-tab-training').waitFor({ state: 'visible' });
    expect(await nav.count()).toBe(1);
    expect(await nav.getByTestId('project-tab-overview').getAttribute('aria-current')).toBe('page');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'phone-program-nav.png') });
    await nav.getByTestId('project-tab-training').tap();
    await page.waitForURL(/\/training/);
    await nav.getByTestId('project-tab-training').waitFor({ state: 'hidden' });

    await page.getByTestId('calendar-session').filter({ hasText: 'Working your pipeline' }).first().tap();
    const roster = page.getByTestId('attendance-roster');
    await roster.waitFor();
    const row = (personId: string) => roster.locator(`[data-testid="attendance-row"][data-person-id="${personId}"]`);
    await bigEnoughToTap(row(kai).getByTestId('attendance-attended'));
    await bigEnoughToTap(row(lou).getByTestId('attendance-absent'));
    await row(kai).getByTestId('attendance-attended').tap();
    await row(lou).getByTestId('attendance-absent').tap();
    await expect.poll(() => row(kai).getAttribute('data-status')).toBe('ATTENDED');
    await expect.poll(() => row(lou).getAttribute('data-status')).toBe('ABSENT');
    await fitsThePhone(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'phone-attendance-roster.png') });
    await bigEnoughToTap(page.getByTestId('save-attendance'));
    await page.getByTestId('save-attendance').tap();
    await expect.poll(() => page.getByTestId('save-attendance').textContent()).toMatch(/^\s*Save attendance\s*$/);
    const saved = await server.api.ok<{ trainingSessions: { attendance: { person: { id: string }; status: string }[] }[] }>(
      'query($w: ID!) { trainingSessions(waveId: $w) { attendance { person { id } status } } }',
      { w: waveId },
      t,
    );
    expect(Object.fromEntries(saved.trainingSessions[0].attendance.map((line) => [line.person.id, line.status]))).toEqual({ [kai]: 'ATTENDED', [lou]: 'ABSENT' });
    await page.keyboard.press('Escape');
    await roster.waitFor({ state: 'detached' });
    await fitsThePhone(page);

    await openProgramArea(page, 'health');
    await page.getByTestId('health-status').waitFor();
    await fitsThePhone(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'phone-health.png'), fullPage: true });

    await page.getByTestId('nav-my-work').tap();
    const link = page.getByTestId('my-work-link').filter({ hasText: 'Print the cheat sheets for the pilot' });
    await link.waitFor();
    await fitsThePhone(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'phone-my-work.png'), fullPage: true });

    await link.tap();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByTestId('task-title').inputValue()).toBe('Print the cheat sheets for the pilot');
    await fitsThePhone(page);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'phone-task-detail.png') });
    await context.close();
  });
});
