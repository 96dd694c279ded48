import { createStandardProject, shareProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const KPI_FIELDS = 'id key name description unit direction baseline target version latest status trend progress measurements { id measuredOn value note }';
const KPIS = `query($p: ID!) { kpis(projectId: $p) { ${KPI_FIELDS} } }`;
const CREATE_KPI = `mutation($input: CreateKpiInput!) { createKpi(input: $input) { ${KPI_FIELDS} } }`;
const UPDATE_KPI = `mutation($input: UpdateKpiInput!) { updateKpi(input: $input) { ${KPI_FIELDS} } }`;
const RECORD = `mutation($input: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $input) { ${KPI_FIELDS} } }`;

/** A calendar day relative to today (UTC, as the API counts days). */
interface Kpi {
  id: string;
  key: string;
  name: string;
  description: string;
  version: number;
  target: number;
  measurements: { measuredOn: string; value: number }[];
}

function kpiWithKey(kpis: Kpi[], key: string): Kpi {
  const kpi = kpis.find((k) => k.key === key);
  if (!kpi) throw new Error(`The project has no KPI ${key}.`);
  return kpi;
}

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('KPIs', () => {
  let api: TestApp;
  let owner: SignedIn;
  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('KPI owner');
  });
  afterAll(() => api.close());

  const kpisOf = async (projectId: string, token = owner.token) => (await api.ok<{ kpis: Kpi[] }>(KPIS, { p: projectId }, token)).kpis;
  const record = async (kpiId: string, measuredOn: string, value: number, note?: string) =>
    (await api.ok(RECORD, { input: { kpiId, measuredOn, value, ...(note === undefined ? {} : { note }) } }, owner.token))['recordKpiMeasurement'];

  it('lists the template’s KPIs of a new project, unmeasured', async () => {
    const project = await createStandardProject(api, owner.token);
    const kpis = await kpisOf(project.id);
    expect(kpis.map((k) => k.key)).toEqual(['USER_ADOPTION', 'DATA_ACCURACY', 'CUSTOMER_SATISFACTION', 'SALES_CONVERSION_RATE', 'LEAD_GENERATION']);
    expect(kpis[0]).toMatchObject({
      name: 'User adoption',
      unit: '%',
      direction: 'UP',
      baseline: 0,
      target: 85,
      version: 1,
      measurements: [],
      latest: null,
      status: 'NO_DATA',
      trend: 'UNKNOWN',
      progress: null,
    });
    expect(kpis[0].description).toMatch(/active/);
  });

  it('moves user adoption between on track, off track and at risk as measurements come in', async () => {
    const project = await createStandardProject(api, owner.token);
    const adoption = kpiWithKey(await kpisOf(project.id), 'USER_ADOPTION');

    const first = await record(adoption.id, '2025-01-31', 50, 'January usage report');
    expect(first).toMatchObject({ latest: 50, status: 'ON_TRACK', trend: 'UNKNOWN' });
    expect(first.progress).toBeCloseTo(50 / 85);
    expect(first.measurements).toEqual([expect.objectContaining({ measuredOn: '2025-01-31', value: 50, note: 'January usage report' })]);

    const dropped = await record(adoption.id, '2025-02-28', 30);
    expect(dropped).toMatchObject({ latest: 30, status: 'OFF_TRACK', trend: 'WORSENING' });

    const recovering = await record(adoption.id, '2025-03-31', 35);
    expect(recovering).toMatchObject({ latest: 35, status: 'AT_RISK', trend: 'IMPROVING' });

    const met = await record(adoption.id, '2025-04-30', 88.5);
    expect(met).toMatchObject({ latest: 88.5, status: 'ON_TRACK', trend: 'IMPROVING' });
    expect(met.progress).toBeGreaterThan(1);

    // A value recorded late for an earlier day takes its place in time, not at the end.
    const backdated = await record(adoption.id, '2024-12-31', 10);
    expect(backdated.measurements.map((m: { measuredOn: string }) => m.measuredOn)).toEqual(['2024-12-31', '2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30']);
    expect(backdated).toMatchObject({ latest: 88.5, status: 'ON_TRACK' });

    const listed = kpiWithKey(await kpisOf(project.id), 'USER_ADOPTION');
    expect(listed.measurements).toHaveLength(5);
    expect(listed.version).toBe(1);
  });

  it('judges a KPI where lower is better by its own direction', async () => {
    const project = await createStandardProject(api, owner.token);
    const created = (
      await api.ok(CREATE_KPI, { input: { projectId: project.id, name: 'Average case resolution time', unit: 'hours', direction: 'DOWN', baseline: 48, target: 24 } }, owner.token)
    )['createKpi'];
    expect(await record(created.id, '2025-05-01', 30)).toMatchObject({ status: 'ON_TRACK', trend: 'UNKNOWN' });
    expect(await record(created.id, '2025-06-01', 40)).toMatchObject({ status: 'OFF_TRACK', trend: 'WORSENING' });
    expect(await record(created.id, '2025-07-01', 20)).toMatchObject({ status: 'ON_TRACK', trend: 'IMPROVING' });
  });

  it('refuses a measurement dated in the future or that is not a number, and stores nothing', async () => {
    const project = await createStandardProject(api, owner.token);
    const [kpi] = await kpisOf(project.id);
    const before = await api.count('kpi_measurements');

    const future = await api.gql(RECORD, { input: { kpiId: kpi.id, measuredOn: daysFromToday(2), value: 10 } }, owner.token);
    expect(future.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'measuredOn', message: expect.stringMatching(/in the future/) })]);

    const text = await api.gql(RECORD, { input: { kpiId: kpi.id, measuredOn: '2025-01-31', value: 'lots' } }, owner.token);
    expect(text.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');

    const notADate = await api.gql(RECORD, { input: { kpiId: kpi.id, measuredOn: '2025-02-30', value: 10 } }, owner.token);
    expect(notADate.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(notADate.errors?.[0]?.message).toMatch(/measuredOn/);

    expect(await api.count('kpi_measurements')).toBe(before);

    // Today itself is fine: a value measured this morning can be recorded this morning.
    expect(await record(kpi.id, daysFromToday(0), 12)).toMatchObject({ latest: 12 });
  });

  it('creates a KPI with a key from its name and validates name, unit and target', async () => {
    const project = await createStandardProject(api, owner.token);
    const before = await api.count('kpis');
    const invalid = [
      { input: { name: '   ', unit: 'cases', direction: 'UP', target: 40 }, field: 'name' },
      { input: { name: 'Cases closed', unit: '', direction: 'UP', target: 40 }, field: 'unit' },
      { input: { name: 'Cases closed', unit: 'cases closed per agent per week', direction: 'UP', target: 40 }, field: 'unit' },
      { input: { name: 'User adoption', unit: '%', direction: 'UP', target: 40 }, field: 'name' },
    ];
    for (const { input, field } of invalid) {
      const result = await api.gql(CREATE_KPI, { input: { projectId: project.id, ...input } }, owner.token);
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field })]);
    }
    const noTarget = await api.gql(CREATE_KPI, { input: { projectId: project.id, name: 'Cases closed', unit: 'cases', direction: 'UP' } }, owner.token);
    expect(noTarget.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await api.count('kpis')).toBe(before);

    const created = (
      await api.ok(CREATE_KPI, { input: { projectId: project.id, name: '  Cases closed / week ', unit: ' cases ', direction: 'UP', target: 40 } }, owner.token)
    )['createKpi'];
    expect(created).toMatchObject({ key: 'CASES_CLOSED_WEEK', name: 'Cases closed / week', unit: 'cases', baseline: null, target: 40, description: '', status: 'NO_DATA', version: 1 });
    // Without a baseline the first measurement is the starting point.
    expect(await record(created.id, '2025-03-01', 20)).toMatchObject({ status: 'AT_RISK', progress: 0 });
    expect((await kpisOf(project.id)).map((k) => k.key).at(-1)).toBe('CASES_CLOSED_WEEK');
  });

  it('updates a KPI under its version, refuses a stale one, and records every change in its history', async () => {
    const project = await createStandardProject(api, owner.token);
    const accuracy = kpiWithKey(await kpisOf(project.id), 'DATA_ACCURACY');
    await record(accuracy.id, '2025-01-15', 80);
    const updated = (await api.ok(UPDATE_KPI, { input: { id: accuracy.id, version: 1, target: 90, baseline: null, description: 'Sampled monthly.' } }, owner.token))['updateKpi'];
    expect(updated).toMatchObject({ version: 2, target: 90, baseline: null, description: 'Sampled monthly.', key: 'DATA_ACCURACY', latest: 80 });

    const stale = await api.gql(UPDATE_KPI, { input: { id: accuracy.id, version: 1, target: 99 } }, owner.token);
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const emptyName = await api.gql(UPDATE_KPI, { input: { id: accuracy.id, version: 2, name: null } }, owner.token);
    expect(emptyName.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const [stored] = await api.query('SELECT target::float AS target, version, name FROM kpis WHERE id = $1', [accuracy.id]);
    expect(stored).toEqual({ target: 90, version: 2, name: 'Data accuracy' });

    const history = await api.ok(
      'query($p: ID!, $e: ID) { auditEvents(projectId: $p, entityId: $e, first: 10) { edges { node { action before after } } } }',
      { p: project.id, e: accuracy.id },
      owner.token,
    );
    const events = history['auditEvents'].edges.map((e: { node: { action: string; before: string | null; after: string } }) => e.node);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['UPDATED', 'MEASURED']);
    expect(JSON.parse(events[0].before)).toEqual({ target: '95', baseline: '70', description: expect.any(String) });
    expect(JSON.parse(events[0].after)).toEqual({ target: '90', baseline: null, description: 'Sampled monthly.' });
    expect(JSON.parse(events[1].after)).toMatchObject({ measured_on: '2025-01-15', value: '80' });
  });

  it('lets viewers read KPIs but not change them, and hides them from non-members', async () => {
    const project = await createStandardProject(api, owner.token);
    const viewer = await api.signUp('KPI viewer', { organisationOf: owner });
    const stranger = await api.signUp('KPI stranger');
    await shareProject(api, owner.token, project.id, viewer, 'VIEWER');
    const [kpi] = await kpisOf(project.id);
    expect((await kpisOf(project.id, viewer.token)).length).toBe(5);
    const hidden = await api.gql(KPIS, { p: project.id }, stranger.token);
    expect(hidden.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    const attempts: [string, Record<string, unknown>][] = [
      [CREATE_KPI, { projectId: project.id, name: 'Pipeline value', unit: 'EUR', direction: 'UP', target: 1000000 }],
      [UPDATE_KPI, { id: kpi.id, version: kpi.version, target: 50 }],
      [RECORD, { kpiId: kpi.id, measuredOn: '2025-01-31', value: 40 }],
    ];
    const kpisBefore = await api.count('kpis');
    const measurementsBefore = await api.count('kpi_measurements');
    const auditBefore = await api.count('audit_events');
    for (const [document, input] of attempts) {
      const asViewer = await api.gql(document, { input }, viewer.token);
      expect(asViewer.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const asStranger = await api.gql(document, { input }, stranger.token);
      expect(asStranger.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    expect(await api.count('kpis')).toBe(kpisBefore);
    expect(await api.count('kpi_measurements')).toBe(measurementsBefore);
    expect(await api.count('audit_events')).toBe(auditBefore);
    expect((await kpisOf(project.id))[0]).toMatchObject({ version: 1, target: kpi.target, measurements: [] });
  });

  it('costs the same number of SQL statements to list 2 KPIs with their measurements as 6', async () => {
    const statements = async (projectId: string) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({ query: KPIS, variables: { p: projectId } }),
      });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      return { count: Number(response.headers.get('x-sql-statements')), kpis: body.data.kpis as { measurements: unknown[] }[] };
    };
    const seeded = async (count: number) => {
      const project = await createStandardProject(api, owner.token, { template: 'EMPTY' });
      for (let i = 1; i <= count; i += 1) {
        const kpi = (await api.ok(CREATE_KPI, { input: { projectId: project.id, name: `Measure ${i}`, unit: '%', direction: 'UP', baseline: 0, target: 100 } }, owner.token))['createKpi'];
        await record(kpi.id, '2025-01-31', 10 * i);
        await record(kpi.id, '2025-02-28', 12 * i);
      }
      return project.id;
    };
    const small = await statements(await seeded(2));
    const large = await statements(await seeded(6));
    expect(small.kpis).toHaveLength(2);
    expect(large.kpis).toHaveLength(6);
    expect(large.kpis.every((k) => k.measurements.length === 2)).toBe(true);
    expect(small.count).toBeGreaterThan(0);
    expect(large.count).toBe(small.count);
  });
});
