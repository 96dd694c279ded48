import { join } from 'node:path';

import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';
import { boardUrlOf, DESKTOP, PHONE, signedInPage, twoColleaguesOnAProgram } from './support/two-colleagues';

/** Generous: the bell should change within a second or two, but a loaded machine must not fail the journey for it. */
const ARRIVAL_LIMIT_MS = 20_000;

/** After the menus' and dialogs' opening transitions have run (endless ones, a spinner, do not count). */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity));
  await expectAccessible(page, name);
  await page.screenshot({ path: join(SCREENSHOT_DIR, name) });
}

describe('mentioning a colleague in a comment', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("rings the colleague's bell without a reload, and its notification opens the task at the comment", async () => {
    const setup = await twoColleaguesOnAProgram(server);
    const { owner, colleague, taskId, taskTitle } = setup;

    // The colleague is on the projects list; their bell has nothing yet.
    const colleaguePage = await signedInPage(browser, server.url, colleague);
    await colleaguePage.goto(`${server.url}/projects`);
    const bell = colleaguePage.getByTestId('notification-bell');
    await expect.poll(() => bell.getAttribute('aria-label'), { timeout: ARRIVAL_LIMIT_MS }).toBe('Notifications');
    await colleaguePage.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // The owner opens the task from the board.
    const ownerPage = await signedInPage(browser, server.url, owner);
    await ownerPage.goto(boardUrlOf(server, setup));
    await ownerPage.locator(`[data-testid="task-card"][data-task-id="${taskId}"]`).getByRole('button', { name: taskTitle, exact: true }).click();
    const dialog = ownerPage.getByRole('dialog');
    const thread = dialog.getByTestId('comment-thread');
    await thread.getByTestId('comments-empty').waitFor();

    // `@` and the first letters offer the colleague; the arrows and Enter pick them.
    const input = thread.getByTestId('comment-composer-input');
    await input.click();
    await input.pressSequentially('Could @Ca');
    const options = thread.getByTestId('comment-composer-mentions').getByRole('option');
    await options.filter({ hasText: colleague.user.name }).waitFor();
    const labels = await options.allTextContents();
    const index = labels.findIndex((label) => label.includes(colleague.user.name));
    for (let i = 0; i < index; i++) await input.press('ArrowDown');
    await expect.poll(() => options.nth(index).getAttribute('aria-selected')).toBe('true');
    await thread.scrollIntoViewIfNeeded();
    await shot(ownerPage, 'comment-mention-autocomplete.png');
    await input.press('Enter');
    await expect.poll(() => input.inputValue()).toBe(`Could @${colleague.user.name} `);
    await input.pressSequentially('check the **import** before Friday?');
    await input.press('Control+Enter');

    const comment = thread.getByTestId('comment').filter({ hasText: `@${colleague.user.name}` });
    await comment.waitFor();
    expect(await comment.getByTestId('comment-body').locator('strong').textContent()).toBe('import');
    await expect.poll(() => input.inputValue()).toBe('');
    await thread.getByTestId('comment-count').filter({ hasText: '1' }).waitFor();
    await shot(ownerPage, 'comment-thread-desktop.png');

    // The colleague's bell shows it without a reload.
    await expect.poll(() => bell.getAttribute('aria-label'), { timeout: ARRIVAL_LIMIT_MS }).toBe('Notifications, 1 unread');
    expect(await colleaguePage.getByTestId('notification-count').textContent()).toBe('1');
    expect(await colleaguePage.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    await bell.click();
    const item = colleaguePage.getByTestId('notification-item').filter({ hasText: `${owner.user.name} mentioned you` });
    await item.waitFor();
    expect(await item.textContent()).toContain(taskTitle);
    await shot(colleaguePage, 'notification-bell-menu-desktop.png');
    await item.click();

    // The link opens the board with the task's dialog and the comment in it.
    await colleaguePage.waitForURL(new RegExp(`/projects/${setup.projectId}/board`));
    const landed = colleaguePage.getByRole('dialog').getByTestId('comment').filter({ hasText: `@${colleague.user.name}` });
    await landed.waitFor({ timeout: ARRIVAL_LIMIT_MS });
    await expect.poll(() => landed.evaluate((el) => { const box = el.getBoundingClientRect(); return box.top >= 0 && box.bottom <= window.innerHeight; })).toBe(true);
    await expect.poll(() => bell.getAttribute('aria-label'), { timeout: ARRIVAL_LIMIT_MS }).toBe('Notifications');

    // The inbox keeps it, read now.
    await colleaguePage.keyboard.press('Escape');
    await colleaguePage.getByRole('dialog').waitFor({ state: 'detached' });
    await colleaguePage.goto(`${server.url}/notifications`);
    const inboxItem = colleaguePage.getByTestId('inbox-item').filter({ hasText: `${owner.user.name} mentioned you` });
    await inboxItem.waitFor();
    expect(await inboxItem.getByTestId('inbox-mark-read').count()).toBe(0);
    // It quotes the comment as it reads, not its Markdown.
    expect(await inboxItem.getByTestId('inbox-item-body').textContent()).toBe(`Could @${colleague.user.name} check the import before Friday?`);
    await shot(colleaguePage, 'notifications-inbox-desktop.png');

    // Where each kind reaches them, on the profile page.
    await colleaguePage.goto(`${server.url}/profile`);
    const preferences = colleaguePage.getByTestId('notification-preferences');
    await preferences.getByTestId('preferences-save').waitFor();
    await preferences.scrollIntoViewIfNeeded();
    await preferences.screenshot({ path: join(SCREENSHOT_DIR, 'notification-preferences-desktop.png') });

    // On a phone: the bell's menu and the thread.
    await colleaguePage.setViewportSize(PHONE);
    await colleaguePage.goto(`${server.url}/projects`);
    await bell.click();
    await colleaguePage.getByTestId('notification-item').first().waitFor();
    await shot(colleaguePage, 'notification-bell-menu-phone.png');
    await colleaguePage.getByTestId('notification-item').first().click();
    const phoneThread = colleaguePage.getByRole('dialog').getByTestId('comment-thread');
    await phoneThread.getByTestId('comment').first().waitFor();
    await phoneThread.getByTestId('comment-composer-input').pressSequentially('On it, @c');
    await phoneThread.getByTestId('comment-composer-mentions').getByRole('option').filter({ hasText: colleague.user.name }).waitFor();
    await phoneThread.scrollIntoViewIfNeeded();
    await shot(colleaguePage, 'comment-thread-phone.png');
    await colleaguePage.setViewportSize(DESKTOP);
  });
});
