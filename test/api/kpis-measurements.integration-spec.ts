import { createStandardProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const KPI_FIELDS = 'id key unit latest status trend measurements { id measuredOn value note version }';
const KPIS = `query($p: ID!) { kpis(projectId: $p) { ${KPI_FIELDS} } }`;
const RECORD = `mutation($input: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $input) { ${KPI_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateKpiMeasurementInput!) { updateKpiMeasurement(input: $input) { ${KPI_FIELDS} } }`;
const DELETE = `mutation($input: DeleteKpiMeasurementInput!) { deleteKpiMeasurement(input: $input) { ${KPI_FIELDS} } }`;
const HISTORY = 'query($p: ID!, $e: ID) { auditEvents(projectId: $p, entityId: $e, first: 10) { edges { node { action before after } } } }';

interface Measurement {
  id: string;
  measuredOn: string;
  value: number;
  note: string;
  version: number;
}
interface Kpi {
  id: string;
  key: string;
  unit: string;
  latest: number | null;
  status: string;
  measurements: Measurement[];
}

describe('KPI measurements', () => {
  let api: TestApp;
  let owner: SignedIn;
  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Measurement owner');
  });
  afterAll(() => api.close());

  /** A new project's user adoption KPI: a percentage, baseline 0, target 85. */
  const adoptionKpi = async (): Promise<{ projectId: string; kpi: Kpi }> => {
    const project = await createStandardProject(api, owner.token);
    const kpis = (await api.ok<{ kpis: Kpi[] }>(KPIS, { p: project.id }, owner.token)).kpis;
    const kpi = kpis.find((k) => k.key === 'USER_ADOPTION');
    if (!kpi) throw new Error('The standard template has no user adoption KPI.');
    expect(kpi.unit).toBe('%');
    return { projectId: project.id, kpi };
  };
  const record = async (kpiId: string, measuredOn: string, value: number): Promise<Kpi> =>
    (await api.ok<{ recordKpiMeasurement: Kpi }>(RECORD, { input: { kpiId, measuredOn, value } }, owner.token)).recordKpiMeasurement;
  const fieldsOf = (errors: { extensions: Record<string, unknown> }[] | undefined) => errors?.[0]?.extensions['fields'];

  it('refuses 764 % for a percentage KPI, naming the value, and stores nothing; 76.4 % is recorded', async () => {
    const { kpi } = await adoptionKpi();
    const before = await databaseFingerprint(api);
    for (const value of [764, -1, 100.5]) {
      const refused = await api.gql(RECORD, { input: { kpiId: kpi.id, measuredOn: '2025-01-31', value } }, owner.token);
      expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(refused.errors)).toEqual([expect.objectContaining({ field: 'value', code: 'PERCENT_OUT_OF_RANGE', params: expect.objectContaining({ min: 0, max: 100 }), message: expect.stringMatching(/between 0 and 100/) })]);
    }
    expect(await databaseFingerprint(api)).toEqual(before);

    const recorded = await record(kpi.id, '2025-01-31', 76.4);
    expect(recorded).toMatchObject({ latest: 76.4, status: 'ON_TRACK', measurements: [expect.objectContaining({ value: 76.4, version: 1 })] });
    expect((await record(kpi.id, '2025-02-28', 100)).latest).toBe(100);
  });

  it('corrects a measurement under its version and keeps what it was in the KPI’s history', async () => {
    const { projectId, kpi } = await adoptionKpi();
    const [typo] = (await record(kpi.id, '2025-01-31', 7.64)).measurements;

    const corrected = (await api.ok<{ updateKpiMeasurement: Kpi }>(UPDATE, { input: { id: typo.id, version: 1, value: 76.4, measuredOn: '2025-01-30', note: 'Typo fixed' } }, owner.token))
      .updateKpiMeasurement;
    expect(corrected).toMatchObject({ latest: 76.4, measurements: [{ id: typo.id, measuredOn: '2025-01-30', value: 76.4, note: 'Typo fixed', version: 2 }] });

    // Without a version the correction applies to whatever is stored.
    const again = (await api.ok<{ updateKpiMeasurement: Kpi }>(UPDATE, { input: { id: typo.id, value: 80 } }, owner.token)).updateKpiMeasurement;
    expect(again.measurements[0]).toMatchObject({ value: 80, measuredOn: '2025-01-30', note: 'Typo fixed', version: 3 });

    const events = (await api.ok(HISTORY, { p: projectId, e: kpi.id }, owner.token))['auditEvents'].edges.map(
      (e: { node: { action: string; before: string | null; after: string | null } }) => e.node,
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual(['MEASUREMENT_CORRECTED', 'MEASUREMENT_CORRECTED', 'MEASURED']);
    expect(JSON.parse(events[1].before)).toEqual({ measurement_id: typo.id, measured_on: '2025-01-31', value: '7.64', note: '' });
    expect(JSON.parse(events[1].after)).toEqual({ measurement_id: typo.id, measured_on: '2025-01-30', value: '76.4', note: 'Typo fixed' });
  });

  it('refuses a stale, out-of-range or future correction and changes nothing', async () => {
    const { kpi } = await adoptionKpi();
    const [measurement] = (await record(kpi.id, '2025-01-31', 50)).measurements;
    await api.ok(UPDATE, { input: { id: measurement.id, version: 1, value: 55 } }, owner.token);
    const before = await databaseFingerprint(api);

    const stale = await api.gql(UPDATE, { input: { id: measurement.id, version: 1, value: 60 } }, owner.token);
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const outOfRange = await api.gql(UPDATE, { input: { id: measurement.id, version: 2, value: 764 } }, owner.token);
    expect(outOfRange.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(outOfRange.errors)).toEqual([expect.objectContaining({ field: 'value', code: 'PERCENT_OUT_OF_RANGE', params: expect.objectContaining({ min: 0, max: 100 }), message: expect.stringMatching(/between 0 and 100/) })]);
    const future = await api.gql(UPDATE, { input: { id: measurement.id, version: 2, value: 60, measuredOn: '2999-01-01' } }, owner.token);
    expect(fieldsOf(future.errors)).toEqual([expect.objectContaining({ field: 'measuredOn', message: expect.stringMatching(/in the future/) })]);
    const staleDelete = await api.gql(DELETE, { input: { id: measurement.id, version: 1 } }, owner.token);
    expect(staleDelete.errors?.[0]?.extensions.code).toBe('CONFLICT');

    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('removes a measurement, re-judges the KPI and keeps the removed value in its history', async () => {
    const { projectId, kpi } = await adoptionKpi();
    await record(kpi.id, '2025-01-31', 50);
    const [, wrong] = (await record(kpi.id, '2025-02-28', 20)).measurements;
    expect((await api.ok<{ kpis: Kpi[] }>(KPIS, { p: projectId }, owner.token)).kpis.find((k) => k.id === kpi.id)?.status).toBe('OFF_TRACK');

    const after = (await api.ok<{ deleteKpiMeasurement: Kpi }>(DELETE, { input: { id: wrong.id, version: wrong.version } }, owner.token)).deleteKpiMeasurement;
    expect(after).toMatchObject({ latest: 50, status: 'ON_TRACK', measurements: [expect.objectContaining({ value: 50 })] });
    expect(await api.query('SELECT id FROM kpi_measurements WHERE id = $1', [wrong.id])).toEqual([]);

    const gone = await api.gql(DELETE, { input: { id: wrong.id } }, owner.token);
    expect(gone.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    const [removed] = (await api.ok(HISTORY, { p: projectId, e: kpi.id }, owner.token))['auditEvents'].edges.map(
      (e: { node: { action: string; before: string | null; after: string | null } }) => e.node,
    );
    expect(removed.action).toBe('MEASUREMENT_REMOVED');
    expect(JSON.parse(removed.before)).toEqual({ measurement_id: wrong.id, measured_on: '2025-02-28', value: '20', note: '' });
    expect(removed.after).toBeNull();
  });
});
