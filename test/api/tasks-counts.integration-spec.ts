import { addDays, todayIso } from '@crm/domain';

import { assignRole, createPerson, createStandardProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

/**
 * The board's totals and pages: a total is counted only when the client asks for it, and then
 * matches the rows the filter pages through, whichever filter (some read ownership, most do not);
 * pages of one program are unaffected by the tasks of another.
 */

const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }';
const PAGE = `query($p: ID!, $filter: TaskFilterInput, $first: Int!, $after: String) {
  tasks(projectId: $p, filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } }
}`;

describe('task totals and pages', () => {
  let api: TestApp;
  let me: SignedIn;
  let projectId: string;
  let phaseIds: string[];
  let milestoneId: string;
  let holderId: string;
  let assigneeId: string;
  const today = todayIso();

  beforeAll(async () => {
    api = await startTestApp();
    me = await api.signUp('Count keeper');
    const project = await createStandardProject(api, me.token);
    projectId = project.id;
    phaseIds = project.phases.map((p) => p.id);
    milestoneId = project.phases[0].milestones[0].id;
    holderId = (await createPerson(api, me.token, 'Role holder')).id;
    assigneeId = (await createPerson(api, me.token, 'Named assignee')).id;
    await assignRole(api, me.token, { projectId, roleKey: 'BUSINESS_ANALYST', personId: holderId });
    const specs: Record<string, unknown>[] = [
      { roleKey: 'BUSINESS_ANALYST' },
      { roleKey: 'BUSINESS_ANALYST', status: 'DONE' },
      { roleKey: 'BUSINESS_ANALYST', assigneeId, dueDate: addDays(today, -2) },
      { roleKey: 'BUSINESS_ANALYST', dueDate: addDays(today, -1), status: 'IN_PROGRESS' },
      { roleKey: 'TRAINER' },
      { roleKey: 'TRAINER', status: 'DONE', dueDate: addDays(today, -9) },
      { roleKey: 'TRAINER', dueDate: addDays(today, -4), milestoneId },
      { roleKey: 'TRAINER', assigneeId, status: 'BLOCKED', milestoneId },
      { roleKey: 'CRM_ADMIN', dueDate: today },
      { roleKey: 'CRM_ADMIN', assigneeId: holderId, phase: 1 },
      { roleKey: 'CRM_ADMIN', status: 'DONE', phase: 1 },
      { roleKey: 'CRM_ADMIN', dueDate: addDays(today, 3), phase: 1 },
    ];
    for (const [i, { phase, ...spec }] of specs.entries()) {
      const title = `Zqx ${i % 3 === 0 ? 'import' : 'configure'} item ${i + 1}`;
      await api.ok(CREATE_TASK, { input: { projectId, phaseId: phaseIds[Number(phase ?? 0)], title, ...spec } }, me.token);
    }
  });
  afterAll(() => api.close());

  /** Every page of a filter, `first` rows at a time, with the total each page reported. */
  async function pageThrough(filter: Record<string, unknown>, first = 3) {
    const ids: string[] = [];
    const totals = new Set<number>();
    let after: string | undefined;
    for (;;) {
      const page = (await api.ok(PAGE, { p: projectId, filter, first, after }, me.token))['tasks'];
      totals.add(page.totalCount);
      ids.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.pageInfo.hasNextPage) return { ids, totals: [...totals] };
      after = page.pageInfo.endCursor;
    }
  }

  const filters: Record<string, unknown>[] = [
    {},
    { roleKeys: ['TRAINER', 'CRM_ADMIN'] },
    { statuses: ['TODO', 'BLOCKED'] },
    { phaseId: 1 },
    { milestoneId: true },
    { search: 'import' },
    { ownerId: 'holder' },
    { ownerId: 'assignee' },
    { unowned: true },
    { overdue: true },
    { overdue: false },
    { ownerId: 'holder', overdue: true },
    { unowned: true, statuses: ['TODO'], roleKeys: ['TRAINER'] },
    { overdue: false, phaseId: 0, search: 'configure' },
  ];
  /** The filters above with real ids; `search` narrows to the tasks this suite made when `scope` is given. */
  const resolved = (filter: Record<string, unknown>, scope?: string) => {
    const out: Record<string, unknown> = { ...filter };
    if (typeof filter['phaseId'] === 'number') out['phaseId'] = phaseIds[filter['phaseId']];
    if (filter['milestoneId']) out['milestoneId'] = milestoneId;
    if (filter['ownerId']) out['ownerId'] = filter['ownerId'] === 'holder' ? holderId : assigneeId;
    if (scope) out['search'] = [scope, filter['search']].filter(Boolean).join(' ');
    return out;
  };

  it('reports for every filter a total equal to the rows it pages through', async () => {
    for (const filter of filters) {
      const { ids, totals } = await pageThrough(resolved(filter), 10);
      expect({ filter, totals }).toEqual({ filter, totals: [ids.length] });
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('finds and counts for every filter the tasks a user would pick out by hand', async () => {
    // Worked out from the twelve tasks above: who owns each (assignee, else the analyst's holder), what is late today.
    const expected = [12, 8, 8, 3, 2, 4, 4, 2, 4, 3, 9, 1, 2, 5];
    const found: number[] = [];
    for (const filter of filters) {
      const { ids, totals } = await pageThrough(resolved(filter, 'zqx'));
      expect({ filter, totals }).toEqual({ filter, totals: [ids.length] });
      found.push(ids.length);
    }
    expect(found).toEqual(expected);
  });

  const statements = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${me.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    return { count: Number(response.headers.get('x-sql-statements')), data: body.data };
  };

  it('counts the matching tasks only when totalCount is asked for, once however often it is asked', async () => {
    const page = (fields: string) => `query($p: ID!, $filter: TaskFilterInput) { tasks(projectId: $p, filter: $filter, first: 5) { ${fields} edges { node { id } } } }`;
    for (const filter of [{}, { unowned: true }, { ownerId: holderId }]) {
      const without = await statements(page(''), { p: projectId, filter });
      const withTotal = await statements(page('totalCount'), { p: projectId, filter });
      const twice = await statements(page('totalCount again: totalCount'), { p: projectId, filter });
      expect(without.count).toBeGreaterThan(0);
      expect(withTotal.count).toBe(without.count + 1);
      expect(twice.count).toBe(withTotal.count);
      expect(twice.data.tasks.again).toBe(withTotal.data.tasks.totalCount);
    }
  });

  it('counts a history only when its totalCount is asked for', async () => {
    const history = (fields: string) => `query($p: ID!) { auditEvents(projectId: $p, first: 5) { ${fields} edges { node { action } } } }`;
    const without = await statements(history(''), { p: projectId });
    const withTotal = await statements(history('totalCount'), { p: projectId });
    expect(withTotal.count).toBe(without.count + 1);
    expect(withTotal.data.auditEvents.totalCount).toBeGreaterThanOrEqual(12);
  });

  it('answers myTasks, assigned and through a primary role, with as many statements for 3 tasks as for 12', async () => {
    const project = await createStandardProject(api, me.token);
    const mine = await api.ok<{ createPerson: { id: string } }>(
      'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
      { input: { name: 'Count keeper', email: me.user.email } },
      me.token,
    );
    await assignRole(api, me.token, { projectId: project.id, roleKey: 'DATA_STEWARD', personId: mine.createPerson.id });
    for (let i = 1; i <= 8; i += 1) {
      const spec = i % 2 ? { roleKey: 'DATA_STEWARD' } : { roleKey: 'TRAINER', assigneeId: mine.createPerson.id };
      await api.ok(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, title: `Mine ${i}`, dueDate: addDays(today, i), ...spec } }, me.token);
    }
    const query = 'query($first: Int!) { myTasks(first: $first) { id ownerSource owner { id name } role { key } project { name } phase { name } dependsOnIds waitingFor { id } } }';
    const few = await statements(query, { first: 3 });
    const more = await statements(query, { first: 12 });
    expect(few.data.myTasks).toHaveLength(3);
    expect(more.data.myTasks.length).toBeGreaterThanOrEqual(8);
    expect(new Set(more.data.myTasks.map((t: { ownerSource: string }) => t.ownerSource))).toEqual(new Set(['ASSIGNEE', 'ROLE']));
    expect(more.data.myTasks.every((t: { owner: { id: string } }) => t.owner.id === mine.createPerson.id)).toBe(true);
    expect(more.count).toBe(few.count);
  });

  it('pages one program in creation order while another program gains tasks in between', async () => {
    const other = await createStandardProject(api, me.token);
    const mine = await createStandardProject(api, me.token);
    const created: string[] = [];
    for (let i = 1; i <= 7; i += 1) {
      created.push((await api.ok(CREATE_TASK, { input: { projectId: mine.id, phaseId: mine.phases[0].id, title: `Mine ${i}`, roleKey: 'TRAINER' } }, me.token))['createTask'].id);
      await api.ok(CREATE_TASK, { input: { projectId: other.id, phaseId: other.phases[0].id, title: `Other ${i}`, roleKey: 'TRAINER' } }, me.token);
    }
    const ids: string[] = [];
    let after: string | undefined;
    do {
      const page = (await api.ok(PAGE, { p: mine.id, first: 2, after }, me.token))['tasks'];
      ids.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    // The program's template tasks come first; none of the other program's tasks appear.
    expect(ids.slice(-created.length)).toEqual(created);
    expect(ids).toHaveLength(new Set(ids).size);
    const [{ n }] = await api.query('SELECT count(*)::int AS n FROM tasks WHERE project_id = $1', [mine.id]);
    expect(ids).toHaveLength(n);
  });
});
