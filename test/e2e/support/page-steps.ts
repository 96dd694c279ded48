import { join } from 'node:path';

import { Page } from 'playwright-core';
import { expect } from 'vitest';

import { expectAccessible } from './accessibility';
import { SCREENSHOT_DIR } from './browser';

/**
 * The same screen 1440 and 390 px wide, once any dialog has finished opening: `<name>-1440.png`,
 * `<name>-390.png`, each checked for accessibility first.
 */
export async function shootBothWidths(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.mdc-dialog--opening'));
  await page.setViewportSize({ width: 1440, height: 900 });
  await expectAccessible(page, `${name}-1440`);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-1440.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, `${name}-390`);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Picks an option of a Material select, waiting for its panel to open and close (DEVELOPMENT.md §5). */
export async function pick(page: Page, testId: string, option: string): Promise<void> {
  const select = page.getByTestId(testId);
  await select.click({ force: true });
  await expect.poll(() => select.getAttribute('aria-expanded'), { timeout: 20_000 }).toBe('true');
  await page.getByRole('option', { name: option }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}
