import { join } from 'node:path';

import { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { fieldSalesWave } from './support/field-sales-wave';
import { shootBothWidths } from './support/page-steps';
import { RunningServer, startServer } from './support/server';
import { signedInPage } from './support/two-colleagues';

describe('a program team after go-live: usage from the CRM, then the hypercare gate', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('imports a Salesforce login history, finds two people to re-train and the adoption KPI measured, and cannot end hypercare with a severity-1 item open', async () => {
    const session = await server.api.signUp('Hana Hypercare');
    const wave = await fieldSalesWave(server, session.token, { goLive: true });
    await server.api.ok(
      'mutation($i: CreateSupportItemInput!) { createSupportItem(input: $i) { id } }',
      { i: { waveId: wave.waveId, title: 'Opportunities cannot be saved', severity: 1, category: 'DEFECT', description: 'Every field rep gets an error on save.' } },
      session.token,
    );
    const page = await signedInPage(browser, server.url, session);
    const program = `${server.url}/projects/${wave.projectId}`;

    // Before any import the adoption KPI has no measurement.
    await page.goto(`${program}/kpis`);
    const adoptionKpi = page.getByTestId('kpi-card').filter({ has: page.getByRole('heading', { name: 'User adoption' }) });
    await expect.poll(() => adoptionKpi.getByTestId('kpi-latest').textContent(), { timeout: 20_000 }).toContain('No measurement yet');

    // The login history goes in from the wave's training page.
    await page.goto(`${program}/training?wave=${wave.waveId}`);
    const card = page.getByTestId('adoption-card');
    await card.getByTestId('adoption-empty').waitFor();
    await card.getByTestId('import-usage').click();
    await page.getByTestId('usage-file-input').setInputFiles(wave.loginHistoryFile);
    await expect.poll(() => page.getByTestId('usage-format-hint').textContent()).toContain('Login History');
    await page.getByTestId('usage-import-submit').click();
    const result = page.getByTestId('usage-import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('2 people put on the re-training list for not using the CRM.');
    expect(await page.getByTestId('usage-unmatched').textContent()).toContain(wave.contractorEmail);
    await shootBothWidths(page, 'after-go-live-usage-imported');
    await page.getByRole('button', { name: 'Done' }).click();
    await result.waitFor({ state: 'detached' });

    // Amara never signed in, Tomas not for three weeks: both are on the re-training list, each with the reason.
    const entries = page.getByTestId('retraining-entry');
    await expect.poll(() => entries.count()).toBe(2);
    const amara = entries.filter({ hasText: 'Amara Diallo' });
    const tomas = entries.filter({ hasText: 'Tomas Lindqvist' });
    expect(await amara.getByTestId('retraining-inactive').textContent()).toContain('Not using the CRM');
    expect(await amara.getByTestId('retraining-reason').textContent()).toContain('No use of the CRM since go-live');
    expect(await tomas.getByTestId('retraining-reason').textContent()).toContain('No use of the CRM for 21 days');
    expect(await entries.filter({ hasText: 'Ines Okafor' }).count()).toBe(0);
    const list = page.getByTestId('retraining-list');
    await list.scrollIntoViewIfNeeded();
    await list.screenshot({ path: join(SCREENSHOT_DIR, 'after-go-live-retraining-list.png') });

    // The import measured the adoption KPI: 2 of the 3 licensed people used the CRM in the last 30 days.
    await page.goto(`${program}/kpis`);
    await expect.poll(() => adoptionKpi.getByTestId('kpi-latest').textContent(), { timeout: 20_000 }).toContain('Latest 66.7%');
    await adoptionKpi.scrollIntoViewIfNeeded();
    await adoptionKpi.screenshot({ path: join(SCREENSHOT_DIR, 'after-go-live-adoption-kpi.png') });

    // Hypercare cannot end while the severity-1 item is open: the hypercare page says so ...
    await page.goto(`${program}/hypercare`);
    const blockers = page.getByTestId('hypercare-exit-blockers');
    await blockers.waitFor();
    expect(await blockers.textContent()).toContain('Urgent support items are still open (1 of severity 1).');
    await shootBothWidths(page, 'after-go-live-hypercare-gate');

    // ... and so does the refusal when someone tries to close the wave anyway.
    await page.goto(`${program}/rollout`);
    await page.getByTestId('close-wave').click();
    await page.getByText('Urgent support items are still open (1 of severity 1)', { exact: false }).waitFor();
    await shootBothWidths(page, 'after-go-live-close-refused');
    const { rolloutWaves } = await server.api.ok<{ rolloutWaves: { id: string; status: string }[] }>(
      'query($p: ID!) { rolloutWaves(projectId: $p) { id status } }',
      { p: wave.projectId },
      session.token,
    );
    expect(rolloutWaves.find((w) => w.id === wave.waveId)?.status).toBe('LIVE');
  });
});
