import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { Browser, chromium } from 'playwright-core';

export const SCREENSHOT_DIR = join(__dirname, '..', '..', '..', 'tmp', 'e2e-screenshots');

/** Debian's Chromium; browser downloads cannot work on this machine. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
