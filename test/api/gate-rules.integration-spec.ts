import { assignRole, createStandardProject, shareProject, StandardProject } from './support/fixtures';
import { databaseFingerprint } from './support/fingerprint';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const CRITERION_FIELDS = 'id version label kind done met signOffState rule { kind waveId kpiKey threshold description } evidence { code ok text params { name value } } signOffRole { key } signOff { personName comment lapsed }';
const PHASES = `query($id: ID!) { project(id: $id) { phases { id kind gateBlockers exitCriteria { ${CRITERION_FIELDS} } } } }`;
const ADD = `mutation($i: AddExitCriterionInput!) { addExitCriterion(input: $i) { ${CRITERION_FIELDS} } }`;
const UPDATE = `mutation($i: UpdateExitCriterionInput!) { updateExitCriterion(input: $i) { ${CRITERION_FIELDS} } }`;
const SIGN = `mutation($i: SignOffInput!) { signOff(input: $i) { ${CRITERION_FIELDS} } }`;
const SET = 'mutation($i: SetExitCriterionInput!) { setExitCriterion(input: $i) { id done } }';
const CREATE_PROCESS = 'mutation($i: CreateProcessInput!) { createProcess(input: $i) { id version } }';
const PROCESS_STATUS = 'mutation($i: SetProcessStatusInput!) { setProcessStatus(input: $i) { id version status } }';

interface Criterion {
  id: string;
  label: string;
  kind: string;
  met: boolean;
  signOffState: string;
  rule: { kind: string } | null;
  evidence: { code: string; ok: boolean; text: string }[];
  signOff: { personName: string; comment: string; lapsed: boolean } | null;
  version: number;
}

describe('exit criteria that check themselves, and sign-offs', () => {
  let api: TestApp;
  let owner: SignedIn;
  let sponsor: SignedIn;
  let editor: SignedIn;
  let project: StandardProject;

  const phases = async (as = owner) =>
    (await api.ok<{ project: { phases: { id: string; kind: string; gateBlockers: string[]; exitCriteria: Criterion[] }[] } }>(PHASES, { id: project.id }, as.token)).project.phases;
  const phase = async (kind: string, as = owner) => (await phases(as)).find((p) => p.kind === kind)!;
  const criterion = async (id: string) => (await phases()).flatMap((p) => p.exitCriteria).find((c) => c.id === id)!;
  const validated = async (name: string) => {
    const created = (await api.ok(CREATE_PROCESS, { i: { projectId: project.id, name, department: 'SALES' } }, owner.token))['createProcess'];
    let version = created.version;
    for (const status of ['REDESIGNED', 'VALIDATED']) version = (await api.ok(PROCESS_STATUS, { i: { id: created.id, version, status } }, owner.token))['setProcessStatus'].version;
    return { id: created.id, version };
  };

  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Gate owner');
    sponsor = await api.signUp('Sara Sponsor', { organisationOf: owner });
    editor = await api.signUp('Eddie Editor', { organisationOf: owner });
    project = await createStandardProject(api, owner.token);
    await shareProject(api, owner.token, project.id, sponsor, 'VIEWER');
    await shareProject(api, owner.token, project.id, editor, 'EDITOR');
    // A member is in the organisation's directory under the email she signs in with; she holds the sponsor role.
    const person = (await api.ok<{ people: { id: string; email: string }[] }>('query($q: String) { people(search: $q) { id email } }', { q: sponsor.user.email }, owner.token)).people.find(
      (p) => p.email === sponsor.user.email,
    )!;
    await assignRole(api, owner.token, { projectId: project.id, roleKey: 'EXECUTIVE_SPONSOR', personId: person.id, allocationPercent: 10, primary: true });
  });
  afterAll(() => api.close());

  it('gives the standard template rules where the data can answer, and judges them live with their evidence', async () => {
    const selection = await phase('TECHNOLOGY_SELECTION');
    const coverage = selection.exitCriteria.find((c) => c.rule?.kind === 'MUST_REQUIREMENTS_COVERED')!;
    expect(coverage).toMatchObject({ kind: 'RULE', met: false, evidence: [{ code: 'NO_MUST_REQUIREMENTS', ok: false }] });
    expect(selection.gateBlockers).toContain(`Exit criterion not met: ${coverage.label}`);

    const p = project.id;
    const ids = await api.ok(
      `mutation($r: CreateRequirementInput!, $a: CreateVendorInput!, $b: CreateVendorInput!) {
        r: createRequirement(input: $r) { id } a: createVendor(input: $a) { id } b: createVendor(input: $b) { id } }`,
      { r: { projectId: p, title: 'Quotes from opportunities', department: 'SALES', priority: 'MUST' }, a: { projectId: p, name: 'Acme CRM' }, b: { projectId: p, name: 'Bolt CRM' } },
      owner.token,
    );
    const texts = async () => (await criterion(coverage.id)).evidence.filter((e) => !e.ok).map((e) => e.text);
    expect(await texts()).toEqual(['0 of 1 MUST requirements trace to a selection criterion.', 'Not traced to any criterion: Quotes from opportunities.']);

    const fit = (await api.ok('mutation($c: CreateCriterionInput!) { createCriterion(input: $c) { id } }', { c: { projectId: p, name: 'Sales fit', weight: 50, requirementIds: [ids['r'].id] } }, owner.token))['createCriterion'];
    await api.ok('mutation($i: SetScoreInput!) { setScore(input: $i) { __typename } }', { i: { vendorId: ids['a'].id, criterionId: fit.id, score: 4 } }, owner.token);
    expect(await texts()).toEqual(['1 of 2 scores on the MUST criteria are given.', 'Not scored yet: Bolt CRM on Sales fit.']);

    await api.ok('mutation($i: SetScoreInput!) { setScore(input: $i) { __typename } }', { i: { vendorId: ids['b'].id, criterionId: fit.id, score: 3 } }, owner.token);
    expect(await criterion(coverage.id)).toMatchObject({ met: true });
    expect((await phase('TECHNOLOGY_SELECTION')).gateBlockers).not.toContain(`Exit criterion not met: ${coverage.label}`);
  });

  it('refuses to tick a rule by hand and changes nothing', async () => {
    const rule = (await phase('PROCESS_REDESIGN')).exitCriteria.find((c) => c.kind === 'RULE')!;
    const before = await databaseFingerprint(api);
    const refused = await api.gql(SET, { i: { id: rule.id, done: true } }, owner.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'done', message: expect.stringContaining('cannot be ticked') }] });
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('lets only the holder of the signing role sign, once the facts are met, and the sign-off lapses when they change', async () => {
    const redesign = await phase('PROCESS_REDESIGN');
    const rule = redesign.exitCriteria.find((c) => c.rule?.kind === 'PROCESSES_VALIDATED')!;
    const asked = (await api.ok(UPDATE, { i: { id: rule.id, version: 1, label: rule.label, signOffRoleKey: 'EXECUTIVE_SPONSOR' } }, owner.token))['updateExitCriterion'];
    expect(asked).toMatchObject({ signOffRole: { key: 'EXECUTIVE_SPONSOR' }, signOffState: 'AWAITING', met: false });

    // Nothing is validated yet: there is nothing to sign for.
    const early = await api.gql(SIGN, { i: { criterionId: rule.id, comment: 'Looks fine' } }, sponsor.token);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'NOT_MET' });
    expect(early.errors?.[0]?.message).toContain('No process is documented yet.');

    await validated('Lead to opportunity');
    expect(await criterion(rule.id)).toMatchObject({ met: false, signOffState: 'AWAITING' });
    expect((await phase('PROCESS_REDESIGN')).gateBlockers).toContain(`Exit criterion not met: ${rule.label} (waiting for the sign-off of Executive sponsor)`);

    // An editor of the plan who does not hold the role cannot sign, and nothing changes.
    const before = await databaseFingerprint(api);
    const notHers = await api.gql(SIGN, { i: { criterionId: rule.id, comment: 'Signing for the sponsor' } }, editor.token);
    expect(notHers.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(api)).toEqual(before);

    const signed = (await api.ok(SIGN, { i: { criterionId: rule.id, comment: 'Walked through the validated process with sales' } }, sponsor.token))['signOff'];
    expect(signed).toMatchObject({ met: true, signOffState: 'SIGNED', signOff: { personName: 'Sara Sponsor', comment: 'Walked through the validated process with sales', lapsed: false } });

    // A new process, validated too: the rule is still met, but not on the facts she signed.
    await validated('Case handling');
    expect(await criterion(rule.id)).toMatchObject({ met: false, signOffState: 'LAPSED', signOff: { lapsed: true } });
    expect((await phase('PROCESS_REDESIGN')).gateBlockers.find((b) => b.includes(rule.label))).toContain('sign again');

    expect((await api.ok(SIGN, { i: { criterionId: rule.id, comment: 'Both processes checked' } }, sponsor.token))['signOff']).toMatchObject({ met: true, signOffState: 'SIGNED' });
  });

  it('lets a checkbox ask for a sign-off, which lapses when the box is unticked', async () => {
    const needs = await phase('NEEDS_ANALYSIS');
    const goals = needs.exitCriteria.find((c) => c.label.startsWith('Measurable business goals'))!;
    expect(goals).toMatchObject({ kind: 'CHECKBOX', signOffRole: { key: 'EXECUTIVE_SPONSOR' }, signOffState: 'AWAITING' });
    await api.ok(SET, { i: { id: goals.id, done: true } }, owner.token);
    expect((await api.ok(SIGN, { i: { criterionId: goals.id, comment: 'Goals approved in the board' } }, sponsor.token))['signOff'].met).toBe(true);
    await api.ok(SET, { i: { id: goals.id, done: false } }, owner.token);
    await api.ok(SET, { i: { id: goals.id, done: true } }, owner.token);
    // Ticked again, it is the same fact she signed: her sign-off holds.
    expect(await criterion(goals.id)).toMatchObject({ met: true, signOffState: 'SIGNED' });
    await api.ok(SET, { i: { id: goals.id, done: false } }, owner.token);
    expect(await criterion(goals.id)).toMatchObject({ met: false, signOffState: 'LAPSED' });
  });

  it('reads a KPI against a threshold in its direction', async () => {
    const training = await phase('TRAINING');
    const added: Criterion = (await api.ok(ADD, { i: { phaseId: training.id, label: 'Adoption above half', rule: { kind: 'KPI_AT_THRESHOLD', kpiKey: 'USER_ADOPTION', threshold: 50 } } }, owner.token))['addExitCriterion'];
    expect(added).toMatchObject({ kind: 'RULE', met: false, rule: { kind: 'KPI_AT_THRESHOLD', threshold: 50 }, evidence: [{ code: 'KPI_NOT_MEASURED' }] });
    const kpi = (await api.ok<{ kpis: { id: string; key: string }[] }>('query($p: ID!) { kpis(projectId: $p) { id key } }', { p: project.id }, owner.token)).kpis.find((k) => k.key === 'USER_ADOPTION')!;
    const record = (value: number, measuredOn: string) =>
      api.ok('mutation($i: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $i) { id } }', { i: { kpiId: kpi.id, measuredOn, value } }, owner.token);
    await record(40, '2025-01-31');
    expect((await criterion(added.id)).evidence.map((e) => e.text)).toEqual(['User adoption is at 40; it must reach 50.']);
    await record(55, '2025-02-28');
    expect(await criterion(added.id)).toMatchObject({ met: true });
  });

  it('keeps the rollout gate shut while a live wave has an open severity 1 or 2 support item, naming the wave', async () => {
    const fresh = await createStandardProject(api, owner.token);
    const judge = async () =>
      (await api.ok<{ project: { phases: { kind: string; exitCriteria: Criterion[] }[] } }>(PHASES, { id: fresh.id }, owner.token)).project.phases
        .find((p) => p.kind === 'PHASED_ROLLOUT')!
        .exitCriteria.find((c) => c.rule?.kind === 'NO_SEVERE_SUPPORT_ITEMS')!;
    expect((await judge()).evidence.map((e) => e.text)).toEqual(['No rollout wave is live yet.']);
    const wave = (
      await api.ok('mutation($i: CreateRolloutWaveInput!) { createRolloutWave(input: $i) { id } }', { i: { projectId: fresh.id, name: 'Nordics', scope: ['Nordics'], goLiveDate: '2027-05-03', readinessItems: [] } }, owner.token)
    )['createRolloutWave'];
    await api.ok('mutation($i: GoLiveInput!) { goLive(input: $i) { id } }', { i: { waveId: wave.id } }, owner.token);
    const item = (
      await api.ok('mutation($i: CreateSupportItemInput!) { createSupportItem(input: $i) { id version } }', { i: { waveId: wave.id, title: 'Nobody can sign in', severity: 1, category: 'ACCESS' } }, owner.token)
    )['createSupportItem'];
    expect(await judge()).toMatchObject({ met: false, evidence: [{ ok: false, text: 'Nordics has 1 severity 1 or 2 support item open.' }] });
    await api.ok('mutation($i: UpdateSupportItemInput!) { updateSupportItem(input: $i) { id } }', { i: { id: item.id, version: item.version, status: 'RESOLVED' } }, owner.token);
    expect(await judge()).toMatchObject({ met: true, evidence: [{ ok: true, text: 'Nordics has no severity 1 or 2 support item open.' }] });
  });

  it('refuses rules and roles that do not fit, naming the field, and changes nothing', async () => {
    const other = await createStandardProject(api, owner.token);
    const wave = (
      await api.ok('mutation($i: CreateRolloutWaveInput!) { createRolloutWave(input: $i) { id } }', { i: { projectId: other.id, name: 'Elsewhere', scope: ['HQ'], goLiveDate: '2027-05-01' } }, owner.token)
    )['createRolloutWave'];
    const training = await phase('TRAINING');
    const before = await databaseFingerprint(api);
    const cases: [Record<string, unknown>, string, string, Record<string, unknown>][] = [
      [{ rule: { kind: 'TRAINING_CADENCE_ON_TRACK', waveId: wave.id } }, 'rule.waveId', 'NO_SUCH_WAVE', {}],
      [{ rule: { kind: 'KPI_AT_THRESHOLD' } }, 'rule.kpiKey', 'RULE_NEEDS_KPI', {}],
      [{ rule: { kind: 'KPI_AT_THRESHOLD', kpiKey: 'NO_SUCH_KPI' } }, 'rule.kpiKey', 'NO_SUCH_KPI', { kpiKey: 'NO_SUCH_KPI' }],
      [{ rule: { kind: 'PROCESSES_VALIDATED', threshold: 3 } }, 'rule.threshold', 'RULE_SETTING_NOT_TAKEN', { kind: 'PROCESSES_VALIDATED', setting: 'threshold' }],
      [{ signOffRoleKey: 'NO_SUCH_ROLE' }, 'signOffRoleKey', 'NO_SUCH_ROLE', {}],
    ];
    for (const [extra, field, code, params] of cases) {
      const refused = await api.gql(ADD, { i: { phaseId: training.id, label: 'Does not fit', ...extra } }, owner.token);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field, code, params: expect.objectContaining(params) })] });
    }
    const unknownKind = await api.gql(ADD, { i: { phaseId: training.id, label: 'Does not fit', rule: { kind: 'WEATHER_IS_FINE' } } }, owner.token);
    expect(unknownKind.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('turns a rule back into a box, dropping the sign-off given under the rule', async () => {
    const rule = (await phase('PROCESS_REDESIGN')).exitCriteria.find((c) => c.rule?.kind === 'PROCESSES_VALIDATED')!;
    expect(rule).toMatchObject({ signOffState: 'SIGNED' });
    const box = (await api.ok(UPDATE, { i: { id: rule.id, version: rule.version, label: rule.label, rule: null } }, owner.token))['updateExitCriterion'];
    expect(box).toMatchObject({ kind: 'CHECKBOX', rule: null, met: false, signOff: null, signOffState: 'AWAITING', evidence: [{ code: 'NOT_TICKED' }] });
  });

  it('costs the same statements for one rule as for six of the same kinds', async () => {
    const fresh = await createStandardProject(api, owner.token);
    const count = async () => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({ query: PHASES, variables: { id: fresh.id } }),
      });
      expect((await response.json()).errors).toBeUndefined();
      return Number(response.headers.get('x-sql-statements'));
    };
    const first = await count();
    const training = fresh.phases.find((p) => p.kind === 'TRAINING')!;
    for (const kind of ['PROCESSES_VALIDATED', 'KPI_BASELINES_RECORDED', 'WAVES_STAFFED', 'TRAINING_CADENCE_ON_TRACK', 'PHASE_ROLES_HELD', 'NO_SEVERE_SUPPORT_ITEMS']) {
      await api.ok(ADD, { i: { phaseId: training.id, label: `Another ${kind}`, rule: { kind }, signOffRoleKey: 'EXECUTIVE_SPONSOR' } }, owner.token);
    }
    expect(await count()).toBe(first);
  });
});
