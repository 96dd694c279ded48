import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { createPerson, createStandardProject, shareProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const IMPORT = `mutation($input: ImportUsageDataInput!) { importUsageData(input: $input) {
  imported rowCount matchedCount unmatchedCount unmatchedEmails ignoredCount detectedFormat retrainingAdded adoptionMeasured errors { row message problem { code params { name value } } }
} }`;
const ADOPTION = `query($w: ID!) { adoption(waveId: $w) {
  activeUsers licensedUsers ratio active7 active30 byBusinessUnit { businessUnit licensedUsers active7 active30 ratio }
  inactive { person { id name } code days lastActiveOn reason reasonMessage { code params { name value } } } lastImport { format rowCount imported }
} }`;
const RETRAINING = 'query($w: ID!) { retrainingList(waveId: $w) { person { id name } inactive reason reasonMessage { code params { name value } } } }';

const fixture = (name: string) => readFileSync(join(__dirname, '../../libs/domain/src/adoption/fixtures', name), 'utf8');
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('importing usage data from the CRM', () => {
  let api: TestApp;
  let owner: SignedIn;
  let token: string;

  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Adoption lead');
    token = owner.token;
    // The people of the sample files, in this organisation's directory.
    for (const [name, email] of [
      ['Ines Okafor', 'ines.okafor@northwind.example'],
      ['Tomas Lindqvist', 'tomas.lindqvist@northwind.example'],
      ['Amara Diallo', 'amara.diallo@northwind.example'],
    ]) {
      await api.ok('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { name, email } }, token);
    }
  });
  afterAll(() => api.close());

  const newProject = async () => (await createStandardProject(api, token)).id as string;
  const importFile = async (projectId: string, format: string, content: string, as = token) => (await api.ok(IMPORT, { input: { projectId, format, content } }, as))['importUsageData'];
  const storedDays = async (projectId: string) => Number((await api.query('SELECT count(*) AS n FROM usage_events WHERE project_id = $1', [projectId]))[0].n);
  const storedImports = async (projectId: string) => Number((await api.query('SELECT count(*) AS n FROM usage_imports WHERE project_id = $1', [projectId]))[0].n);

  it('reads a Salesforce login history: successful logins by username, the sandbox login reported unmatched', async () => {
    const projectId = await newProject();
    const result = await importFile(projectId, 'SALESFORCE', fixture('salesforce-login-history.csv'));
    expect(result).toEqual({
      imported: 2,
      rowCount: 5,
      matchedCount: 3,
      unmatchedCount: 1,
      unmatchedEmails: ['amara.diallo@northwind.example.sandbox'],
      ignoredCount: 1,
      detectedFormat: 'SALESFORCE',
      retrainingAdded: 0,
      adoptionMeasured: null,
      errors: [],
    });
    const days = await api.query<{ email: string; day: string; count: number }>(
      'SELECT p.email, e.day::text AS day, e.count FROM usage_events e JOIN people p ON p.id = e.person_id WHERE e.project_id = $1 ORDER BY e.day',
      [projectId],
    );
    expect(days).toEqual([
      { email: 'ines.okafor@northwind.example', day: '2026-11-02', count: 2 },
      { email: 'tomas.lindqvist@northwind.example', day: '2026-11-03', count: 1 },
    ]);
  });

  it.each([
    ['DYNAMICS', 'dynamics-user-activity.csv', { rowCount: 3, matchedCount: 2, ignoredCount: 1 }],
    ['HUBSPOT', 'hubspot-login-history.csv', { rowCount: 2, matchedCount: 2, ignoredCount: 0 }],
    ['GENERIC', 'generic-usage.csv', { rowCount: 3, matchedCount: 2, ignoredCount: 1 }],
  ])('reads a %s file, matching emails whatever their case', async (format, file, counts) => {
    const projectId = await newProject();
    const result = await importFile(projectId, format, fixture(file));
    expect(result).toMatchObject({ imported: 2, unmatchedCount: 0, unmatchedEmails: [], detectedFormat: format, errors: [], ...counts });
    expect(await storedDays(projectId)).toBe(2);
  });

  it('a file with one bad row stores nothing and names every problem with its row', async () => {
    const projectId = await newProject();
    const result = await importFile(projectId, 'GENERIC', 'email,date,count\nines.okafor@northwind.example,2026-11-02,1\nines.okafor@northwind.example,2026-11-31,1\nnobody,2026-11-02,x');
    expect(result.imported).toBe(0);
    expect(result.errors).toEqual([
      {
        row: 3,
        message: '"2026-11-31" is not a date; use YYYY-MM-DD or the date as the CRM exported it.',
        problem: { code: 'USAGE_DATE_UNREADABLE', params: [{ name: 'value', value: '2026-11-31' }] },
      },
      { row: 4, message: 'email "nobody" is not an email address.', problem: { code: 'CELL_NOT_AN_EMAIL', params: [{ name: 'column', value: 'email' }, { name: 'value', value: 'nobody' }] } },
      {
        row: 4,
        message: 'The count "x" must be a whole number from 0 to 1,000,000.',
        problem: { code: 'USAGE_COUNT_INVALID', params: [{ name: 'value', value: 'x' }, { name: 'max', value: '1000000' }] },
      },
    ]);
    expect(await storedDays(projectId)).toBe(0);
    expect(await storedImports(projectId)).toBe(0);
  });

  it('refuses a file whose header is not the chosen format, saying which one it looks like', async () => {
    const projectId = await newProject();
    const result = await importFile(projectId, 'SALESFORCE', fixture('hubspot-login-history.csv'));
    expect(result).toMatchObject({ imported: 0, detectedFormat: 'HUBSPOT' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].row).toBe(1);
    expect(result.errors[0].message).toContain('It looks like a HubSpot account login history');
    expect(result.errors[0].problem).toEqual({
      code: 'USAGE_HEADER_MISMATCH',
      params: expect.arrayContaining([
        { name: 'format', value: 'SALESFORCE' },
        { name: 'detected', value: 'HUBSPOT' },
      ]),
    });
    expect(await storedImports(projectId)).toBe(0);
  });

  it('importing the same file again adds no day twice; an overlapping export only adds what is new', async () => {
    const projectId = await newProject();
    expect((await importFile(projectId, 'GENERIC', fixture('generic-usage.csv'))).imported).toBe(2);
    const again = await importFile(projectId, 'GENERIC', fixture('generic-usage.csv'));
    expect(again).toMatchObject({ imported: 0, matchedCount: 2, errors: [] });
    expect(await storedDays(projectId)).toBe(2);
    const overlapping = await importFile(projectId, 'GENERIC', 'email,date,count\nines.okafor@northwind.example,2026-11-02,4\ntomas.lindqvist@northwind.example,2026-11-03,3\ntomas.lindqvist@northwind.example,2026-11-04,1');
    expect(overlapping.imported).toBe(2);
    const counts = await api.query<{ count: number }>('SELECT count FROM usage_events WHERE project_id = $1 ORDER BY day', [projectId]);
    expect(counts.map((c) => c.count)).toEqual([4, 3, 1]);
  });

  it('ten people importing the same file at once store each day once', async () => {
    const projectId = await newProject();
    const results = await Promise.all(Array.from({ length: 10 }, () => importFile(projectId, 'GENERIC', fixture('generic-usage.csv'))));
    expect(results.reduce((sum, r) => sum + r.imported, 0)).toBe(2);
    expect(await storedDays(projectId)).toBe(2);
    expect(await storedImports(projectId)).toBe(10);
  });

  it('puts a live wave’s inactive users on its re-training list with the reason and measures the adoption KPI', async () => {
    const projectId = await newProject();
    const unit = `Field sales ${Date.now()}`;
    const [active, lapsed, never] = [
      await createPerson(api, token, 'Active Adopter', { businessUnit: unit }),
      await createPerson(api, token, 'Lapsed Adopter', { businessUnit: unit }),
      await createPerson(api, token, 'Never Adopter', { businessUnit: unit }),
    ];
    const outsider = await createPerson(api, token, 'Added By Hand', { businessUnit: 'Elsewhere' });
    const waveId = (
      await api.ok('mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }', { input: { projectId, name: 'Field sales wave', scope: [unit], goLiveDate: daysAgo(30) } }, token)
    )['createRolloutWave'].id;
    await api.ok('mutation($input: SetWaveUsersInput!) { setWaveUsers(input: $input) { licensedUsers } }', { input: { waveId, personIds: [outsider.id] } }, token);

    const csv = ['email,date', `${active.email},${daysAgo(1)}`, `${lapsed.email},${daysAgo(20)}`, `${outsider.email},${daysAgo(3)}`].join('\n');
    const result = await importFile(projectId, 'GENERIC', csv);
    expect(result).toMatchObject({ imported: 3, retrainingAdded: 2, adoptionMeasured: 75, errors: [] });

    const adoption = (await api.ok(ADOPTION, { w: waveId }, token))['adoption'];
    expect(adoption).toMatchObject({ licensedUsers: 4, activeUsers: 3, active7: 2, active30: 3, ratio: 0.75, lastImport: { format: 'GENERIC', rowCount: 3, imported: 3 } });
    expect(adoption.byBusinessUnit).toEqual([
      { businessUnit: 'Elsewhere', licensedUsers: 1, active7: 1, active30: 1, ratio: 1 },
      { businessUnit: unit, licensedUsers: 3, active7: 1, active30: 2, ratio: 2 / 3 },
    ]);
    expect(adoption.inactive).toEqual([
      {
        person: { id: lapsed.id, name: 'Lapsed Adopter' },
        code: 'NO_ACTIVITY_FOR_DAYS',
        days: 20,
        lastActiveOn: daysAgo(20),
        reason: `No use of the CRM for 20 days (last active ${daysAgo(20)}).`,
        reasonMessage: { code: 'NO_ACTIVITY_FOR_DAYS', params: [{ name: 'lastActiveOn', value: daysAgo(20) }, { name: 'days', value: '20' }] },
      },
      {
        person: { id: never.id, name: 'Never Adopter' },
        code: 'INACTIVE_SINCE_GO_LIVE',
        days: 30,
        lastActiveOn: null,
        reason: `No use of the CRM since go-live on ${daysAgo(30)} (30 days).`,
        reasonMessage: { code: 'INACTIVE_SINCE_GO_LIVE', params: [{ name: 'goLiveDate', value: daysAgo(30) }, { name: 'days', value: '30' }] },
      },
    ]);

    const list = (await api.ok(RETRAINING, { w: waveId }, token))['retrainingList'];
    type Entry = { person: { name: string }; inactive: boolean; reason: string; reasonMessage: { code: string } | null };
    expect(list.map((e: Entry) => [e.person.name, e.inactive, e.reason, e.reasonMessage?.code]).sort()).toEqual([
      ['Lapsed Adopter', true, `From the usage import: No use of the CRM for 20 days (last active ${daysAgo(20)}).`, 'NO_ACTIVITY_FOR_DAYS'],
      ['Never Adopter', true, `From the usage import: No use of the CRM since go-live on ${daysAgo(30)} (30 days).`, 'INACTIVE_SINCE_GO_LIVE'],
    ]);

    const kpis = (await api.ok('query($p: ID!) { kpis(projectId: $p) { key latest measurements { measuredOn value note } } }', { p: projectId }, token))['kpis'];
    const adoptionKpi = kpis.find((k: { key: string }) => k.key === 'USER_ADOPTION');
    expect(adoptionKpi.latest).toBe(75);
    expect(adoptionKpi.measurements.at(-1)).toEqual({ measuredOn: daysAgo(0), value: 75, note: 'From the usage import: 3 of 4 licensed users active in the last 30 days.' });

    // The lapsed user is back: the next import, by a colleague who reads Dutch, takes them off the
    // list and measures again, with the measurement's note in the importer's language.
    const dutchEditor = await api.signUp('Dutch usage importer', { organisationOf: owner });
    await shareProject(api, token, projectId, dutchEditor, 'EDITOR');
    const { me } = await api.ok<{ me: { version: number } }>('{ me { version } }', {}, dutchEditor.token);
    await api.ok('mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }', { input: { version: me.version, locale: 'nl' } }, dutchEditor.token);
    const back = await importFile(projectId, 'GENERIC', `email,date\n${lapsed.email},${daysAgo(0)}`, dutchEditor.token);
    expect(back).toMatchObject({ imported: 1, retrainingAdded: 0, adoptionMeasured: 75 });
    const remeasured = (await api.ok('query($p: ID!) { kpis(projectId: $p) { key measurements { note } } }', { p: projectId }, token))['kpis'];
    expect(remeasured.find((k: { key: string }) => k.key === 'USER_ADOPTION').measurements.at(-1).note).toBe(
      'Uit de import van gebruiksgegevens: 3 van de 4 gebruikers met licentie waren de afgelopen 30 dagen actief.',
    );
    const after = (await api.ok(RETRAINING, { w: waveId }, token))['retrainingList'];
    expect(after.map((e: { person: { name: string } }) => e.person.name)).toEqual(['Never Adopter']);
    // The review that took them off says why in English for API users, and as a message for every reader.
    const [review] = await api.query<{ note: string; note_message: unknown }>(
      'SELECT note, note_message FROM usage_reviews WHERE person_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1',
      [lapsed.id],
    );
    expect(review).toEqual({
      note: `From the usage import: Using the CRM again (last active ${daysAgo(0)}).`,
      note_message: { code: 'USING_CRM_AGAIN', params: { lastActiveOn: daysAgo(0) } },
    });
  });

  it('a viewer cannot import, and nothing is stored', async () => {
    const projectId = await newProject();
    const viewer = await api.signUp('Usage viewer', { organisationOf: owner });
    await shareProject(api, token, projectId, viewer, 'VIEWER');
    const response = await api.gql(IMPORT, { input: { projectId, format: 'GENERIC', content: fixture('generic-usage.csv') } }, viewer.token);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await storedImports(projectId)).toBe(0);
  });

  it('another organisation cannot see the program, and its people are never matched', async () => {
    const projectId = await newProject();
    const stranger = await api.signUp('Usage stranger');
    const response = await api.gql(IMPORT, { input: { projectId, format: 'GENERIC', content: fixture('generic-usage.csv') } }, stranger.token);
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // The stranger's own program: the sample's emails are people of the first organisation only.
    const own = (await createStandardProject(api, stranger.token)).id;
    const result = await importFile(own, 'GENERIC', fixture('generic-usage.csv'), stranger.token);
    expect(result).toMatchObject({ imported: 0, matchedCount: 0, unmatchedCount: 2, unmatchedEmails: ['ines.okafor@northwind.example', 'tomas.lindqvist@northwind.example'] });
  });

  it('refuses a file over the size limit as bad input', async () => {
    const projectId = await newProject();
    const response = await api.gql(IMPORT, { input: { projectId, format: 'GENERIC', content: `email,date\n${'x'.repeat(900_001)}` } }, token);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('takes the same number of SQL statements for 10 rows as for 200', async () => {
    const projectId = await newProject();
    const unit = `Counted unit ${Date.now()}`;
    await api.ok('mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }', { input: { projectId, name: 'Counted wave', scope: [unit], goLiveDate: daysAgo(40) } }, token);
    const [{ organisation_id: organisationId }] = await api.query<{ organisation_id: string }>('SELECT organisation_id FROM projects WHERE id = $1', [projectId]);
    await api.query(
      `INSERT INTO people (organisation_id, email, name, business_unit)
       SELECT $1, 'counted.' || n || '@northwind.example', 'Counted ' || n, $2 FROM generate_series(1, 200) AS n`,
      [organisationId, unit],
    );
    const statements = async (rows: number, offset: number) => {
      const lines = Array.from({ length: rows }, (_, i) => `counted.${i + 1}@northwind.example,${daysAgo(offset + (i % 3))}`);
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: IMPORT, variables: { input: { projectId, format: 'GENERIC', content: ['email,date', ...lines].join('\n') } } }),
      });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.importUsageData.imported).toBe(rows);
      return Number(response.headers.get('x-sql-statements'));
    };
    // A first import measures the KPI for the first time (and may tell its owner it is off track):
    // the two counted imports then start from the same state.
    await statements(5, 30);
    const small = await statements(10, 20);
    const large = await statements(200, 1);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});
