import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { createStandardProject, shareProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const IMPORT = `mutation($input: ImportPlanInput!) { importPlan(input: $input) {
  imported taskCount milestoneCount phaseCount dependencyCount errors { row field message problem { code params { name value } } } warnings { row field message problem { code params { name value } } }
} }`;
const EXPORT = 'query($p: ID!, $f: PlanFormat!) { exportPlan(projectId: $p, format: $f) }';
const PHASES = 'query($p: ID!) { project(id: $p) { phases { name plannedStart plannedEnd milestones { name dueDate } } } }';
const TASKS = 'query($p: ID!) { tasks(projectId: $p, first: 100) { pageInfo { hasNextPage } edges { node { id title startDate dueDate durationDays dependencies { dependsOnId lagDays } role { name } phase { name } } } } }';

const SAMPLE = readFileSync(join(__dirname, '../../libs/domain/src/plan-io/fixtures/crm-rollout.xml'), 'utf8');
const CSV_HEADER = 'title,phase,role,start,finish,duration,predecessors';

interface PlanTask {
  id: string;
  title: string;
  startDate: string | null;
  dueDate: string | null;
  durationDays: number | null;
  dependencies: { dependsOnId: string; lagDays: number }[];
  role: { name: string };
  phase: { name: string };
}

/** What a user compares between two programs: each task's place, dates, role and what it waits for (by title, with its lag); phases with their milestones. */
async function planOf(api: TestApp, token: string, projectId: string) {
  const data = { ...(await api.ok(PHASES, { p: projectId }, token)), ...(await api.ok(TASKS, { p: projectId }, token)) };
  expect(data['tasks'].pageInfo.hasNextPage).toBe(false);
  const tasks: PlanTask[] = data['tasks'].edges.map((e: { node: PlanTask }) => e.node);
  const titleOf = new Map(tasks.map((t) => [t.id, t.title]));
  return {
    phases: data['project'].phases.map((p: { name: string; plannedStart: string; plannedEnd: string; milestones: { name: string; dueDate: string }[] }) => ({
      name: p.name,
      plannedStart: p.plannedStart,
      plannedEnd: p.plannedEnd,
      milestones: p.milestones.map((m) => [m.name, m.dueDate]),
    })),
    tasks: tasks.map((t) => ({
      title: t.title,
      phase: t.phase.name,
      role: t.role.name,
      startDate: t.startDate,
      dueDate: t.dueDate,
      durationDays: t.durationDays,
      waitsFor: t.dependencies.map((d) => `${titleOf.get(d.dependsOnId)}${d.lagDays ? ` (${d.lagDays > 0 ? '+' : ''}${d.lagDays} d)` : ''}`).sort(),
    })),
  };
}

describe('plans in and out of MS Project and CSV', () => {
  let api: TestApp;
  let owner: SignedIn;
  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Planner');
  });
  afterAll(() => api.close());

  const emptyProgram = async (as = owner.token) => (await createStandardProject(api, as, { template: 'EMPTY' })).id;
  const importPlan = async (projectId: string, format: 'MSPDI' | 'CSV', content: string, as = owner.token) =>
    (await api.ok(IMPORT, { input: { projectId, format, content } }, as))['importPlan'];
  const tables = async () => ({ tasks: await api.count('tasks'), links: await api.count('task_dependencies'), phases: await api.count('phases'), milestones: await api.count('milestones') });

  it('imports the sample MS Project file: summaries become phases, resources roles, milestones the program’s, links with their lag', async () => {
    const projectId = await emptyProgram();
    const result = await importPlan(projectId, 'MSPDI', SAMPLE);
    expect(result).toMatchObject({ imported: true, taskCount: 5, milestoneCount: 2, phaseCount: 2, dependencyCount: 4, errors: [] });
    const plan = await planOf(api, owner.token, projectId);
    expect(plan.phases).toEqual([
      { name: 'Discovery & design', plannedStart: '2027-03-01', plannedEnd: '2027-03-12', milestones: [['Design signed off', '2027-03-12']] },
      { name: 'Build', plannedStart: '2027-03-15', plannedEnd: '2027-04-02', milestones: [['Go-live', '2027-04-02']] },
    ]);
    expect(plan.tasks).toEqual([
      { title: 'Stakeholder interviews', phase: 'Discovery & design', role: 'Project manager', startDate: '2027-03-01', dueDate: '2027-03-03', durationDays: 3, waitsFor: [] },
      { title: 'Process maps', phase: 'Discovery & design', role: 'Project manager', startDate: '2027-03-08', dueDate: '2027-03-11', durationDays: 4, waitsFor: ['Stakeholder interviews (+2 d)'] },
      // It waited for the "Design signed off" milestone, which waited for the process maps.
      { title: 'Configure the sales pipeline', phase: 'Build', role: 'CRM administrator', startDate: '2027-03-15', dueDate: '2027-03-19', durationDays: 5, waitsFor: ['Process maps'] },
      { title: 'Migrate accounts', phase: 'Build', role: 'CRM administrator', startDate: '2027-03-18', dueDate: '2027-03-26', durationDays: 7, waitsFor: ['Configure the sales pipeline (-2 d)'] },
      { title: 'Train the key users', phase: 'Build', role: 'Trainer', startDate: '2027-03-29', dueDate: '2027-04-01', durationDays: 4, waitsFor: ['Migrate accounts'] },
    ]);
    expect(result.warnings.map((w: { message: string }) => w.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('summary task below the top level only groups'), expect.stringContaining('milestone waits for tasks')]),
    );
    expect(result.warnings.map((w: { problem: { code: string } }) => w.problem.code)).toEqual(expect.arrayContaining(['MSPDI_NESTED_SUMMARIES', 'PLAN_MILESTONES_BRIDGED']));
  });

  it('writes a history entry for every imported record', async () => {
    const projectId = await emptyProgram();
    await importPlan(projectId, 'MSPDI', SAMPLE);
    const entries = await api.query<{ entity_type: string; n: number }>(
      "SELECT entity_type, count(*)::int AS n FROM audit_events WHERE project_id = $1 AND action = 'CREATED' AND entity_type <> 'Project' GROUP BY entity_type ORDER BY entity_type",
      [projectId],
    );
    expect(entries).toEqual([
      { entity_type: 'Milestone', n: 2 },
      { entity_type: 'Phase', n: 2 },
      { entity_type: 'Task', n: 5 },
    ]);
  });

  it('imports a good CSV into the program’s own phases by name, the finish worked out over working days', async () => {
    const projectId = (await createStandardProject(api, owner.token)).id;
    const before = (await planOf(api, owner.token, projectId)).tasks.length;
    const csv = [
      CSV_HEADER,
      'Map the lead process,needs analysis,business analyst,2027-03-05,,3,',
      'Agree the process,Needs analysis,PROJECT_MANAGER,,2027-03-12,2,2+1d',
      'Process agreed,Needs analysis,,2027-03-12,2027-03-12,0,3',
    ].join('\n');
    const result = await importPlan(projectId, 'CSV', csv);
    expect(result).toMatchObject({ imported: true, taskCount: 2, milestoneCount: 1, phaseCount: 0, dependencyCount: 1, errors: [] });
    const plan = await planOf(api, owner.token, projectId);
    expect(plan.tasks).toHaveLength(before + 2);
    expect(plan.tasks.slice(-2)).toEqual([
      { title: 'Map the lead process', phase: 'Needs analysis', role: 'Business analyst', startDate: '2027-03-05', dueDate: '2027-03-09', durationDays: 3, waitsFor: [] },
      { title: 'Agree the process', phase: 'Needs analysis', role: 'Project manager', startDate: '2027-03-11', dueDate: '2027-03-12', durationDays: 2, waitsFor: ['Map the lead process (+1 d)'] },
    ]);
    expect(plan.phases.find((p: { name: string }) => p.name === 'Needs analysis').milestones).toContainEqual(['Process agreed', '2027-03-12']);
  });

  it('imports nothing when one row is bad, and names each problem with its row and column', async () => {
    const projectId = await emptyProgram();
    const before = await tables();
    const csv = [CSV_HEADER, 'Kick-off,Analysis,Project manager,2027-03-01,,1,', 'Workshop,Analysis,Project manager,2027-03-02,2027-03-01,,', 'Report,Analysis,Project manager,31/03/2027,,2,'].join('\n');
    const result = await importPlan(projectId, 'CSV', csv);
    expect(result).toEqual({
      imported: false,
      taskCount: 0,
      milestoneCount: 0,
      phaseCount: 0,
      dependencyCount: 0,
      errors: [
        { row: 3, field: 'finish', message: 'Due date must be on or after the start date.', problem: expect.objectContaining({ code: 'TASK_DUE_BEFORE_START' }) },
        {
          row: 4,
          field: 'start',
          message: '“31/03/2027” is not a date; write it as YYYY-MM-DD.',
          problem: { code: 'PLAN_NOT_A_DATE', params: [{ name: 'value', value: '31/03/2027' }] },
        },
      ],
      warnings: [],
    });
    expect(await tables()).toEqual(before);
  });

  it('refuses an unknown role, listing the program’s roles', async () => {
    const projectId = await emptyProgram();
    const result = await importPlan(projectId, 'CSV', [CSV_HEADER, 'Kick-off,Analysis,Wizard,2027-03-01,,1,'].join('\n'));
    expect(result.imported).toBe(false);
    expect(result.errors).toEqual([
      {
        row: 2,
        field: 'role',
        message: expect.stringMatching(/^This program has no role “Wizard”\. Use one of: .*Project manager.*Trainer/),
        problem: { code: 'PLAN_NO_SUCH_ROLE', params: expect.arrayContaining([{ name: 'name', value: 'Wizard' }, expect.objectContaining({ value: 'Trainer' })]) },
      },
    ]);
  });

  it('refuses predecessors that wait for each other in a loop', async () => {
    const projectId = await emptyProgram();
    const before = await tables();
    const csv = [CSV_HEADER, 'A,Analysis,Project manager,2027-03-01,,1,3', 'B,Analysis,Project manager,2027-03-02,,1,2'].join('\n');
    const result = await importPlan(projectId, 'CSV', csv);
    expect(result.errors).toEqual([
      {
        row: 2,
        field: 'predecessors',
        message: 'These rows wait for each other in a loop: 2 → 3 → 2. Remove one of the links.',
        problem: { code: 'PLAN_LOOP', params: [{ name: 'rows', value: '2 → 3 → 2' }] },
      },
    ]);
    expect(await tables()).toEqual(before);
  });

  it('refuses start-to-start links in an MS Project file, naming the task', async () => {
    const projectId = await emptyProgram();
    const result = await importPlan(projectId, 'MSPDI', SAMPLE.replace('<Type>1</Type>\n        <LinkLag>9600</LinkLag>', '<Type>3</Type>\n        <LinkLag>9600</LinkLag>'));
    expect(result.errors).toEqual([
      { row: 3, field: 'PredecessorLink', message: expect.stringContaining('this task has a start-to-start link'), problem: { code: 'MSPDI_LINK_TYPE', params: [{ name: 'type', value: '3' }] } },
    ]);
  });

  it('answers a file of the other format, and XML that is not well-formed, with one clear error', async () => {
    const projectId = await emptyProgram();
    expect((await importPlan(projectId, 'CSV', SAMPLE)).errors).toEqual([
      { row: 1, field: 'content', message: 'This looks like XML, not CSV: choose MS Project XML as the format.', problem: { code: 'PLAN_XML_NOT_CSV', params: [] } },
    ]);
    expect((await importPlan(projectId, 'MSPDI', '<Project><Tasks></Project>')).errors[0].message).toMatch(/^The file is not well-formed XML \(line 1: /);
    expect((await importPlan(projectId, 'MSPDI', '<!DOCTYPE x [<!ENTITY a "aaaa">]><Project/>')).errors[0].message).toMatch(/DOCTYPE/);
  });

  it('refuses a file over the size limit with BAD_USER_INPUT', async () => {
    const projectId = await emptyProgram();
    const response = await api.gql(IMPORT, { input: { projectId, format: 'CSV', content: `${CSV_HEADER}\n${'x'.repeat(900_001)}` } }, owner.token);
    expect(response.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/too large/);
  });

  it('refuses more than 5,000 rows with BAD_USER_INPUT', async () => {
    const projectId = await emptyProgram();
    const rows = Array.from({ length: 5001 }, (_, i) => `T${i},A,Trainer,,,1,`);
    const response = await api.gql(IMPORT, { input: { projectId, format: 'CSV', content: [CSV_HEADER, ...rows].join('\n') } }, owner.token);
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Import at most 5000 tasks and milestones'),
      extensions: { code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'content', code: 'PLAN_TOO_LARGE', params: expect.objectContaining({ max: 5000, count: 5001 }) })] },
    });
  });

  it('exports MS Project XML that imports into a fresh program as the same plan', async () => {
    const source = await emptyProgram();
    await importPlan(source, 'MSPDI', SAMPLE);
    const xml = String((await api.ok(EXPORT, { p: source, f: 'MSPDI' }, owner.token))['exportPlan']);
    expect(xml).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
    expect(xml).toContain('<Name>Discovery &amp; design</Name>');
    const copy = await emptyProgram();
    const result = await importPlan(copy, 'MSPDI', xml);
    expect(result).toMatchObject({ imported: true, taskCount: 5, milestoneCount: 2, phaseCount: 2, dependencyCount: 4, errors: [] });
    expect(await planOf(api, owner.token, copy)).toEqual(await planOf(api, owner.token, source));
  });

  it('exports CSV that imports into a fresh program as the same plan, template program included', async () => {
    const source = (await createStandardProject(api, owner.token)).id;
    const csv = String((await api.ok(EXPORT, { p: source, f: 'CSV' }, owner.token))['exportPlan']);
    expect(csv.split('\r\n')[0]).toBe(CSV_HEADER);
    const copy = await emptyProgram();
    const result = await importPlan(copy, 'CSV', csv);
    expect(result.errors).toEqual([]);
    const [original, copied] = [await planOf(api, owner.token, source), await planOf(api, owner.token, copy)];
    // An empty program has no phases, so the file's phases are created (their dates follow their work).
    const byPlace = (tasks: { phase: string; title: string }[]) => [...tasks].sort((a, b) => a.phase.localeCompare(b.phase) || a.title.localeCompare(b.title));
    expect(byPlace(copied.tasks)).toEqual(byPlace(original.tasks));
    const used = (p: { name: string; milestones: unknown[] }) => p.milestones.length > 0 || original.tasks.some((t) => t.phase === p.name);
    const named = (p: { name: string; milestones: unknown[] }) => [p.name, p.milestones];
    expect(copied.phases.map(named)).toEqual(original.phases.filter(used).map(named));
  });

  it('refuses a viewer with FORBIDDEN and changes nothing; a viewer may export', async () => {
    const projectId = await emptyProgram();
    const viewer = await api.signUp('Viewer', { organisationOf: owner });
    await shareProject(api, owner.token, projectId, viewer, 'VIEWER');
    const before = await tables();
    const response = await api.gql(IMPORT, { input: { projectId, format: 'MSPDI', content: SAMPLE } }, viewer.token);
    expect(response.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    expect(await tables()).toEqual(before);
    expect(String((await api.ok(EXPORT, { p: projectId, f: 'CSV' }, viewer.token))['exportPlan']).trim()).toBe(CSV_HEADER);
  });

  it('answers NOT_FOUND to another organisation, for import and export alike', async () => {
    const projectId = await emptyProgram();
    const stranger = await api.signUp('Stranger');
    const imported = await api.gql(IMPORT, { input: { projectId, format: 'MSPDI', content: SAMPLE } }, stranger.token);
    expect(imported.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    const exported = await api.gql(EXPORT, { p: projectId, f: 'MSPDI' }, stranger.token);
    expect(exported.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
  });
});
