import { formatMessage, type MessageCode, type MessageParams } from '@crm/domain';

import { createStandardProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const CREATE = 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }';
const IMPORT = 'mutation($input: ImportTemplateInput!) { importTemplate(input: $input) { id name crmProduct builtIn } }';
const EXPORT = 'query($projectId: ID!) { exportTemplate(projectId: $projectId) }';
const LIST = '{ templates { id name crmProduct builtIn description } }';
const program = { crmProduct: 'Any CRM', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' };

/** What a user sees of a program's plan, without ids: phases with dates, criteria, milestones, tasks and their links, roles, risks, KPIs, the communications plan. */
async function structure(api: TestApp, projectId: string): Promise<unknown> {
  const rows = (sql: string) => api.query(sql, [projectId]);
  return {
    phases: await rows('SELECT kind, name, planned_start::text, planned_end::text FROM phases WHERE project_id = $1 ORDER BY position'),
    criteria: await rows(
      `SELECT p.kind, c.label, c.kind AS criterion_kind, c.rule, r.key AS sign_off FROM exit_criteria c JOIN phases p ON p.id = c.phase_id
        LEFT JOIN roles r ON r.id = c.sign_off_role_id WHERE p.project_id = $1 ORDER BY p.position, c.position`,
    ),
    milestones: await rows('SELECT name, due_date::text FROM milestones WHERE project_id = $1 ORDER BY due_date, name'),
    tasks: await rows(
      `SELECT t.title, t.priority, t.due_date::text, t.estimate_hours::float8, r.key AS role, m.name AS milestone, p.kind AS phase FROM tasks t
         JOIN roles r ON r.id = t.role_id JOIN phases p ON p.id = t.phase_id LEFT JOIN milestones m ON m.id = t.milestone_id
        WHERE t.project_id = $1 ORDER BY t.title`,
    ),
    dependencies: await rows(
      `SELECT a.title AS waits, b.title AS for, d.lag_days FROM task_dependencies d JOIN tasks a ON a.id = d.task_id JOIN tasks b ON b.id = d.depends_on_id
        WHERE d.project_id = $1 ORDER BY 1, 2`,
    ),
    communicationPlan: await rows('SELECT messages FROM communication_plans WHERE project_id = $1'),
    roles: await rows('SELECT key, name, custom FROM roles WHERE project_id = $1 ORDER BY key'),
    risks: await rows('SELECT title, likelihood, impact, mitigation FROM risks WHERE project_id = $1 ORDER BY title'),
    kpis: await rows('SELECT key, name, unit, direction, baseline::float8, target::float8 FROM kpis WHERE project_id = $1 ORDER BY key'),
  };
}

async function taskTitles(api: TestApp, projectId: string): Promise<string[]> {
  const rows: { title: string }[] = await api.query('SELECT title FROM tasks WHERE project_id = $1', [projectId]);
  return rows.map((r) => r.title);
}

describe('program templates', () => {
  let api: TestApp;
  let owner: SignedIn;
  let stranger: SignedIn;
  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Template owner');
    stranger = await api.signUp('Other organisation');
  });
  afterAll(() => api.close());

  it('lists the built-in templates: the neutral one, Salesforce, Dynamics 365 and HubSpot', async () => {
    const data = await api.ok(LIST, {}, owner.token);
    expect(data['templates'].map((t: { id: string; crmProduct: string | null; builtIn: boolean }) => [t.id, t.crmProduct, t.builtIn])).toEqual([
      ['builtin:standard', null, true],
      ['builtin:salesforce', 'Salesforce', true],
      ['builtin:dynamics365', 'Dynamics 365', true],
      ['builtin:hubspot', 'HubSpot', true],
    ]);
  });

  it('names the built-in templates in the reader’s language and words a variant’s own work in it too', async () => {
    const dutch = await api.signUp('Dutch template reader');
    const { me } = await api.ok<{ me: { version: number } }>('{ me { version } }', {}, dutch.token);
    await api.ok('mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }', { input: { version: me.version, locale: 'nl' } }, dutch.token);
    const listed = (await api.ok(LIST, {}, dutch.token))['templates'].map((t: { name: string }) => t.name);
    expect(listed).toEqual(['Standaard CRM-uitrol', 'Salesforce-uitrol', 'Dynamics 365-uitrol', 'HubSpot-uitrol']);
    const { id } = (await api.ok(CREATE, { input: { name: 'HubSpot in Utrecht', ...program, templateId: 'builtin:hubspot' } }, dutch.token))['createProject'];
    const titles = await taskTitles(api, id);
    expect(titles).toEqual(expect.arrayContaining(['HubSpot-seats toewijzen', 'Imports en objectkoppelingen oefenen']));
    expect(titles.filter((title) => title === 'Assign HubSpot seats')).toEqual([]);
  });

  it.each([
    ['builtin:salesforce', ['Rehearse loads with Data Loader', 'Design profiles and permission sets', 'Set up sandboxes and the release path', 'Assign Salesforce licences']],
    ['builtin:dynamics365', ['Create environments in the Power Platform admin centre', 'Design security roles and business units', 'Rehearse the migration with dataflows', 'Assign Dynamics 365 licences']],
    ['builtin:hubspot', ['Prepare the portal and a sandbox account', 'Set up teams and permission sets', 'Rehearse imports and object associations', 'Assign HubSpot seats']],
  ])('%s creates a program with the standard work and its product-specific tasks', async (templateId, productTasks) => {
    const standard = await createStandardProject(api, owner.token);
    const { id } = (await api.ok(CREATE, { input: { name: `From ${templateId}`, ...program, templateId } }, owner.token))['createProject'];
    const titles = await taskTitles(api, id);
    expect(titles).toEqual(expect.arrayContaining([...(await taskTitles(api, standard.id)), ...productTasks]));
    expect(await taskTitles(api, standard.id)).not.toEqual(expect.arrayContaining(productTasks.slice(0, 1)));
    expect(await api.count(`risks WHERE project_id = '${id}'`)).toBe(8);
  });

  it('export, import and create give a program of the same structure', async () => {
    const source = (await api.ok(CREATE, { input: { name: 'Source', ...program, templateId: 'builtin:hubspot' } }, owner.token))['createProject'];
    const content = (await api.ok(EXPORT, { projectId: source.id }, owner.token))['exportTemplate'];
    const exported = JSON.parse(content);
    expect(exported).toMatchObject({ name: 'Source template', crmProduct: 'Any CRM' });
    expect(exported.phases[0].window).toEqual({ from: { at: 0 }, to: { at: expect.any(Number) } });
    expect(exported.phases[4].window.to).toEqual({ afterGoLiveDays: 90 });

    const imported = (await api.ok(IMPORT, { input: { content } }, owner.token))['importTemplate'];
    expect(imported).toMatchObject({ name: 'Source template', crmProduct: 'Any CRM', builtIn: false });
    const listed = (await api.ok(LIST, {}, owner.token))['templates'];
    expect(listed.at(-1)).toMatchObject({ id: imported.id, builtIn: false });

    const copy = (await api.ok(CREATE, { input: { name: 'Copy', ...program, templateId: imported.id } }, owner.token))['createProject'];
    expect(await structure(api, copy.id)).toEqual(await structure(api, source.id));
  });

  it('carries dependency lags and the communications plan from export through import to a new program and its waves', async () => {
    const LAGS = `SELECT a.title AS waits, b.title AS for, d.lag_days AS "lagDays" FROM task_dependencies d JOIN tasks a ON a.id = d.task_id
                   JOIN tasks b ON b.id = d.depends_on_id WHERE d.project_id = $1 AND d.lag_days <> 0 ORDER BY 1, 2`;
    const WAVE = 'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }';
    const MESSAGES = 'query($w: ID!) { communications(waveId: $w) { offsetDays plannedOn title channel audienceUnits audienceRoles { key } ownerRole { key } } }';
    // The Salesforce template waits a week after the sandboxes for the first Data Loader rehearsal.
    const source = (await api.ok(CREATE, { input: { name: 'Lagged source', ...program, templateId: 'builtin:salesforce' } }, owner.token))['createProject'];
    expect(await api.query(LAGS, [source.id])).toEqual([{ waits: 'Rehearse loads with Data Loader', for: 'Set up sandboxes and the release path', lagDays: 5 }]);

    const exported = JSON.parse((await api.ok(EXPORT, { projectId: source.id }, owner.token))['exportTemplate']);
    const loads = exported.tasks.find((t: { title: string }) => t.title === 'Rehearse loads with Data Loader');
    expect(loads.dependsOn).toContainEqual({ task: 'set-up-sandboxes-and-the-release-path', lagDays: 5 });
    expect(exported.communications.map((m: { offsetDays: number }) => m.offsetDays)).toEqual([-30, -7, 0, 7, 30]);
    expect(exported.communications[2]).toMatchObject({ channel: 'INTRANET', audienceRoles: ['KEY_USER', 'SUPPORT_LEAD'], ownerRole: 'COMMUNICATIONS_LEAD' });

    // The team makes the plan its own: a lead of two days elsewhere, and two messages instead of five.
    const steering = exported.tasks.find((t: { title: string }) => t.title === 'Chair the go/no-go steering meeting');
    steering.dependsOn = steering.dependsOn.map((d: string) => ({ task: d, lagDays: -2 }));
    exported.name = 'Trainer-led plan';
    exported.communications = [
      { offsetDays: 3, title: 'Three days in: ask us anything', channel: 'EMAIL', audienceRoles: [] },
      { offsetDays: -14, title: 'Book your training seat', body: 'Sessions and rooms per team.', channel: 'CHAT', audienceRoles: ['KEY_USER', 'TRAINER'], ownerRole: 'TRAINER' },
    ];
    const imported = (await api.ok(IMPORT, { input: { content: JSON.stringify(exported) } }, owner.token))['importTemplate'];
    const copy = (await api.ok(CREATE, { input: { name: 'Trainer-led copy', ...program, templateId: imported.id } }, owner.token))['createProject'];
    expect(await api.query(LAGS, [copy.id])).toEqual([
      { waits: 'Chair the go/no-go steering meeting', for: 'Run the pilot wave', lagDays: -2 },
      { waits: 'Rehearse loads with Data Loader', for: 'Set up sandboxes and the release path', lagDays: 5 },
    ]);

    // A wave of the new program starts with the program's plan, dated from its go-live (a Wednesday).
    const wave = (await api.ok(WAVE, { input: { projectId: copy.id, name: 'Iberia', scope: ['Madrid'], goLiveDate: '2027-06-16', readinessItems: [] } }, owner.token))['createRolloutWave'];
    expect((await api.ok(MESSAGES, { w: wave.id }, owner.token))['communications']).toEqual([
      { offsetDays: -14, plannedOn: '2027-06-02', title: 'Book your training seat', channel: 'CHAT', audienceUnits: ['Madrid'], audienceRoles: [{ key: 'TRAINER' }, { key: 'KEY_USER' }], ownerRole: { key: 'TRAINER' } },
      { offsetDays: 3, plannedOn: '2027-06-21', title: 'Three days in: ask us anything', channel: 'EMAIL', audienceUnits: ['Madrid'], audienceRoles: [], ownerRole: { key: 'COMMUNICATIONS_LEAD' } },
    ]);
    // The copy exports the plan it was given, so a template of a template keeps it.
    const again = JSON.parse((await api.ok(EXPORT, { projectId: copy.id }, owner.token))['exportTemplate']);
    expect(again.communications).toEqual([
      { offsetDays: 3, title: 'Three days in: ask us anything', body: '', channel: 'EMAIL', audienceRoles: [] },
      { offsetDays: -14, title: 'Book your training seat', body: 'Sessions and rooms per team.', channel: 'CHAT', audienceRoles: ['KEY_USER', 'TRAINER'], ownerRole: 'TRAINER' },
    ]);
  });

  it('gives the waves of a program without a plan of its own, and of an empty program, the standard messages', async () => {
    const WAVE = 'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }';
    const empty = (await api.ok(CREATE, { input: { name: 'Empty with waves', ...program, template: 'EMPTY' } }, owner.token))['createProject'];
    expect(await api.count(`communication_plans WHERE project_id = '${empty.id}'`)).toBe(0);
    const wave = (await api.ok(WAVE, { input: { projectId: empty.id, name: 'Benelux', scope: ['Brussels'], goLiveDate: '2027-06-16', readinessItems: [] } }, owner.token))['createRolloutWave'];
    const messages = (await api.ok('query($w: ID!) { communications(waveId: $w) { offsetDays ownerRole { key } } }', { w: wave.id }, owner.token))['communications'];
    expect(messages.map((m: { offsetDays: number }) => m.offsetDays)).toEqual([-30, -7, 0, 7, 30]);
    expect(messages.every((m: { ownerRole: { key: string } | null }) => m.ownerRole?.key === 'COMMUNICATIONS_LEAD')).toBe(true);
  });

  it('refuses a communications plan or a lag the format does not allow, naming their paths', async () => {
    const template = JSON.parse((await api.ok(EXPORT, { projectId: (await createStandardProject(api, owner.token)).id }, owner.token))['exportTemplate']);
    template.communications[0].channel = 'FAX';
    template.communications[1].ownerRole = 'TOWN_CRIER';
    template.tasks[1].dependsOn = [{ task: template.tasks[0].key, lagDays: 1.5 }];
    const before = await api.count('program_templates');
    const bad = await api.gql(IMPORT, { input: { content: JSON.stringify(template) } }, owner.token);
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions['fields']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'content.communications[0].channel', message: expect.stringMatching(/^must be one of EMAIL, /) }),
        expect.objectContaining({ field: 'content.tasks[1].dependsOn[0].lagDays', message: 'must be integer' }),
      ]),
    );
    template.communications[0].channel = 'EMAIL';
    template.tasks[1].dependsOn = [{ task: template.tasks[0].key, lagDays: 1 }];
    const unknownRole = await api.gql(IMPORT, { input: { content: JSON.stringify(template) } }, owner.token);
    expect(unknownRole.errors?.[0]?.extensions['fields']).toEqual([
      expect.objectContaining({ field: 'content.communications[1].ownerRole', message: `must be one of the template's roles; there is no role "TOWN_CRIER"` }),
    ]);
    expect(await api.count('program_templates')).toBe(before);
  });

  it('refuses text that is not JSON, and a template with schema and reference errors, naming their paths', async () => {
    const before = await api.count('program_templates');
    const notJson = await api.gql(IMPORT, { input: { content: '{ "roles": [' } }, owner.token);
    expect(notJson.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(notJson.errors?.[0]?.message).toMatch(/^content: This is not valid JSON/);

    const template = JSON.parse((await api.ok(EXPORT, { projectId: (await createStandardProject(api, owner.token)).id }, owner.token))['exportTemplate']);
    template.phases[2].milestones[0].due = { at: 2 };
    template.tasks[0].role = 'WIZARD';
    const bad = await api.gql(IMPORT, { input: { content: JSON.stringify(template) } }, owner.token);
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'content.phases[2].milestones[0].due.at', message: 'must be <= 1' })]);

    template.phases[2].milestones[0].due = { at: 0.5 };
    const unknownRole = await api.gql(IMPORT, { input: { content: JSON.stringify(template) } }, owner.token);
    expect(unknownRole.errors?.[0]?.extensions['fields']).toEqual([
      expect.objectContaining({
        field: 'content.tasks[0].role',
        message: `must be one of the template's roles; there is no role "WIZARD"`,
        code: 'TEMPLATE_NO_SUCH_ROLE',
        params: expect.objectContaining({ key: 'WIZARD' }),
      }),
    ]);
    // The code and params let a Dutch or Italian reader read the same problem in their language.
    const [roleProblem] = unknownRole.errors?.[0]?.extensions['fields'] as { code: MessageCode; params: MessageParams }[];
    expect(formatMessage('nl', { code: roleProblem.code, params: roleProblem.params })).toBe('moet een rol van het sjabloon zijn; er is geen rol "WIZARD"');
    delete template.name;
    template.tasks[0].role = 'PROJECT_MANAGER';
    const nameless = await api.gql(IMPORT, { input: { content: JSON.stringify(template) } }, owner.token);
    expect(nameless.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'content.name', message: expect.stringMatching(/Give the template a name/) })]);
    expect(await api.count('program_templates')).toBe(before);
  });

  it("keeps an organisation's templates to itself: another organisation neither lists nor uses them", async () => {
    const source = await createStandardProject(api, owner.token);
    const content = (await api.ok(EXPORT, { projectId: source.id }, owner.token))['exportTemplate'];
    const imported = (await api.ok(IMPORT, { input: { content } }, owner.token))['importTemplate'];
    const theirs = (await api.ok(LIST, {}, stranger.token))['templates'];
    expect(theirs.map((t: { id: string }) => t.id)).not.toContain(imported.id);
    const projectsBefore = await api.count('projects');
    for (const templateId of [imported.id, 'builtin:nothing', 'not-an-id']) {
      const result = await api.gql(CREATE, { input: { name: 'Borrowed', ...program, templateId } }, stranger.token);
      expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    expect(await api.count('projects')).toBe(projectsBefore);
    const peek = await api.gql(EXPORT, { projectId: source.id }, stranger.token);
    expect(peek.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a template id together with an EMPTY program', async () => {
    const result = await api.gql(CREATE, { input: { name: 'Both', ...program, template: 'EMPTY', templateId: 'builtin:salesforce' } }, owner.token);
    expect(result.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'templateId', message: expect.stringMatching(/starts from no template/) })]);
  });

  it('creates a program from a larger template in as many statements as from a smaller one', async () => {
    const statements = async (templateId: string) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({ query: CREATE, variables: { input: { name: `Count ${templateId}`, ...program, templateId } } }),
      });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      return Number(response.headers.get('x-sql-statements'));
    };
    const small = JSON.parse((await api.ok(EXPORT, { projectId: (await createStandardProject(api, owner.token)).id }, owner.token))['exportTemplate']);
    const large = { ...small, name: 'Large', tasks: [...small.tasks] };
    for (let i = 0; i < 40; i += 1) large.tasks.push({ ...small.tasks[0], key: `extra-${i}`, title: `Extra task ${i}`, dependsOn: [small.tasks[0].key] });
    const smallId = (await api.ok(IMPORT, { input: { content: JSON.stringify(small) } }, owner.token))['importTemplate'].id;
    const largeId = (await api.ok(IMPORT, { input: { content: JSON.stringify(large) } }, owner.token))['importTemplate'].id;
    const few = await statements(smallId);
    expect(few).toBeGreaterThan(0);
    expect(await statements(largeId)).toBe(few);
    expect(await statements('builtin:standard')).toBe(few - 1);
  });
});
