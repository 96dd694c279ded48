import { join } from 'node:path';

import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { focusedName, tabOrder } from './support/keyboard';
import { RunningServer, startServer } from './support/server';
import type { Session } from './support/two-colleagues';

const TASK = 'Import the customer list';

/** The current month's day, so the training calendar opens on the session. */
function thisMonth(day: number): string {
  return `${new Date().toISOString().slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/** The column of the card that has the focus, or null when the focus is on no card. */
function focusedCardColumn(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-testid="board-column"]')?.dataset['status'] ?? null);
}

function focusedCardTask(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-testid="task-card"]')?.dataset['taskId'] ?? null);
}

/** Tabs forward until the focused element is called `name`; fails after `limit` presses. */
async function tabTo(page: Page, name: string, limit = 40): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)) === name) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${name}`);
}

describe('a keyboard user', () => {
  let server: RunningServer;
  let browser: Browser;
  let session: Session;
  let projectId: string;
  let taskId: string;
  let waveId: string;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    session = await server.api.signUp('Kim Keys');
    const t = session.token;
    const { createProject } = await server.api.ok('mutation($i: CreateProjectInput!) { createProject(input: $i) { id phases { id } } }', {
      i: { name: 'Contoso Salesforce rollout', crmProduct: 'Salesforce', startDate: '2026-09-01', targetGoLiveDate: '2027-06-30' },
    }, t);
    projectId = createProject.id;
    const { createTask } = await server.api.ok('mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }', {
      i: { projectId, phaseId: createProject.phases[0].id, title: TASK, roleKey: 'CRM_ADMIN' },
    }, t);
    taskId = createTask.id;
    const person = async (name: string) =>
      (await server.api.ok('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name, email: `${name.split(' ')[0].toLowerCase()}.${Date.now()}@example.test` } }, t)).createPerson.id as string;
    const trainer = await person('Tess Trainer');
    const learners = [await person('Kai Keen'), await person('Lou Late')];
    const assign = (roleKey: string, personId: string) =>
      server.api.ok('mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }', { i: { projectId, roleKey, personId, allocationPercent: 20 } }, t);
    await assign('TRAINER', trainer);
    for (const learner of learners) await assign('KEY_USER', learner);
    const { createRolloutWave } = await server.api.ok('mutation($i: CreateRolloutWaveInput!) { createRolloutWave(input: $i) { id } }', {
      i: { projectId, name: 'Pilot', scope: ['Head office'], goLiveDate: thisMonth(1), readinessItems: [] },
    }, t);
    waveId = createRolloutWave.id;
    await server.api.ok('mutation($i: SetWaveKeyUsersInput!) { setWaveKeyUsers(input: $i) { id } }', { i: { waveId, personIds: learners } }, t);
    // Held on the 2nd, so attendance can be recorded (a session not yet started only takes excuses).
    await server.api.ok('mutation($i: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $i) { id } }', {
      i: { waveId, topic: 'Getting started', startsAt: `${thisMonth(2)}T09:00:00Z`, durationMinutes: 90, trainerId: trainer },
    }, t);

    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('moves a card column by column with Alt+Arrow keys and the Move menu, the focus staying on the card', async () => {
    await page.goto(`${server.url}/projects/${projectId}/board?q=${encodeURIComponent('customer list')}`);
    await page.locator(`[data-testid="task-card"][data-task-id="${taskId}"]`).waitFor();
    await expectAccessible(page, 'the board narrowed to one card');
    const announcement = page.getByTestId('board-announcement');
    const saved = () => page.locator(`[data-testid="task-card"][data-task-id="${taskId}"]:not(.moving)`).waitFor();

    await page.getByTestId('new-task').focus();
    await tabTo(page, `button "${TASK}"`);
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => focusedCardColumn(page)).toBe('IN_PROGRESS');
    expect(await focusedCardTask(page)).toBe(taskId);
    await expect.poll(() => announcement.textContent()).toBe(`Moved “${TASK}” to In progress`);
    await saved();

    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => focusedCardColumn(page)).toBe('BLOCKED');
    await saved();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => focusedCardColumn(page)).toBe('IN_PROGRESS');
    await expect.poll(() => announcement.textContent()).toBe(`Moved “${TASK}” to In progress`);
    await saved();

    // The Move menu, by keyboard: the card keeps the focus once the menu has closed.
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe(`button "Move ${TASK} to another column"`);
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Move to Done' }).waitFor();
    await tabToMenuItem(page, 'Move to Done');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedCardColumn(page)).toBe('DONE');
    expect(await focusedCardTask(page)).toBe(taskId);
    await saved();

    const { task } = await server.api.ok('query($id: ID!) { task(id: $id) { status } }', { id: taskId }, session.token);
    expect(task.status).toBe('DONE');
  });

  it('walks the board, the timeline and the attendance roster with Tab in the order they are drawn', async () => {
    await page.goto(`${server.url}/projects/${projectId}/board`);
    await page.getByTestId('task-card').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'keyboard-board.png') });
    // Left to right across the filters, then down the first column card by card.
    const firstCards = (await page.locator('[data-testid="board-column"][data-status="TODO"] [data-testid="task-card"] button.title').allTextContents()).map((t) => t.trim());
    await page.getByTestId('new-task').focus();
    expect(await tabOrder(page, 11)).toEqual([
      'searchbox "Search titles"',
      'combobox "Roles"',
      'combobox "Owner"',
      'combobox "Phase"',
      'checkbox "Overdue only"',
      'checkbox "Unowned only"',
      'region "To do cards, scroll for more"',
      `button "${firstCards[0]}"`,
      `button "Move ${firstCards[0]} to another column"`,
      `button "${firstCards[1]}"`,
      `button "Move ${firstCards[1]} to another column"`,
    ]);

    await page.goto(`${server.url}/projects/${projectId}/timeline`);
    await page.locator('.row-name').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'keyboard-timeline.png') });
    // The controls above the chart left to right, then the chart's phases top to bottom.
    const phases = (await page.getByTestId('timeline-phase').allTextContents()).map((t) => t.trim());
    await page.getByTestId('timeline-phase-picker').focus();
    expect(await tabOrder(page, 13)).toEqual([
      'button "Import plan"',
      'button "Export"',
      'button "Baselines"',
      'radio "Months"',
      'button "Export PNG"',
      'button "Export PDF"',
      'button "Print"',
      expect.stringMatching(/^button "Critical path \(\d+ working days\)"$/),
      'text "Phases and tasks"',
      `button "${phases[0]}, phase"`,
      `button "Edit phase ${phases[0]}"`,
      `button "${phases[1]}, phase"`,
      `button "Edit phase ${phases[1]}"`,
    ]);

    await page.goto(`${server.url}/projects/${projectId}/training?wave=${waveId}`);
    await page.getByTestId('calendar-session').first().click();
    const roster = page.getByTestId('attendance-roster');
    await roster.waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'keyboard-attendance-roster.png') });
    // Person by person, each row's choices left to right and its Remove last.
    await roster.locator('button').first().focus();
    expect([await focusedName(page), ...(await tabOrder(page, 7))]).toEqual([
      'button "Attended"',
      'button "Excused"',
      'button "Absent"',
      'button "Remove Kai Keen from the roster"',
      'button "Attended"',
      'button "Excused"',
      'button "Absent"',
      'button "Remove Lou Late from the roster"',
    ]);
  });
});

/** Arrows down a Material menu to the item called `name`. */
async function tabToMenuItem(page: Page, name: string): Promise<void> {
  for (let step = 0; step < 6; step += 1) {
    if ((await focusedName(page)) === `menuitem "${name}"`) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`The menu never focused ${name}`);
}
