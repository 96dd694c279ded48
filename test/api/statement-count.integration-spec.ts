import { assignRole, createPerson, createStandardProject } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const PAGE = `query($p: ID!, $first: Int!) { tasks(projectId: $p, first: $first) {
  totalCount edges { node { id role { key name } owner { id name } assignee { id } phase { id name } milestone { id name } dependsOnIds overdue project { id name } } }
} }`;

const OVERVIEW = `query($id: ID!) { project(id: $id) {
  name myPermission unownedTaskCount nextMilestone { id }
  phases { id status progress { ratio } gateBlockers exitCriteria { id done } milestones { id daysLate } }
  overdueMilestones { id } taskDependencies { taskId }
} }`;

describe('SQL statements per request', () => {
  let api: TestApp;
  let token: string;
  beforeAll(async () => {
    api = await startTestApp();
    ({ token } = await api.signUp('Counter'));
  });
  afterAll(() => api.close());

  const statements = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    return Number(response.headers.get('x-sql-statements'));
  };

  it('stay the same for a page of 15 tasks with their relations and a page of 36', async () => {
    const project = await createStandardProject(api, token);
    const person = await createPerson(api, token, 'Owner Person');
    for (const roleKey of ['BUSINESS_ANALYST', 'TRAINER', 'CRM_ADMIN']) await assignRole(api, token, { projectId: project.id, roleKey, personId: person.id, allocationPercent: 10 });
    const small = await statements(PAGE, { p: project.id, first: 15 });
    const large = await statements(PAGE, { p: project.id, first: 36 });
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it('stay the same for the overview of a project after it gains more milestones and tasks', async () => {
    const project = await createStandardProject(api, token);
    const before = await statements(OVERVIEW, { id: project.id });
    for (const phase of project.phases) {
      for (let i = 0; i < 3; i += 1) {
        await api.ok(
          'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }',
          { input: { phaseId: phase.id, name: `Extra ${i}`, dueDate: '2020-02-0' + (i + 1) } },
          token,
        );
      }
    }
    expect(await statements(OVERVIEW, { id: project.id })).toBe(before);
  });
});
