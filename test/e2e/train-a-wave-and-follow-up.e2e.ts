import { join } from 'node:path';

import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function scheduleSession(page: Page, topic: string, date: string): Promise<void> {
  await page.getByTestId('schedule-session').first().click();
  await page.getByTestId('session-topic').fill(topic);
  await page.getByTestId('session-date').fill(date);
  await page.getByTestId('session-time').fill('09:00');
  await page.getByTestId('session-trainer').click({ force: true });
  await page.getByRole('option', { name: 'Tess Trainer' }).click();
  await page.getByTestId('session-submit').click();
  await page.getByTestId('session-topic').waitFor({ state: 'detached' });
}

const MONTH_TITLE = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthIndex = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();

/** Pages the calendar to the month of an ISO date, waiting for each page to show before the next. */
async function showMonth(page: Page, isoDate: string): Promise<void> {
  const heading = page.getByTestId('calendar-month');
  const target = new Date(`${isoDate.slice(0, 7)}-01T00:00:00Z`);
  for (let step = 0; step < 24; step += 1) {
    const shown = ((await heading.textContent()) ?? '').trim();
    if (shown === MONTH_TITLE.format(target)) return;
    const shownMonth = new Date(`${shown} 1 UTC`);
    await page.getByTestId(monthIndex(shownMonth) > monthIndex(target) ? 'calendar-previous' : 'calendar-next').click();
    await expect.poll(async () => ((await heading.textContent()) ?? '').trim()).not.toBe(shown);
  }
  throw new Error(`The calendar never showed ${MONTH_TITLE.format(target)}`);
}

/** Opens a session from the calendar page of the month it takes place in. */
async function openSession(page: Page, topic: string, isoDate: string): Promise<void> {
  await showMonth(page, isoDate);
  await page.getByTestId('calendar-session').filter({ hasText: topic }).first().click();
}

describe('a trainer following a wave through its first weeks', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('schedules sessions, takes attendance, and sees the compliance badge and the re-training list change', async () => {
    const session = await server.api.signUp('Tina Lead');
    const t = session.token;
    const { createProject } = await server.api.ok('mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }', {
      i: { name: 'Tailspin HubSpot rollout', crmProduct: 'HubSpot Sales Hub', startDate: day(-200), targetGoLiveDate: day(-20) },
    }, t);
    const p = createProject.id;
    const stamp = Date.now();
    const person = async (name: string) =>
      (await server.api.ok('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name, email: `${name.split(' ')[0].toLowerCase()}.${stamp}@example.test` } }, t)).createPerson.id;
    const trainer = await person('Tess Trainer');
    const learners = [await person('Kai Keen'), await person('Lou Late')];
    const assign = (roleKey: string, personId: string) =>
      server.api.ok('mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }', { i: { projectId: p, roleKey, personId, allocationPercent: 20 } }, t);
    await assign('TRAINER', trainer);
    for (const learner of learners) await assign('KEY_USER', learner);
    const { createRolloutWave } = await server.api.ok('mutation($i: CreateRolloutWaveInput!) { createRolloutWave(input: $i) { id } }', {
      i: { projectId: p, name: 'Pilot', scope: ['Head office'], goLiveDate: day(-20), readinessItems: [] },
    }, t);
    const waveId = createRolloutWave.id;
    await server.api.ok('mutation($i: SetWaveKeyUsersInput!) { setWaveKeyUsers(input: $i) { id } }', { i: { waveId, personIds: learners } }, t);

    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
    await page.goto(`${server.url}/projects/${p}/training?wave=${waveId}`);
    const badge = page.getByTestId('compliance-badge').first();
    await expect.poll(() => badge.getAttribute('data-status')).toBe('NOT_PLANNED');

    await scheduleSession(page, 'Getting started', day(-15));
    await expect.poll(() => badge.getAttribute('data-status')).toBe('UNDER');
    expect(await page.getByTestId('retraining-entry').count()).toBe(0);

    // Lou missed the first session; Kai came.
    await openSession(page, 'Getting started', day(-15));
    const roster = page.getByTestId('attendance-roster');
    await roster.locator(`[data-testid="attendance-row"][data-person-id="${learners[1]}"]`).getByTestId('attendance-absent').click();
    await page.getByTestId('mark-all-attended').click();
    await page.getByTestId('save-attendance').click();
    await expect.poll(() => roster.locator(`[data-testid="attendance-row"][data-person-id="${learners[0]}"]`).getAttribute('data-status')).toBe('ATTENDED');
    await page.keyboard.press('Escape');
    await roster.waitFor({ state: 'detached' });

    const retraining = page.getByTestId('retraining-entry');
    await expect.poll(() => retraining.count()).toBe(1);
    expect(await retraining.first().textContent()).toMatch(/Lou Late.*1/s);

    // On track takes 3 sessions and no stretch of more than 30 days without one up to day 70 (go-live + 90).
    await scheduleSession(page, 'Working your pipeline', day(10));
    await scheduleSession(page, 'Reports and dashboards', day(40));
    await expect.poll(() => badge.getAttribute('data-status')).toBe('ON_TRACK');
    await expectAccessible(page, 'training-wave');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'training-wave.png'), fullPage: true });

    const compliance = await server.api.ok('query($w: ID!) { trainingCompliance(waveId: $w) { status sessionsInWindow } retrainingList(waveId: $w) { person { id } missed } }', { w: waveId }, t);
    expect(compliance.trainingCompliance).toEqual({ status: 'ON_TRACK', sessionsInWindow: 3 });
    expect(compliance.retrainingList).toEqual([{ person: { id: learners[1] }, missed: 1 }]);
  });
});
