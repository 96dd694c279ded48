import { join } from 'node:path';

import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

describe('choosing a time zone on the profile', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function profilePage(width: number, height: number): Promise<Page> {
    const me = await server.api.signUp('Zoe Zone');
    // The browser sits in New York; the person works from elsewhere.
    const page = await (await browser.newContext({ viewport: { width, height }, timezoneId: 'America/New_York' })).newPage();
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), me);
    await page.goto(`${server.url}/profile`);
    await page.getByTestId('profile-time-zone').waitFor();
    return page;
  }

  const zoneField = (page: Page) => page.getByTestId('profile-time-zone');
  const options = (page: Page) => page.getByRole('listbox').getByRole('option');

  it('finds a zone by city, region or offset, picks it with the keyboard and keeps it', async () => {
    const page = await profilePage(1440, 900);
    // Until a zone is chosen, the browser's applies.
    await expect.poll(() => zoneField(page).inputValue()).toMatch(/^New York \(UTC−0[45]:00\)$/);

    await zoneField(page).fill('amst');
    await expect.poll(() => options(page).allTextContents()).toEqual([expect.stringMatching(/^\s*Amsterdam \(UTC\+0[12]:00\)\s*$/)]);
    expect(await page.getByRole('listbox').getByRole('group', { name: 'Europe' }).count()).toBe(1);

    await zoneField(page).fill('+5:30');
    await expect.poll(() => options(page).allTextContents()).toContainEqual(expect.stringMatching(/Kolkata \(UTC\+05:30\)/));
    // India and Sri Lanka share the offset; nothing else is listed.
    expect((await options(page).allTextContents()).every((text) => text.includes('(UTC+05:30)'))).toBe(true);

    await zoneField(page).fill('europe');
    await expect.poll(() => options(page).count()).toBeGreaterThan(30);
    expect(await options(page).allTextContents()).not.toContainEqual(expect.stringMatching(/Kiev/));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'time-zone-picker-1440.png') });

    await zoneField(page).fill('tokyo');
    await expect.poll(() => options(page).count()).toBe(1);
    await zoneField(page).press('ArrowDown');
    await zoneField(page).press('Enter');
    await expect.poll(() => zoneField(page).inputValue()).toBe('Tokyo (UTC+09:00)');
    await page.getByTestId('profile-save').click();
    await page.getByText('Profile saved.').waitFor();

    await page.reload();
    await expect.poll(() => zoneField(page).inputValue()).toBe('Tokyo (UTC+09:00)');
  });

  it('refuses a zone that is not on the list', async () => {
    const page = await profilePage(1440, 900);
    await zoneField(page).fill('Atlantis');
    await expect.poll(() => options(page).allTextContents()).toEqual([expect.stringMatching(/No time zone matches/)]);
    await page.keyboard.press('Escape');
    await page.getByTestId('profile-save').click();
    await page.getByText('Choose a time zone from the list.').waitFor();
  });

  it('fits a phone: the open list stays within 390 px', async () => {
    const page = await profilePage(390, 844);
    await zoneField(page).fill('america');
    await expect.poll(() => options(page).count()).toBeGreaterThan(10);
    const panel = await page.getByRole('listbox').boundingBox();
    expect(panel && panel.x >= 0 && panel.x + panel.width <= 390).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'time-zone-picker-390.png') });
  });
});
