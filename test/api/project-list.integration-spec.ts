import { createStandardProject } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const LIST = '{ projects { id nextMilestone { id name dueDate } health { status reasons percentDone } } }';
const HEALTH = 'query($p: ID!) { projectHealth(projectId: $p) { status reasons percentDone } }';

describe('the project list', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it("shows each program's health and progress exactly as its health page does, and its next open milestone", async () => {
    const me = await api.signUp('Lena Lister');
    const calm = await createStandardProject(api, me.token, { template: 'EMPTY' });
    const busy = await createStandardProject(api, me.token);
    // A risk scoring 25 of 25 turns the busy program red; the empty one has nothing to worry about.
    await api.ok('mutation($i: CreateRiskInput!) { createRisk(input: $i) { id } }', { i: { projectId: busy.id, title: 'No budget', likelihood: 5, impact: 5 } }, me.token);
    const [first, second] = busy.phases[0].milestones;
    await api.ok('mutation($input: VersionedIdInput!) { completeMilestone(input: $input) { id } }', { input: { id: first.id, version: first.version } }, me.token);

    const listed = (await api.ok<{ projects: { id: string; nextMilestone: { id: string } | null; health: { status: string; reasons: string[]; percentDone: number } }[] }>(LIST, {}, me.token)).projects;
    for (const program of [calm, busy]) {
      const own = (await api.ok(HEALTH, { p: program.id }, me.token))['projectHealth'];
      expect(listed.find((p) => p.id === program.id)?.health).toEqual(own);
    }
    const busyRow = listed.find((p) => p.id === busy.id)!;
    expect(busyRow.health.status).toBe('RED');
    expect(busyRow.nextMilestone?.id).toBe(second.id);
    expect(listed.find((p) => p.id === calm.id)).toEqual(expect.objectContaining({ nextMilestone: null, health: expect.objectContaining({ status: 'GREEN', percentDone: 0 }) }));
  });

  it('starts an EMPTY program with the role catalog only, and a STANDARD one with the plan', async () => {
    const me = await api.signUp('Tom Template');
    const read = `query($id: ID!) { project(id: $id) { phases { id } milestones { id } } roles(projectId: $id) { key } tasks(projectId: $id, first: 1) { totalCount } }`;
    const empty = await createStandardProject(api, me.token, { template: 'EMPTY' });
    const standard = await createStandardProject(api, me.token, { template: 'STANDARD' });
    const emptyRead = await api.ok(read, { id: empty.id }, me.token);
    expect(emptyRead['project']).toEqual({ phases: [], milestones: [] });
    expect(emptyRead['tasks'].totalCount).toBe(0);
    expect(emptyRead['roles'].length).toBeGreaterThan(0);
    const standardRead = await api.ok(read, { id: standard.id }, me.token);
    expect(standardRead['project'].phases.length).toBeGreaterThan(0);
    expect(standardRead['tasks'].totalCount).toBeGreaterThan(0);
  });
});
