import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible } from './support/accessibility';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { RunningServer, startServer } from './support/server';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

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
    const { createProject } = await server.api.ok('mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }', {
      i: { name: 'Northwind Salesforce rollout', crmProduct: 'Salesforce Sales Cloud', startDate: day(-200), targetGoLiveDate: day(-30) },
    }, t);
    const p = createProject.id;
    const stamp = Date.now();
    const emails: Record<string, string> = {};
    for (const name of ['Ines Okafor', 'Tomas Lindqvist', 'Amara Diallo']) {
      emails[name] = `${name.split(' ')[0].toLowerCase()}.${stamp}@northwind.example`;
      await server.api.ok('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name, email: emails[name], businessUnit: 'Field sales' } }, t);
    }
    const { createRolloutWave } = await server.api.ok('mutation($i: CreateRolloutWaveInput!) { createRolloutWave(input: $i) { id } }', {
      i: { projectId: p, name: 'Field sales', scope: ['Field sales'], goLiveDate: day(-30), readinessItems: [] },
    }, t);
    const waveId = createRolloutWave.id;

    // Ines logs in every day; Tomas once, three weeks ago; Amara never; a contractor is not in the directory.
    const folder = mkdtempSync(join(tmpdir(), 'usage-'));
    const file = join(folder, 'LoginHistory.csv');
    writeFileSync(
      file,
      [
        '"Username","Login Time","Login Type","Source IP","Status","Browser","Platform","Application","Login URL"',
        `"${emails['Ines Okafor']}","${day(-1)}T08:14:31.000Z","Application","198.51.100.14","Success","Chrome 131","Windows 10","Browser","northwind.my.salesforce.com"`,
        `"${emails['Ines Okafor']}","${day(-2)}T08:10:00.000Z","Application","198.51.100.14","Success","Chrome 131","Windows 10","Browser","northwind.my.salesforce.com"`,
        `"${emails['Tomas Lindqvist']}","${day(-21)}T09:05:12.000Z","Application","198.51.100.22","Success","Firefox 133","Mac OSX","Browser","northwind.my.salesforce.com"`,
        `"${emails['Tomas Lindqvist']}","${day(-21)}T09:04:40.000Z","Application","198.51.100.22","Invalid Password","Firefox 133","Mac OSX","Browser","northwind.my.salesforce.com"`,
        `"contractor.${stamp}@partner.example","${day(-1)}T10:00:00.000Z","Application","203.0.113.9","Success","Safari","iOS","Salesforce for iOS","login.salesforce.com"`,
      ].join('\n'),
    );

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
        expect(await page.getByTestId('usage-unmatched').textContent()).toContain(`contractor.${stamp}@partner.example`);
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
