import { assignRole, createPerson, createStandardProject, shareProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const RISK_FIELDS = 'id title description likelihood impact score severity mitigation status version role { key } owner { id name } ownerSource';
const RISKS = `query($p: ID!, $closed: Boolean) { risks(projectId: $p, includeClosed: $closed) { ${RISK_FIELDS} } }`;
const HEAT_MAP = 'query($p: ID!) { riskHeatMap(projectId: $p) { likelihood impact count } }';
const CREATE_RISK = `mutation($input: CreateRiskInput!) { createRisk(input: $input) { ${RISK_FIELDS} } }`;
const UPDATE_RISK = `mutation($input: UpdateRiskInput!) { updateRisk(input: $input) { ${RISK_FIELDS} } }`;

interface Risk {
  id: string;
  title: string;
  likelihood: number;
  score: number;
  severity: string;
  version: number;
  mitigation: string;
}

function riskTitled(risks: Risk[], title: string): Risk {
  const risk = risks.find((r) => r.title === title);
  if (!risk) throw new Error(`The project has no risk “${title}”.`);
  return risk;
}

interface Cell {
  likelihood: number;
  impact: number;
  count: number;
}

describe('risks', () => {
  let api: TestApp;
  let owner: SignedIn;
  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Risk owner');
  });
  afterAll(() => api.close());

  const risksOf = async (projectId: string, includeClosed?: boolean, token = owner.token) =>
    (await api.ok<{ risks: Risk[] }>(RISKS, { p: projectId, closed: includeClosed }, token)).risks;
  const heatMapOf = async (projectId: string) => (await api.ok(HEAT_MAP, { p: projectId }, owner.token))['riskHeatMap'] as Cell[];
  const cell = (cells: Cell[], likelihood: number, impact: number) => cells.find((c) => c.likelihood === likelihood && c.impact === impact)?.count;

  it('lists the template’s risks highest score first, with severity, mitigation and owning role', async () => {
    const project = await createStandardProject(api, owner.token);
    const risks = await risksOf(project.id);
    expect(risks.map((r) => [r.title, r.score, r.severity])).toEqual([
      ['Data silos', 16, 'HIGH'],
      ['Lack of training', 15, 'HIGH'],
      ['Resistance to change', 15, 'HIGH'],
      ['Insufficient resources', 12, 'MEDIUM'],
      ['Lack of accountability', 12, 'MEDIUM'],
      ['Poor communication', 12, 'MEDIUM'],
    ]);
    expect(risks[1]).toMatchObject({ status: 'OPEN', version: 1, role: { key: 'TRAINER' }, owner: null, ownerSource: 'UNOWNED' });
    expect(risks.every((r) => r.mitigation.length > 20)).toBe(true);
  });

  it('counts open risks on the 5 × 5 heat map and leaves closed ones off it and off the default list', async () => {
    const project = await createStandardProject(api, owner.token);
    const cells = await heatMapOf(project.id);
    expect(cells).toHaveLength(25);
    expect(cells.reduce((sum, c) => sum + c.count, 0)).toBe(6);
    expect([cell(cells, 4, 5), cell(cells, 4, 4), cell(cells, 3, 5), cell(cells, 3, 4), cell(cells, 1, 1)]).toEqual([0, 1, 2, 3, 0]);

    const silos = riskTitled(await risksOf(project.id), 'Data silos');
    const closed = (await api.ok(UPDATE_RISK, { input: { id: silos.id, version: silos.version, status: 'CLOSED' } }, owner.token))['updateRisk'];
    expect(closed).toMatchObject({ status: 'CLOSED', version: 2 });
    const watched = riskTitled(await risksOf(project.id), 'Poor communication');
    await api.ok(UPDATE_RISK, { input: { id: watched.id, version: watched.version, status: 'MONITORING' } }, owner.token);

    const after = await heatMapOf(project.id);
    expect(cell(after, 4, 4)).toBe(0);
    expect(cell(after, 3, 4)).toBe(3);
    expect(after.reduce((sum, c) => sum + c.count, 0)).toBe(5);
    expect((await risksOf(project.id)).map((r) => r.title)).not.toContain('Data silos');
    expect((await risksOf(project.id, true)).map((r) => r.title)).toContain('Data silos');
  });

  it('gives a risk to the primary holder of its role unless someone is named as its owner', async () => {
    const project = await createStandardProject(api, owner.token);
    const manager = await createPerson(api, owner.token, 'Morgan Manager');
    const analyst = await createPerson(api, owner.token, 'Ada Analyst');
    await assignRole(api, owner.token, { projectId: project.id, roleKey: 'PROJECT_MANAGER', personId: manager.id, allocationPercent: 50 });

    const accountability = riskTitled(await risksOf(project.id), 'Lack of accountability');
    expect(accountability).toMatchObject({ role: { key: 'PROJECT_MANAGER' }, owner: { id: manager.id, name: 'Morgan Manager' }, ownerSource: 'ROLE' });

    const named = (await api.ok(UPDATE_RISK, { input: { id: accountability.id, version: 1, ownerId: analyst.id } }, owner.token))['updateRisk'];
    expect(named).toMatchObject({ owner: { id: analyst.id }, ownerSource: 'ASSIGNEE', version: 2 });

    const back = (await api.ok(UPDATE_RISK, { input: { id: accountability.id, version: 2, ownerId: null } }, owner.token))['updateRisk'];
    expect(back).toMatchObject({ owner: { id: manager.id }, ownerSource: 'ROLE' });

    const created = (
      await api.ok(CREATE_RISK, { input: { projectId: project.id, title: 'Vendor delays', likelihood: 2, impact: 3, roleKey: 'project_manager' } }, owner.token)
    )['createRisk'];
    expect(created).toMatchObject({ score: 6, severity: 'LOW', role: { key: 'PROJECT_MANAGER' }, owner: { id: manager.id }, ownerSource: 'ROLE', status: 'OPEN' });

    const withoutRole = (await api.ok(UPDATE_RISK, { input: { id: created.id, version: 1, roleKey: null } }, owner.token))['updateRisk'];
    expect(withoutRole).toMatchObject({ role: null, owner: null, ownerSource: 'UNOWNED' });
  });

  it('refuses likelihood or impact outside 1 to 5 and unknown roles or people, storing nothing', async () => {
    const project = await createStandardProject(api, owner.token);
    const before = await api.count('risks');
    const invalid: [Record<string, unknown>, string][] = [
      [{ likelihood: 6, impact: 3 }, 'likelihood'],
      [{ likelihood: 0, impact: 3 }, 'likelihood'],
      [{ likelihood: 3, impact: 6 }, 'impact'],
      [{ likelihood: 3, impact: 3, roleKey: 'CHIEF_WIZARD' }, 'roleKey'],
      [{ likelihood: 3, impact: 3, ownerId: '00000000-0000-4000-8000-000000000000' }, 'ownerId'],
      [{ likelihood: 3, impact: 3, title: '  ' }, 'title'],
    ];
    for (const [input, field] of invalid) {
      const result = await api.gql(CREATE_RISK, { input: { projectId: project.id, title: 'Scope creep', ...input } }, owner.token);
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field })]);
    }
    const fractional = await api.gql(CREATE_RISK, { input: { projectId: project.id, title: 'Scope creep', likelihood: 2.5, impact: 3 } }, owner.token);
    expect(fractional.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await api.count('risks')).toBe(before);

    const [top] = await risksOf(project.id);
    const tooLikely = await api.gql(UPDATE_RISK, { input: { id: top.id, version: top.version, likelihood: 6 } }, owner.token);
    expect(tooLikely.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const nullTitle = await api.gql(UPDATE_RISK, { input: { id: top.id, version: top.version, title: null } }, owner.token);
    expect(nullTitle.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await risksOf(project.id))[0]).toMatchObject({ likelihood: top.likelihood, title: top.title, version: top.version });
  });

  it('re-assesses a risk under its version, refuses a stale one, and keeps a history', async () => {
    const project = await createStandardProject(api, owner.token);
    const training = riskTitled(await risksOf(project.id), 'Lack of training');
    const reassessed = (await api.ok(UPDATE_RISK, { input: { id: training.id, version: 1, likelihood: 1, mitigation: 'Training budget approved.' } }, owner.token))['updateRisk'];
    expect(reassessed).toMatchObject({ likelihood: 1, impact: 5, score: 5, severity: 'LOW', mitigation: 'Training budget approved.', version: 2 });
    expect((await risksOf(project.id)).map((r) => r.title).at(-1)).toBe('Lack of training');

    const stale = await api.gql(UPDATE_RISK, { input: { id: training.id, version: 1, impact: 1 } }, owner.token);
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const [stored] = await api.query('SELECT impact, version FROM risks WHERE id = $1', [training.id]);
    expect(stored).toEqual({ impact: 5, version: 2 });

    await api.ok(UPDATE_RISK, { input: { id: training.id, version: 2, status: 'MONITORING' } }, owner.token);
    const created = (await api.ok(CREATE_RISK, { input: { projectId: project.id, title: 'Key user leaves', likelihood: 2, impact: 4 } }, owner.token))['createRisk'];
    expect(created).toMatchObject({ role: null, owner: null, ownerSource: 'UNOWNED', description: '', mitigation: '' });

    const history = async (entityId: string) =>
      (
        await api.ok(
          'query($p: ID!, $e: ID) { auditEvents(projectId: $p, entityId: $e, first: 10) { edges { node { action before after } } } }',
          { p: project.id, e: entityId },
          owner.token,
        )
      )['auditEvents'].edges.map((e: { node: { action: string; before: string | null; after: string } }) => e.node);
    const events = await history(training.id);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['STATUS_CHANGED', 'UPDATED']);
    expect(JSON.parse(events[0].after)).toEqual({ status: 'MONITORING' });
    expect(JSON.parse(events[1].before)).toEqual({ likelihood: 3, mitigation: expect.stringMatching(/training budget/) });
    expect((await history(created.id)).map((e: { action: string }) => e.action)).toEqual(['CREATED']);
  });

  it('lets viewers read risks but not change them, and hides them from non-members', async () => {
    const project = await createStandardProject(api, owner.token);
    const viewer = await api.signUp('Risk viewer', { organisationOf: owner });
    const stranger = await api.signUp('Risk stranger');
    await shareProject(api, owner.token, project.id, viewer, 'VIEWER');
    expect(await risksOf(project.id, false, viewer.token)).toHaveLength(6);
    expect((await api.gql(RISKS, { p: project.id }, stranger.token)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await api.gql(HEAT_MAP, { p: project.id }, stranger.token)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    const [risk] = await risksOf(project.id);
    const attempts: [string, Record<string, unknown>][] = [
      [CREATE_RISK, { projectId: project.id, title: 'Budget cut', likelihood: 2, impact: 5 }],
      [UPDATE_RISK, { id: risk.id, version: risk.version, status: 'CLOSED' }],
    ];
    const risksBefore = await api.count('risks');
    const auditBefore = await api.count('audit_events');
    for (const [document, input] of attempts) {
      expect((await api.gql(document, { input }, viewer.token)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect((await api.gql(document, { input }, stranger.token)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    expect(await api.count('risks')).toBe(risksBefore);
    expect(await api.count('audit_events')).toBe(auditBefore);
    expect((await risksOf(project.id))[0]).toMatchObject({ id: risk.id, status: 'OPEN', version: risk.version });
  });

  it('costs the same number of SQL statements to list 6 risks with roles and owners as 12', async () => {
    const statements = async (projectId: string) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({ query: RISKS, variables: { p: projectId } }),
      });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      return { count: Number(response.headers.get('x-sql-statements')), risks: body.data.risks as unknown[] };
    };
    const staffed = async () => {
      const project = await createStandardProject(api, owner.token);
      const person = await createPerson(api, owner.token, 'Risk holder');
      for (const roleKey of ['TRAINER', 'PROJECT_MANAGER', 'EXECUTIVE_SPONSOR']) await assignRole(api, owner.token, { projectId: project.id, roleKey, personId: person.id, allocationPercent: 10 });
      return { project, person };
    };
    const small = await staffed();
    const large = await staffed();
    for (let i = 0; i < 6; i += 1) {
      await api.ok(
        CREATE_RISK,
        { input: { projectId: large.project.id, title: `Extra risk ${i}`, likelihood: 1 + (i % 5), impact: 2, roleKey: 'TRAINER', ...(i % 2 ? { ownerId: large.person.id } : {}) } },
        owner.token,
      );
    }
    const few = await statements(small.project.id);
    const many = await statements(large.project.id);
    expect(few.risks).toHaveLength(6);
    expect(many.risks).toHaveLength(12);
    expect(few.count).toBeGreaterThan(0);
    expect(many.count).toBe(few.count);
  });
});
