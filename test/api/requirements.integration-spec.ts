import { formatMessage, isMessageCode } from '@crm/domain';

import { createPerson, createStandardProject } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const IMPORT = 'mutation($input: ImportRequirementsCsvInput!) { importRequirementsCsv(input: $input) { imported errors { row message problem { code params { name value } text } } } }';
const CREATE = 'mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id title priority department status version } }';

describe('requirements', () => {
  let api: TestApp;
  let token: string;
  let projectId: string;
  beforeAll(async () => {
    api = await startTestApp();
    ({ token } = await api.signUp('Analyst'));
    projectId = (await createStandardProject(api, token)).id;
  });
  afterAll(() => api.close());

  it('imports a valid CSV, links stakeholders by email, and exports the same rows back', async () => {
    const stakeholder = await createPerson(api, token, 'Sales Director');
    const csv = [
      'Title,Description,Department,Priority,Status,Stakeholder Email,Gap Note',
      `"Quotes need manager approval above 20% discount","Approval today is by email",sales,must,agreed,${stakeholder.email},"No audit trail today"`,
      'Campaign ROI per channel,,Marketing,Should,,,',
    ].join('\n');
    const result = await api.ok(IMPORT, { input: { projectId, csv } }, token);
    expect(result['importRequirementsCsv']).toEqual({ imported: 2, errors: [] });
    const listed = await api.ok('query($p: ID!) { requirements(projectId: $p) { title priority department status stakeholder { id } } }', { p: projectId }, token);
    expect(listed['requirements']).toEqual([
      { title: 'Quotes need manager approval above 20% discount', priority: 'MUST', department: 'SALES', status: 'AGREED', stakeholder: { id: stakeholder.id } },
      { title: 'Campaign ROI per channel', priority: 'SHOULD', department: 'MARKETING', status: 'CAPTURED', stakeholder: null },
    ]);
    const exported = await api.ok('query($p: ID!) { exportRequirementsCsv(projectId: $p) }', { p: projectId }, token);
    const lines = String(exported['exportRequirementsCsv']).split(/\r?\n/);
    expect(lines[0]).toBe('title,description,department,priority,status,stakeholder_email,gap_note');
    expect(lines[1]).toContain(stakeholder.email);
    expect(lines).toHaveLength(3);
  });

  it('imports nothing when one row is bad, and names each problem with its spreadsheet row', async () => {
    const before = await api.count('requirements');
    const csv = ['title,department,priority', 'Lead scoring,Sales,Must', 'Duplicate detection,Legal,Should', 'Case routing,Service,Must'].join('\n');
    const result = await api.ok(IMPORT, { input: { projectId, csv } }, token);
    expect(result['importRequirementsCsv']).toEqual({
      imported: 0,
      errors: [
        {
          row: 3,
          message: expect.stringMatching(/department must be one of .*not "Legal"/),
          problem: {
            code: 'CELL_NOT_ONE_OF',
            params: expect.arrayContaining([
              { name: 'column', value: 'department' },
              { name: 'given', value: 'Legal' },
            ]),
            text: expect.stringMatching(/department must be one of .*not "Legal"/),
          },
        },
      ],
    });
    expect(await api.count('requirements')).toBe(before);
  });

  it('reports missing columns and unknown stakeholders instead of guessing', async () => {
    const missing = await api.ok(IMPORT, { input: { projectId, csv: 'title,priority\nX,Must' } }, token);
    expect(missing['importRequirementsCsv'].errors).toEqual([
      {
        row: 1,
        message: 'Missing column: department.',
        problem: {
          code: 'IMPORT_MISSING_COLUMNS',
          params: [
            { name: 'table', value: 'requirements' },
            { name: 'columns', value: 'department' },
            { name: 'count', value: '1' },
          ],
          text: 'Missing column: department.',
        },
      },
    ]);
    const unknown = await api.ok(IMPORT, { input: { projectId, csv: 'title,department,priority,stakeholder_email\nX,IT,Could,ghost@example.test' } }, token);
    expect(unknown['importRequirementsCsv'].errors[0]).toEqual({
      row: 2,
      message: expect.stringMatching(/ghost@example.test/),
      problem: { code: 'STAKEHOLDER_NOT_IN_DIRECTORY', params: [{ name: 'email', value: 'ghost@example.test' }], text: expect.stringMatching(/ghost@example.test/) },
    });
  });

  it('names a bad cell of a Dutch export by its Dutch header, as the Dutch reader’s file shows it', async () => {
    const dutch = await api.signUp('Dutch analyst');
    const project = (await createStandardProject(api, dutch.token)).id;
    const csv = ['Titel;Afdeling;Prioriteit;E-mail stakeholder', 'Lead scoring;Sales;Must;niemand'].join('\r\n');
    const result = await api.ok<{ importRequirementsCsv: { errors: { row: number; problem: { code: string; params: { name: string; value: string }[] } }[] } }>(IMPORT, { input: { projectId: project, csv } }, dutch.token);
    const [problem] = result.importRequirementsCsv.errors;
    expect(problem.row).toBe(2);
    const code = problem.problem.code;
    if (!isMessageCode(code)) throw new Error(`not a message code: ${code}`);
    // The web words the problem from its code and params, in the page's language.
    const params = Object.fromEntries(problem.problem.params.map((p) => [p.name, p.value]));
    expect(formatMessage('nl', { code, params })).toBe('"niemand" in de kolom “E-mail stakeholder” is geen e-mailadres.');
    expect(formatMessage('en', { code, params })).toBe('stakeholder_email "niemand" is not an email address.');
  });

  it('filters and counts by department and priority', async () => {
    const project = (await createStandardProject(api, token)).id;
    for (const [title, department, priority] of [
      ['A', 'SALES', 'MUST'],
      ['B', 'SALES', 'COULD'],
      ['C', 'FINANCE', 'MUST'],
    ]) {
      await api.ok(CREATE, { input: { projectId: project, title, department, priority } }, token);
    }
    const data = await api.ok(
      `query($p: ID!) {
        musts: requirements(projectId: $p, filter: { priorities: [MUST] }) { title }
        counts: requirementCounts(projectId: $p) { total byDepartment { department count } byPriority { priority count } }
      }`,
      { p: project },
      token,
    );
    expect(data['musts'].map((r: { title: string }) => r.title)).toEqual(['A', 'C']);
    expect(data['counts'].total).toBe(3);
    expect(data['counts'].byDepartment.find((d: { department: string }) => d.department === 'SALES').count).toBe(2);
    expect(data['counts'].byPriority.find((p: { priority: string }) => p.priority === 'MUST').count).toBe(2);
  });

  it('changes the priority of many requirements at once, all or nothing', async () => {
    const a = (await api.ok(CREATE, { input: { projectId, title: 'Bulk A', department: 'IT', priority: 'COULD' } }, token))['createRequirement'];
    const b = (await api.ok(CREATE, { input: { projectId, title: 'Bulk B', department: 'IT', priority: 'SHOULD' } }, token))['createRequirement'];
    const bulk = 'mutation($input: SetRequirementsPriorityInput!) { setRequirementsPriority(input: $input) { id priority } }';
    const refused = await api.gql(bulk, { input: { projectId, ids: [a.id, '00000000-0000-4000-8000-000000000000'], priority: 'MUST' } }, token);
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const unchanged = await api.query<{ priority: string }>('SELECT priority FROM requirements WHERE id = $1', [a.id]);
    expect(unchanged[0].priority).toBe('COULD');
    const done = await api.ok(bulk, { input: { projectId, ids: [a.id, b.id], priority: 'MUST' } }, token);
    expect(done['setRequirementsPriority'].map((r: { priority: string }) => r.priority)).toEqual(['MUST', 'MUST']);
  });

  it('updates once per version read and rejects a bad department', async () => {
    const created = (await api.ok(CREATE, { input: { projectId, title: 'Versioned', department: 'SERVICE', priority: 'MUST' } }, token))['createRequirement'];
    const update = 'mutation($input: UpdateRequirementInput!) { updateRequirement(input: $input) { status version } }';
    expect((await api.ok(update, { input: { id: created.id, version: 1, status: 'COVERED' } }, token))['updateRequirement']).toEqual({ status: 'COVERED', version: 2 });
    expect((await api.gql(update, { input: { id: created.id, version: 1, status: 'REJECTED' } }, token)).errors?.[0]?.extensions.code).toBe('CONFLICT');
    const bad = await api.gql(CREATE, { input: { projectId, title: 'x', department: 'LEGAL', priority: 'MUST' } }, token);
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
