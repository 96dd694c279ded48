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

interface GateCriterionState {
  id: string;
  label: string;
  kind: 'CHECKBOX' | 'RULE';
  done: boolean;
  met: boolean;
  signOffState: string;
  signOffRole: { key: string } | null;
  evidence: { ok: boolean; text: string }[];
}

/**
 * Meets every exit criterion of a phase the way its owner would: ticks its boxes and, where a role
 * must sign, puts the signed-in account in that role (a person with its email) and signs. A rule
 * that the test's data does not meet is left open, and the caller sees it in the gate's blockers.
 */
export async function meetExitCriteria(api: TestApp, who: { token: string; user: { email: string; name: string } }, projectId: string, phaseId: string): Promise<void> {
  const read = async () =>
    (
      await api.ok<{ project: { phases: { id: string; exitCriteria: GateCriterionState[] }[] } }>(
        'query($id: ID!) { project(id: $id) { phases { id exitCriteria { id label kind done met signOffState signOffRole { key } evidence { ok text } } } } }',
        { id: projectId },
        who.token,
      )
    ).project.phases.find((p) => p.id === phaseId)!.exitCriteria;
  for (const criterion of await read()) {
    if (criterion.kind === 'CHECKBOX' && !criterion.done) {
      await api.ok('mutation($input: SetExitCriterionInput!) { setExitCriterion(input: $input) { id } }', { input: { id: criterion.id, done: true } }, who.token);
    }
  }
  const toSign = (await read()).filter((c) => c.signOffRole && c.signOffState !== 'SIGNED' && (c.kind === 'CHECKBOX' || c.evidence.every((e) => e.ok)));
  if (toSign.length === 0) return;
  const signer = await signerFor(api, who);
  for (const roleKey of new Set(toSign.map((c) => (c.signOffRole as { key: string }).key))) {
    const held = await api.gql('mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }', { input: { projectId, roleKey, personId: signer, allocationPercent: 5 } }, who.token);
    // Already holding the role from an earlier phase is as good.
    if (held.errors?.length && !/already/i.test(String(held.errors[0].message))) throw new Error(held.errors[0].message);
  }
  for (const criterion of toSign) {
    await api.ok('mutation($input: SignOffInput!) { signOff(input: $input) { id } }', { input: { criterionId: criterion.id, comment: 'Checked for the test.' } }, who.token);
  }
}

/** The directory entry of the signed-in account (made once from its email), which can then hold roles. */
async function signerFor(api: TestApp, who: { token: string; user: { email: string; name: string } }): Promise<string> {
  const found = await api.ok<{ people: { id: string; email: string }[] }>('query($q: String) { people(search: $q, first: 5) { id email } }', { q: who.user.email }, who.token);
  const existing = found.people.find((p) => p.email === who.user.email.toLowerCase());
  if (existing) return existing.id;
  const created = await api.ok<{ createPerson: { id: string } }>('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { name: who.user.name, email: who.user.email } }, who.token);
  return created.createPerson.id;
}
