import { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { accessibilityProblems } from './support/accessibility';
import { routesInRouterConfig } from './support/app-routes';
import { launchBrowser } from './support/browser';
import { RunningServer, startServer } from './support/server';
import type { Session } from './support/two-colleagues';

/** What a journey needs to open one page and the dialogs it offers. */
interface PageVisit {
  /** The URL to open, `:projectId` filled in. */
  url(projectId: string): string;
  /** For the signed-out pages: they send a signed-in browser elsewhere. */
  signedOut?: boolean;
  /** Buttons (test ids) that open a dialog to check; each is closed with Escape before the next. */
  dialogs?: string[];
}

const inProject = (section: string) => (projectId: string) => `/projects/${projectId}/${section}`;

/**
 * Every page of the router, keyed by its URL pattern. The first test fails when the router has a
 * page that is not here, so a new page is checked from the day it is added.
 */
const PAGES: Record<string, PageVisit> = {
  '/sign-in': { url: () => '/sign-in', signedOut: true },
  '/sign-up': { url: () => '/sign-up', signedOut: true },
  '/forgot-password': { url: () => '/forgot-password', signedOut: true },
  // Without a token from a mail these say the link is incomplete: that page must be readable too.
  '/confirm-sign-up': { url: () => '/confirm-sign-up', signedOut: true },
  '/reset-password': { url: () => '/reset-password', signedOut: true },
  '/sso-complete': { url: () => '/sso-complete', signedOut: true },
  '/accept-invitation': { url: () => '/accept-invitation', signedOut: true },
  '/projects': { url: () => '/projects' },
  '/projects/new': { url: () => '/projects/new' },
  '/my-work': { url: () => '/my-work' },
  '/notifications': { url: () => '/notifications' },
  '/profile': { url: () => '/profile' },
  '/organisation': { url: () => '/organisation', dialogs: ['invite-member'] },
  '/projects/:projectId/overview': { url: inProject('overview'), dialogs: ['edit-phase', 'add-milestone', 'add-criterion'] },
  '/projects/:projectId/board': { url: inProject('board'), dialogs: ['new-task'] },
  '/projects/:projectId/board/table': { url: inProject('board/table') },
  '/projects/:projectId/team': { url: inProject('team'), dialogs: ['add-person', 'add-role'] },
  '/projects/:projectId/timeline': { url: inProject('timeline') },
  '/projects/:projectId/requirements': { url: inProject('requirements'), dialogs: ['new-requirement'] },
  '/projects/:projectId/processes': { url: inProject('processes'), dialogs: ['new-process'] },
  '/projects/:projectId/selection': { url: inProject('selection'), dialogs: ['add-vendor', 'add-criterion'] },
  '/projects/:projectId/rollout': { url: inProject('rollout'), dialogs: ['new-wave', 'edit-wave'] },
  '/projects/:projectId/training': { url: inProject('training'), dialogs: ['schedule-session'] },
  '/projects/:projectId/hypercare': { url: inProject('hypercare'), dialogs: ['new-support-item', 'edit-support-item'] },
  '/projects/:projectId/kpis': { url: inProject('kpis'), dialogs: ['new-kpi'] },
  '/projects/:projectId/risks': { url: inProject('risks'), dialogs: ['new-risk', 'edit-risk'] },
  '/projects/:projectId/health': { url: inProject('health') },
  '/projects/:projectId/settings': { url: inProject('settings') },
  '/projects/:projectId/history': { url: inProject('history') },
  '/projects/:projectId/trash': { url: inProject('trash') },
};

/** The current month's day, so the training calendar opens on the session. */
function thisMonth(day: number): string {
  return `${new Date().toISOString().slice(0, 8)}${String(day).padStart(2, '0')}`;
}

async function signIn(page: Page, url: string, session: Session): Promise<void> {
  await page.goto(url);
  await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
}

/** Opens a page and waits until its lazy chunk is in, its queries have answered and nothing spins. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('main').first().waitFor();
  await page.waitForLoadState('networkidle');
}

/** Every screen's violations, reported together so one run shows all that is left to fix. */
const problems: string[] = [];

async function check(page: Page, where: string): Promise<void> {
  const found = await accessibilityProblems(page, where);
  if (found) problems.push(found);
}

async function checkDialog(page: Page, opener: string, where: string): Promise<void> {
  await page.getByTestId(opener).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.waitForFunction(() => !document.querySelector('.mdc-dialog--opening'));
  await page.waitForLoadState('networkidle');
  await check(page, `${where}, dialog opened by ${opener}`);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

describe('every page and its dialogs, checked with axe', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists every page the router can draw', () => {
    expect(Object.keys(PAGES).sort()).toEqual(routesInRouterConfig());
  });

  it('finds no critical or serious WCAG 2.1 AA violation on any page or dialog', async () => {
    const session = await server.api.signUp('Ada Access');
    const t = session.token;
    const { createProject } = await server.api.ok('mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }', {
      i: { name: 'Northwind Dynamics rollout', crmProduct: 'Dynamics 365 Sales', startDate: '2026-09-01', targetGoLiveDate: '2027-06-30' },
    }, t);
    const p: string = createProject.id;
    // The standard template brings phases, milestones, roles, tasks, risks and KPIs; the other areas get a record each.
    const stamp = Date.now();
    const person = async (name: string) =>
      (await server.api.ok('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name, email: `${name.split(' ')[0].toLowerCase()}.${stamp}@example.test` } }, t)).createPerson.id as string;
    const trainer = await person('Tess Trainer');
    const learner = await person('Kai Keen');
    await server.api.ok('mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }', { i: { projectId: p, roleKey: 'TRAINER', personId: trainer, allocationPercent: 20 } }, t);
    await server.api.ok('mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }', { i: { projectId: p, roleKey: 'KEY_USER', personId: learner, allocationPercent: 20 } }, t);
    const { createRolloutWave: wave } = await server.api.ok('mutation($i: CreateRolloutWaveInput!) { createRolloutWave(input: $i) { id } }', {
      i: { projectId: p, name: 'Pilot', scope: ['Head office'], goLiveDate: thisMonth(1), readinessItems: [] },
    }, t);
    await server.api.ok('mutation($i: SetWaveKeyUsersInput!) { setWaveKeyUsers(input: $i) { id } }', { i: { waveId: wave.id, personIds: [learner] } }, t);
    await server.api.ok('mutation($i: GoLiveInput!) { goLive(input: $i) { id } }', { i: { waveId: wave.id } }, t);
    await server.api.ok('mutation($i: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $i) { id } }', {
      i: { waveId: wave.id, topic: 'Getting started', startsAt: `${thisMonth(20)}T09:00:00Z`, durationMinutes: 90, trainerId: trainer },
    }, t);
    await server.api.ok('mutation($i: CreateSupportItemInput!) { createSupportItem(input: $i) { id } }', {
      i: { waveId: wave.id, title: 'Quotes fail to save', severity: 2, category: 'DEFECT', description: 'Sales reps get an error.' },
    }, t);
    const { createRequirement: requirement } = await server.api.ok('mutation($i: CreateRequirementInput!) { createRequirement(input: $i) { id } }', {
      i: { projectId: p, title: 'Log calls against accounts', department: 'SALES', priority: 'MUST' },
    }, t);
    await server.api.ok('mutation($i: CreateProcessInput!) { createProcess(input: $i) { id } }', {
      i: { projectId: p, name: 'Lead to opportunity', department: 'SALES', requirementIds: [requirement.id] },
    }, t);
    await server.api.ok('mutation($v: CreateVendorInput!, $c: CreateCriterionInput!) { createVendor(input: $v) { id } createCriterion(input: $c) { id } }', {
      v: { projectId: p, name: 'Acme CRM' },
      c: { projectId: p, name: 'Fit with our sales process', weight: 60 },
    }, t);

    const signedOut = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await signIn(page, server.url, session);

    for (const [pattern, visit] of Object.entries(PAGES)) {
      const on = visit.signedOut ? signedOut : page;
      await open(on, `${server.url}${visit.url(p)}`);
      await check(on, pattern);
      for (const opener of visit.dialogs ?? []) await checkDialog(on, opener, pattern);
    }

    // Dialogs opened from a record rather than a button of the page.
    await open(page, `${server.url}/projects/${p}/board`);
    await page.getByTestId('task-card').first().getByRole('button').first().click();
    await page.getByRole('dialog').waitFor();
    await page.waitForLoadState('networkidle');
    await check(page, 'the task detail dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await open(page, `${server.url}/projects/${p}/training?wave=${wave.id}`);
    await page.getByTestId('calendar-session').first().click();
    await page.getByTestId('attendance-roster').waitFor();
    await page.waitForLoadState('networkidle');
    await check(page, 'the session dialog with its attendance roster');
    await page.keyboard.press('Escape');

    await open(page, `${server.url}/projects/${p}/requirements`);
    await page.getByTestId('requirement-title-link').first().click();
    await page.getByRole('dialog').waitFor();
    await page.waitForLoadState('networkidle');
    await check(page, 'the requirement dialog');

    expect(problems.join('\n\n')).toBe('');
  });
});
