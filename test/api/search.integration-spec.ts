import { assignRole, createPerson, createStandardProject, shareProject, StandardProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const SEARCH = `query($p: ID!, $text: String!) {
  search(projectId: $p, text: $text) { kind id title titleMatches { start length } context contextMatches { start length } rank }
}`;

interface Range {
  start: number;
  length: number;
}

interface Hit {
  kind: string;
  id: string;
  title: string;
  titleMatches: Range[];
  context: string;
  contextMatches: Range[];
  rank: number;
}

/** The marked parts of a text, as the search box shows them. */
const marked = (text: string, ranges: Range[]) => ranges.map((r) => text.slice(r.start, r.start + r.length));

/*
 * The words searched for are made up, so the standard template's own tasks, milestones and risks
 * never match them.
 */
describe('search', () => {
  let api: TestApp;
  let owner: SignedIn;
  let project: StandardProject;

  const search = async (text: string, projectId = project.id, token = owner.token) =>
    (await api.ok<{ search: Hit[] }>(SEARCH, { p: projectId, text }, token)).search;
  const titles = (hits: Hit[]) => hits.map((hit) => `${hit.kind} ${hit.title}`);

  const createTask = async (projectId: string, phaseId: string, title: string, description = '', assigneeId?: string) =>
    (
      await api.ok<{ createTask: { id: string } }>(
        'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }',
        { input: { projectId, phaseId, title, description, roleKey: 'CRM_ADMIN', assigneeId } },
        owner.token,
      )
    ).createTask;

  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Search owner');
    project = await createStandardProject(api, owner.token);
  });
  afterAll(() => api.close());

  it('finds a task by a word of its title and by the start of a word ("quokk" finds "Quokka")', async () => {
    const task = await createTask(project.id, project.phases[0].id, 'Import the Quokka accounts');
    for (const text of ['quokka', 'QUOKKA', 'quokk', 'import quokka']) {
      const hits = await search(text);
      expect(hits.map((hit) => [hit.kind, hit.id])).toEqual([['TASK', task.id]]);
    }
    const [hit] = await search('quokk');
    expect(marked(hit.title, hit.titleMatches)).toEqual(['Quokk']);
  });

  it('needs every word typed: a word the record lacks finds nothing', async () => {
    await createTask(project.id, project.phases[0].id, 'Reconcile the wombat ledger');
    expect(titles(await search('wombat ledger'))).toEqual(['TASK Reconcile the wombat ledger']);
    expect(await search('wombat spreadsheet')).toEqual([]);
  });

  it('does not match a word that merely contains what was typed', async () => {
    await createTask(project.id, project.phases[0].id, 'Brief the retrainers of Xylo');
    expect(titles(await search('xylo trainers'))).toEqual([]);
    expect(titles(await search('xylo retrain'))).toEqual(['TASK Brief the retrainers of Xylo']);
  });

  it('finds a task by a word of its description and shows a plain-text snippet around it', async () => {
    const description =
      'Before go-live each branch sends a cleaned customer list. The data steward then checks the list for duplicates, ' +
      'compares it with the numbat extract from finance, and signs off the migration in writing.';
    const task = await createTask(project.id, project.phases[1].id, 'Sign off the customer list', description);
    const [hit] = await search('numbat');
    expect(hit).toMatchObject({ kind: 'TASK', id: task.id, title: 'Sign off the customer list', titleMatches: [] });
    expect(hit.context.length).toBeLessThanOrEqual(122);
    expect(hit.context).toContain('numbat extract');
    expect(hit.context).not.toMatch(/[<>]/);
    expect(marked(hit.context, hit.contextMatches)).toEqual(['numbat']);
  });

  it('finds a milestone by its name and names its phase as context', async () => {
    const phase = project.phases[2];
    const milestone = (
      await api.ok<{ createMilestone: { id: string } }>(
        'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }',
        { input: { phaseId: phase.id, name: 'Platypus contract signed', dueDate: '2027-04-01' } },
        owner.token,
      )
    ).createMilestone;
    const phaseName = (await api.ok('query($id: ID!) { project(id: $id) { phases { id name } } }', { id: project.id }, owner.token))['project'].phases.find(
      (p: { id: string }) => p.id === phase.id,
    ).name;
    const [hit] = await search('platyp');
    expect(hit).toMatchObject({ kind: 'MILESTONE', id: milestone.id, title: 'Platypus contract signed', context: phaseName });
  });

  it('finds a requirement by its title, its description and its gap note', async () => {
    const created = await api.ok<{ createRequirement: { id: string } }>(
      'mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id } }',
      {
        input: {
          projectId: project.id,
          title: 'Pipeline view per dingo region',
          description: 'Sales managers see the bilby forecast of their region.',
          department: 'SALES',
          priority: 'MUST',
        },
      },
      owner.token,
    );
    const id = created.createRequirement.id;
    await api.ok(
      'mutation($input: UpdateRequirementInput!) { updateRequirement(input: $input) { id } }',
      { input: { id, version: 1, gapNote: 'Today the kookaburra sheet does this.' } },
      owner.token,
    );
    for (const [text, context] of [
      ['dingo', 'Sales managers see the bilby forecast of their region.'],
      ['bilby', 'Sales managers see the bilby forecast of their region.'],
      ['kookab', 'Today the kookaburra sheet does this.'],
    ]) {
      const [hit] = await search(text);
      expect(hit).toMatchObject({ kind: 'REQUIREMENT', id, title: 'Pipeline view per dingo region', context });
    }
  });

  it('finds a risk by its title, description and mitigation', async () => {
    const created = await api.ok<{ createRisk: { id: string } }>(
      'mutation($input: CreateRiskInput!) { createRisk(input: $input) { id } }',
      {
        input: {
          projectId: project.id,
          title: 'Galah integration slips',
          description: 'The vendor of the cassowary system answers slowly.',
          mitigation: 'Weekly call with the emu team.',
          likelihood: 3,
          impact: 4,
        },
      },
      owner.token,
    );
    for (const text of ['galah', 'cassowary', 'emu']) {
      expect((await search(text)).map((hit) => [hit.kind, hit.id])).toEqual([['RISK', created.createRisk.id]]);
    }
    const [hit] = await search('emu');
    expect(marked(hit.context, hit.contextMatches)).toEqual(['emu']);
  });

  it('finds people who hold a role, are assigned a task or are members, by name, email, department or business unit', async () => {
    const holder = await createPerson(api, owner.token, 'Wilma Wallaby', { department: 'Finance', businessUnit: 'Tasmania' });
    await assignRole(api, owner.token, { projectId: project.id, roleKey: 'DATA_STEWARD', personId: holder.id });
    const assignee = await createPerson(api, owner.token, 'Arnold Wallaby');
    await createTask(project.id, project.phases[0].id, 'Count the stock', '', assignee.id);
    const member = await api.signUp('Mona Wallaby', { organisationOf: owner });
    // Joining the organisation entered the member in its directory.
    const memberPerson = (await api.ok<{ me: { person: { id: string } } }>('{ me { person { id } } }', {}, member.token)).me.person;
    await shareProject(api, owner.token, project.id, member, 'VIEWER');

    expect(titles(await search('wallaby')).sort()).toEqual(['PERSON Arnold Wallaby', 'PERSON Mona Wallaby', 'PERSON Wilma Wallaby']);
    const [byUnit] = await search('tasman');
    expect(byUnit).toMatchObject({ kind: 'PERSON', id: holder.id, context: `Finance · Tasmania · ${holder.email}` });
    expect(marked(byUnit.context, byUnit.contextMatches)).toEqual(['Tasman']);
    expect((await search('finance wilma')).map((hit) => hit.id)).toEqual([holder.id]);
    const localPart = holder.email.split('@')[0].split('.')[0];
    expect((await search(`${localPart} tasmania`)).map((hit) => hit.id)).toEqual([holder.id]);
    expect((await search('mona')).map((hit) => hit.id)).toEqual([memberPerson.id]);
  });

  it('never finds people of the shared directory who do not work in the program', async () => {
    const other = await api.signUp('Other owner');
    await createPerson(api, other.token, 'Quentin Bandicoot');
    const elsewhere = await createStandardProject(api, other.token);
    const staffedElsewhere = await createPerson(api, other.token, 'Rita Bandicoot');
    await assignRole(api, other.token, { projectId: elsewhere.id, roleKey: 'TRAINER', personId: staffedElsewhere.id });
    // Even someone this owner created, but who holds nothing here, is not of this program.
    await createPerson(api, owner.token, 'Sam Bandicoot');
    expect(await search('bandicoot')).toEqual([]);
    expect(titles(await search('bandicoot', elsewhere.id, other.token))).toEqual(['PERSON Rita Bandicoot']);
  });

  it("never returns another program's records, even when the same words are in both", async () => {
    const other = await api.signUp('Neighbour');
    const elsewhere = await createStandardProject(api, other.token);
    const mine = await createTask(project.id, project.phases[0].id, 'Echidna data load');
    await api.ok(
      'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }',
      { input: { projectId: elsewhere.id, phaseId: elsewhere.phases[0].id, title: 'Echidna data load', roleKey: 'CRM_ADMIN' } },
      other.token,
    );
    await api.ok(
      'mutation($input: CreateRiskInput!) { createRisk(input: $input) { id } }',
      { input: { projectId: elsewhere.id, title: 'Echidna risk', likelihood: 2, impact: 2 } },
      other.token,
    );
    expect((await search('echidna')).map((hit) => hit.id)).toEqual([mine.id]);
    // And a stranger cannot search this program at all.
    const result = await api.gql(SEARCH, { p: project.id, text: 'echidna' }, other.token);
    expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('puts a title match before a description match, best first across kinds', async () => {
    const inDescription = await createTask(project.id, project.phases[0].id, 'Prepare the workshop', 'Invite the koala owners.');
    const inTitle = await createTask(project.id, project.phases[0].id, 'Koala workshop');
    const risk = await api.ok<{ createRisk: { id: string } }>(
      'mutation($input: CreateRiskInput!) { createRisk(input: $input) { id } }',
      { input: { projectId: project.id, title: 'Koala owners unavailable', likelihood: 2, impact: 3 } },
      owner.token,
    );
    const hits = await search('koala');
    expect(hits).toHaveLength(3);
    expect(hits.slice(0, 2).map((hit) => hit.id).sort()).toEqual([inTitle.id, risk.createRisk.id].sort());
    expect(hits[2].id).toBe(inDescription.id);
    const ranks = hits.map((hit) => hit.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(ranks[0]).toBeGreaterThan(ranks[2]);
  });

  it('answers at most 20 hits of a kind and 50 in all', async () => {
    const phaseId = project.phases[3].id;
    for (let i = 1; i <= 22; i += 1) await createTask(project.id, phaseId, `Lyrebird task ${i}`);
    for (let i = 1; i <= 22; i += 1) {
      await api.ok(
        'mutation($input: CreateRiskInput!) { createRisk(input: $input) { id } }',
        { input: { projectId: project.id, title: `Lyrebird risk ${i}`, likelihood: 1, impact: 1 } },
        owner.token,
      );
    }
    for (let i = 1; i <= 12; i += 1) {
      await api.ok(
        'mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id } }',
        { input: { projectId: project.id, title: `Lyrebird requirement ${i}`, department: 'IT', priority: 'COULD' } },
        owner.token,
      );
    }
    const hits = await search('lyrebird');
    const count = (kind: string) => hits.filter((hit) => hit.kind === kind).length;
    // Equal ranks come in title order: the 12 requirements, the first 20 risks, then tasks up to 50.
    expect([count('REQUIREMENT'), count('RISK'), count('TASK'), hits.length]).toEqual([12, 20, 18, 50]);
    // 22 tasks match, but one search answers 20 of them.
    expect((await search('lyrebird task')).length).toBe(20);
  });

  it('asks the database the same number of statements for one hit as for twenty: the search is one statement', async () => {
    const statements = async (text: string) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({ query: SEARCH, variables: { p: project.id, text } }),
      });
      expect((await response.json()).errors).toBeUndefined();
      return Number(response.headers.get('x-sql-statements'));
    };
    for (let i = 1; i <= 25; i += 1) await createTask(project.id, project.phases[4].id, `Marsupial census ${i}`);
    await createTask(project.id, project.phases[4].id, 'Tally the pademelons');
    const one = await statements('pademelons');
    const many = await statements('marsupial');
    const withoutSearch = await statements('!!!');
    expect(many).toBe(one);
    expect(one - withoutSearch).toBe(1);
  });

  it('lets a viewer search', async () => {
    const viewer = await api.signUp('Search viewer', { organisationOf: owner });
    await shareProject(api, owner.token, project.id, viewer, 'VIEWER');
    await createTask(project.id, project.phases[0].id, 'Feed the tuataras');
    expect(titles(await search('tuatara', project.id, viewer.token))).toEqual(['TASK Feed the tuataras']);
  });

  it('finds nothing, without an error, for text that has no word in it', async () => {
    expect(await search('!!! -- ?')).toEqual([]);
  });

  it('takes quotes, backslashes and search operators as plain text', async () => {
    await createTask(project.id, project.phases[0].id, "O'Possum's import");
    expect(titles(await search("o'possum"))).toEqual(["TASK O'Possum's import"]);
    for (const text of ["'", '\\', '& | ! <-> :*', "possum' | 'a", 'possum:* | a']) {
      const result = await api.gql(SEARCH, { p: project.id, text }, owner.token);
      expect(result.errors).toBeUndefined();
    }
    expect(titles(await search('possum:* | zzz'))).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '    '],
    ['longer than 200 characters', 'a'.repeat(201)],
  ])('refuses %s text with BAD_USER_INPUT', async (_what, text) => {
    const result = await api.gql(SEARCH, { p: project.id, text }, owner.token);
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'text' })]);
  });

  it('takes text of exactly 200 characters', async () => {
    const result = await api.gql(SEARCH, { p: project.id, text: 'quokka '.repeat(28).padEnd(200, 'q') }, owner.token);
    expect(result.errors).toBeUndefined();
  });
});
