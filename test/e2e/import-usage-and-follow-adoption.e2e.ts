import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { fieldSalesWave } from './support/field-sales-wave';
import { RunningServer, startServer } from './support/server';

describe('a program team reading adoption from the CRM', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('imports a Salesforce login history, sees two inactive people on the re-training list and the adoption KPI measured', async () => {
    const session = await server.api.signUp('Ada Adoption');
    const t = session.token;
    const { projectId: p, waveId, loginHistoryFile: file, contractorEmail } = await fieldSalesWave(server, t);

    for (const [width, height] of [
      [1440, 1000],
      [390, 844],
    ]) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(server.url);
      await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
      await page.goto(`${server.url}/projects/${p}/training?wave=${waveId}`);
      const card = page.getByTestId('adoption-card');
      await card.waitFor();

      if (width === 1440) {
        await card.getByTestId('adoption-empty').waitFor();
        await card.getByTestId('import-usage').click();
        await expect.poll(() => page.getByTestId('usage-format-hint').textContent()).toContain('Login History');
        await page.getByTestId('usage-file-input').setInputFiles(file);
        await page.getByTestId('usage-import-submit').click();
        const result = page.getByTestId('usage-import-result');
        await result.waitFor();
        expect(await result.textContent()).toContain('2 people put on the re-training list for not using the CRM.');
        expect(await page.getByTestId('usage-unmatched').textContent()).toContain(contractorEmail);
        await expectAccessible(page, 'usage-import-result-1440');
        await page.screenshot({ path: join(SCREENSHOT_DIR, 'usage-import-result-1440.png') });
        await page.getByRole('button', { name: 'Done' }).click();
        await result.waitFor({ state: 'detached' });
      }

      await expect.poll(() => card.getByTestId('adoption-ratio').textContent()).toContain('67 %');
      expect(await card.getByTestId('adoption-active7').textContent()).toContain('1');
      expect(await card.getByTestId('adoption-licensed').textContent()).toContain('3');
      const inactive = card.getByTestId('adoption-inactive-person');
      expect(await inactive.allTextContents()).toEqual([
        expect.stringContaining('Amara Diallo'),
        expect.stringContaining('Tomas Lindqvist'),
      ]);
      await expect.poll(() => page.getByTestId('retraining-entry').count()).toBe(2);
      expect(await page.getByTestId('retraining-inactive').count()).toBe(2);
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: join(SCREENSHOT_DIR, `adoption-card-${width}.png`) });
      await page.close();
    }

    const { kpis } = await server.api.ok('query($p: ID!) { kpis(projectId: $p) { key latest } }', { p }, t);
    expect(kpis.find((k: { key: string }) => k.key === 'USER_ADOPTION').latest).toBe(66.7);
  });
});
