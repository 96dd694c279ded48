import { startTestApp, TestApp } from './support/test-app';

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) {
  id phases { name milestones { name } exitCriteria { label } }
} }`;
const CONTENT = `query($projectId: ID!) { tasks(projectId: $projectId, first: 100) { edges { node { title } } } risks(projectId: $projectId) { title } kpis(projectId: $projectId) { name unit } }`;
const input = (name: string) => ({ name, crmProduct: 'Dynamics 365', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' });

interface Program {
  phases: { name: string; milestones: { name: string }[]; exitCriteria: { label: string }[] }[];
  tasks: { edges: { node: { title: string } }[] };
  risks: { title: string }[];
  kpis: { name: string; unit: string }[];
}

describe('a program from a built-in template, in the language of whoever creates it', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** createProject as a browser sends it, with its Accept-Language. */
  async function createAs(token: string, acceptLanguage: string, name: string): Promise<Program> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': acceptLanguage },
      body: JSON.stringify({ query: CREATE, variables: { input: input(name) } }),
    });
    const body = (await response.json()) as { data?: { createProject: { id: string; phases: Program['phases'] } }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    const created = body.data!.createProject;
    const content = await api.ok<Omit<Program, 'phases'>>(CONTENT, { projectId: created.id }, token);
    return { phases: created.phases, ...content };
  }

  it('words phases, milestones, criteria, tasks, risks and KPIs in the browser’s language when the profile has none', async () => {
    const { token } = await api.signUp('Dutch reader');
    const program = await createAs(token, 'nl-NL,nl;q=0.9,en;q=0.5', 'Uitrol Benelux');
    expect(program.phases.map((phase) => phase.name)).toEqual(['Behoefteanalyse', 'Procesherontwerp', 'Technologiekeuze', 'Gefaseerde uitrol', 'Training en adoptie']);
    expect(program.phases[0].milestones.map((m) => m.name)).toContain('Eisen afgetekend');
    expect(program.phases[0].exitCriteria.map((c) => c.label)).toContain('Het eisendocument is gepubliceerd en afgetekend');
    expect(program.tasks.edges.map((edge) => edge.node.title)).toContain('Houd de kick-off met de opdrachtgever');
    expect(program.risks.map((risk) => risk.title)).toContain('Weerstand tegen verandering');
    expect(program.kpis.map((kpi) => kpi.name)).toContain('Gebruikersadoptie');
  });

  it('follows the language chosen in the profile over the browser’s', async () => {
    const { token } = await api.signUp('Italian reader');
    const me = await api.ok<{ me: { version: number } }>('{ me { version } }', {}, token);
    await api.ok('mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }', { input: { version: me.me.version, locale: 'it' } }, token);
    const program = await createAs(token, 'nl-NL', 'Rilascio Italia');
    expect(program.phases[0].name).toBe('Analisi dei requisiti');
    expect(program.kpis.find((kpi) => kpi.name === 'Generazione di lead')?.unit).toBe('lead/mese');
  });

  it('stays in English for a browser whose language we do not speak', async () => {
    const { token } = await api.signUp('German reader');
    const program = await createAs(token, 'de-DE,de;q=0.9', 'Rollout DACH');
    expect(program.phases[0].name).toBe('Needs analysis');
  });
});
