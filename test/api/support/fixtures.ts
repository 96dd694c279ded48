import { TestApp } from './test-app';

export interface StandardProject {
  id: string;
  phases: { id: string; kind: string; version: number; milestones: { id: string; name: string; version: number }[]; exitCriteria: { id: string }[] }[];
}

let counter = 0;

export async function createStandardProject(api: TestApp, token: string, overrides: Record<string, unknown> = {}): Promise<StandardProject> {
  counter += 1;
  const data = await api.ok<{ createProject: StandardProject }>(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) {
       id phases { id kind version milestones { id name version } exitCriteria { id } }
     } }`,
    { input: { name: `Program ${counter}`, crmProduct: 'Salesforce', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01', ...overrides } },
    token,
  );
  return data.createProject;
}

export async function createPerson(api: TestApp, token: string, name: string, extra: Record<string, unknown> = {}): Promise<{ id: string; email: string }> {
  counter += 1;
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${counter}.${Date.now()}@example.test`;
  const data = await api.ok<{ createPerson: { id: string; email: string } }>(
    'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id email } }',
    { input: { name, email, ...extra } },
    token,
  );
  return data.createPerson;
}

export async function assignRole(
  api: TestApp,
  token: string,
  input: { projectId: string; roleKey: string; personId: string; allocationPercent?: number; primary?: boolean; waveId?: string | null },
): Promise<{ id: string; version: number; primary: boolean; waveId: string | null }> {
  const data = await api.ok<{ assignRole: { id: string; version: number; primary: boolean; waveId: string | null } }>(
    'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id version primary waveId } }',
    { input },
    token,
  );
  return data.assignRole;
}

export const TASK_FIELDS = 'id title status version dueDate role { key } owner { id name } ownerSource assignee { id } phase { id kind } dependsOnIds';

export async function tasksOf(api: TestApp, token: string, projectId: string, filter: Record<string, unknown> = {}, first = 100) {
  const data = await api.ok<{ tasks: { totalCount: number; edges: { node: any }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
    `query($projectId: ID!, $filter: TaskFilterInput, $first: Int!) {
       tasks(projectId: $projectId, filter: $filter, first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${TASK_FIELDS} } } }
     }`,
    { projectId, filter, first },
    token,
  );
  return data.tasks;
}

/**
 * Makes `invitee` a member the way a colleague becomes one: the owner shares the program with
 * their email, and a colleague of the owner's organisation joins at once. The invitee must be of
 * the owner's organisation (`api.signUp(name, { organisationOf: owner })`): anyone else is only
 * mailed an invitation they cannot accept.
 */
export async function shareProject(
  api: TestApp,
  ownerToken: string,
  projectId: string,
  invitee: { token: string; user: { email: string } },
  permission: 'EDITOR' | 'VIEWER',
): Promise<void> {
  const shared = await api.ok<{ addProjectMember: { status: string } }>(
    'mutation($input: AddProjectMemberInput!) { addProjectMember(input: $input) { status } }',
    { input: { projectId, email: invitee.user.email, permission } },
    ownerToken,
  );
  if (shared.addProjectMember.status !== 'ACTIVE') throw new Error(`${invitee.user.email} was invited, not added: are they of the owner's organisation?`);
}

/** A rollout wave of the program, going live on `goLiveDate` (default: 2030-06-03). */
export async function createWave(api: TestApp, token: string, projectId: string, name: string, goLiveDate = '2030-06-03'): Promise<{ id: string }> {
  const data = await api.ok<{ createRolloutWave: { id: string } }>(
    'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }',
    { input: { projectId, name, scope: [name], goLiveDate } },
    token,
  );
  return data.createRolloutWave;
}

/** Meets every exit criterion of a phase as its owner would (see test/support/exit-criteria.ts). */
export { meetExitCriteria } from '../../support/exit-criteria';
