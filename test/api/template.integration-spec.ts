import { createStandardProject } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('creating a project from a template', () => {
  let api: TestApp;
  let token: string;
  beforeAll(async () => {
    api = await startTestApp();
    ({ token } = await api.signUp('Template user'));
  });
  afterAll(() => api.close());

  it('STANDARD lays out the five phases in order, with exit criteria and milestones inside the program dates', async () => {
    const project = await createStandardProject(api, token, { startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' });
    const data = await api.ok(
      `query($id: ID!) { project(id: $id) {
         phases { kind position status exitCriteria { label done } milestones { name dueDate status } }
         taskDependencies { taskId }
       } }`,
      { id: project.id },
      token,
    );
    const phases = data['project'].phases;
    expect(phases.map((p: { kind: string }) => p.kind)).toEqual(['NEEDS_ANALYSIS', 'PROCESS_REDESIGN', 'TECHNOLOGY_SELECTION', 'PHASED_ROLLOUT', 'TRAINING']);
    for (const phase of phases) {
      expect(phase.status).toBe('NOT_STARTED');
      expect(phase.exitCriteria.length).toBeGreaterThan(0);
      expect(phase.milestones.length).toBeGreaterThan(0);
    }
    const rolloutDue = phases[3].milestones.map((m: { dueDate: string }) => m.dueDate);
    for (const due of rolloutDue) expect(due >= '2027-01-04' && due <= '2027-07-01').toBe(true);
    // Training continues after go-live: its last milestone falls within the 90 days that follow.
    const trainingLast = phases[4].milestones.at(-1).dueDate;
    expect(trainingLast > '2027-07-01' && trainingLast <= '2027-09-29').toBe(true);
    expect(data['project'].taskDependencies.length).toBeGreaterThan(0);
  });

  it('STANDARD seeds the role catalog, 25–40 tasks each owned by a role, risks and KPIs', async () => {
    const project = await createStandardProject(api, token);
    const roles = await api.ok('query($id: ID!) { roles(projectId: $id) { key custom } }', { id: project.id }, token);
    expect(roles['roles'].map((r: { key: string }) => r.key)).toEqual(
      expect.arrayContaining(['EXECUTIVE_SPONSOR', 'PROJECT_MANAGER', 'BUSINESS_ANALYST', 'TRAINER', 'KEY_USER', 'DATA_STEWARD']),
    );
    const tasks = await api.ok(
      'query($id: ID!) { tasks(projectId: $id, first: 100) { totalCount edges { node { role { key } ownerSource } } } }',
      { id: project.id },
      token,
    );
    expect(tasks['tasks'].totalCount).toBeGreaterThanOrEqual(25);
    expect(tasks['tasks'].totalCount).toBeLessThanOrEqual(40);
    // Nobody is staffed yet, so every task waits for its role to be filled.
    expect(new Set(tasks['tasks'].edges.map((e: { node: { ownerSource: string } }) => e.node.ownerSource))).toEqual(new Set(['UNOWNED']));
    expect(await api.count(`risks WHERE project_id = '${project.id}'`)).toBe(6);
    const kpiKeys: { key: string }[] = await api.query(`SELECT key FROM kpis WHERE project_id = $1`, [project.id]);
    expect(kpiKeys.map((k) => k.key)).toEqual(expect.arrayContaining(['USER_ADOPTION', 'DATA_ACCURACY', 'CUSTOMER_SATISFACTION']));
  });

  it('EMPTY starts with the role catalog and nothing else', async () => {
    const project = await createStandardProject(api, token, { template: 'EMPTY' });
    expect(project.phases).toEqual([]);
    const roles = await api.ok('query($id: ID!) { roles(projectId: $id) { key } }', { id: project.id }, token);
    expect(roles['roles'].length).toBe(13);
    expect(await api.count(`tasks WHERE project_id = '${project.id}'`)).toBe(0);
  });

  it('rejects a go-live before the start and leaves no phases, tasks or roles behind', async () => {
    const before = await Promise.all(['projects', 'phases', 'tasks', 'roles'].map((t) => api.count(t)));
    const result = await api.gql(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      { input: { name: 'Backwards', crmProduct: 'HubSpot', startDate: '2027-05-01', targetGoLiveDate: '2027-04-01', template: 'STANDARD' } },
      token,
    );
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await Promise.all(['projects', 'phases', 'tasks', 'roles'].map((t) => api.count(t)))).toEqual(before);
  });
});
