import { Browser, Page } from 'playwright-core';

import { RunningServer } from './server';

/** A signed-in account as the API answers it (token and user), the shape the app keeps as its session. */
export type Session = Awaited<ReturnType<RunningServer['api']['signUp']>>;

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

export interface TwoColleagues {
  owner: Session;
  colleague: Session;
  projectId: string;
  taskId: string;
  taskTitle: string;
}

/** A page of its own (own storage) signed in as `session`, the way the app keeps a session. */
export async function signedInPage(browser: Browser, url: string, session: unknown, viewport = DESKTOP): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(url);
  await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
  return page;
}

/**
 * An owner with a program and one task, and a colleague who accepted the organisation's
 * invitation (so is in its people directory) and edits the program.
 */
export async function twoColleaguesOnAProgram(server: RunningServer, names = { owner: 'Olu Owner', colleague: 'Cam Colleague' }): Promise<TwoColleagues> {
  const owner = await server.api.signUp(names.owner);
  const created = await server.api.ok<{ createProject: { id: string; phases: { id: string }[] } }>(
    'mutation($i: CreateProjectInput!) { createProject(input: $i) { id phases { id } } }',
    { i: { name: 'Fabrikam HubSpot rollout', crmProduct: 'HubSpot', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' } },
    owner.token,
  );
  const projectId = created.createProject.id;
  const taskTitle = 'Import the customer list';
  const task = await server.api.ok<{ createTask: { id: string } }>(
    'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }',
    { i: { projectId, phaseId: created.createProject.phases[0].id, title: taskTitle, roleKey: 'CRM_ADMIN' } },
    owner.token,
  );

  const colleagueEmail = `${names.colleague.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@example.test`;
  await server.api.ok('mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }', { input: { email: colleagueEmail, role: 'MEMBER' } }, owner.token);
  const outbox = await server.api.ok<{ organisation: { outbox: { to: string; text: string }[] } }>('{ organisation { outbox { to text } } }', {}, owner.token);
  const link = new URL(/https?:\/\/\S+accept-invitation\S+/.exec(outbox.organisation.outbox.find((m) => m.to === colleagueEmail)?.text ?? '')?.[0] ?? 'http://missing/');
  const accepted = await server.api.ok<{ acceptInvitation: Session }>(
    'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id email name } } }',
    { input: { token: link.searchParams.get('token'), name: names.colleague, password: 'a sturdy passphrase' } },
  );
  await server.api.ok('mutation($input: AddProjectMemberInput!) { addProjectMember(input: $input) { status } }', { input: { projectId, email: colleagueEmail, permission: 'EDITOR' } }, owner.token);
  return { owner, colleague: accepted.acceptInvitation, projectId, taskId: task.createTask.id, taskTitle };
}

/** The board narrowed to the one card: the template's own tasks fill the columns, which draw only what is in view. */
export function boardUrlOf(server: RunningServer, setup: TwoColleagues): string {
  return `${server.url}/projects/${setup.projectId}/board?q=${encodeURIComponent('customer list')}`;
}
