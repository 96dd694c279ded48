import { createStandardProject } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const VENDOR = 'mutation($input: CreateVendorInput!) { createVendor(input: $input) { id name } }';
const CRITERION = 'mutation($input: CreateCriterionInput!) { createCriterion(input: $input) { id name weight version } }';
const SCORE = 'mutation($input: SetScoreInput!) { setScore(input: $input) { score comment version } }';
const RANKING = 'query($p: ID!) { vendorRanking(projectId: $p) { rank score unscoredCriteria vendor { id name } } }';

describe('technology selection', () => {
  let api: TestApp;
  let token: string;
  beforeAll(async () => {
    api = await startTestApp();
    ({ token } = await api.signUp('Selection lead'));
  });
  afterAll(() => api.close());

  async function evaluation(weights = { fit: 50, cost: 50 }) {
    const project = await createStandardProject(api, token);
    const p = project.id;
    const acme = (await api.ok(VENDOR, { input: { projectId: p, name: 'Acme CRM', product: 'Acme Sales' } }, token))['createVendor'];
    const globex = (await api.ok(VENDOR, { input: { projectId: p, name: 'Globex', product: 'Globex 360' } }, token))['createVendor'];
    const fit = (await api.ok(CRITERION, { input: { projectId: p, name: 'Process fit', weight: weights.fit } }, token))['createCriterion'];
    const cost = (await api.ok(CRITERION, { input: { projectId: p, name: 'Total cost', weight: weights.cost } }, token))['createCriterion'];
    return { project, p, acme, globex, fit, cost };
  }

  it('ranks vendors by weighted score and re-ranks when a score changes', async () => {
    const { p, acme, globex, fit, cost } = await evaluation();
    await api.ok(SCORE, { input: { vendorId: acme.id, criterionId: fit.id, score: 5, comment: 'Native CPQ' } }, token);
    await api.ok(SCORE, { input: { vendorId: acme.id, criterionId: cost.id, score: 2 } }, token);
    await api.ok(SCORE, { input: { vendorId: globex.id, criterionId: fit.id, score: 3 } }, token);
    const partial = await api.ok(RANKING, { p }, token);
    expect(partial['vendorRanking'].map((r: { vendor: { name: string }; score: number; unscoredCriteria: number }) => [r.vendor.name, r.score, r.unscoredCriteria])).toEqual([
      ['Acme CRM', 3.5, 0],
      ['Globex', 1.5, 1],
    ]);
    await api.ok(SCORE, { input: { vendorId: globex.id, criterionId: cost.id, score: 5 } }, token);
    const full = await api.ok(RANKING, { p }, token);
    expect(full['vendorRanking'].map((r: { vendor: { name: string }; rank: number; score: number }) => [r.rank, r.vendor.name, r.score])).toEqual([
      [1, 'Globex', 4],
      [2, 'Acme CRM', 3.5],
    ]);
  });

  it('says whether the leader survives a ±10% change of any one weight', async () => {
    // Weights 52/48: Acme 5/3 → 4.04, Globex 4/4 → 4.00; with process fit 10% lighter Globex leads.
    const { p, acme, globex, fit, cost } = await evaluation({ fit: 52, cost: 48 });
    for (const [vendorId, criterionId, score] of [
      [acme.id, fit.id, 5],
      [acme.id, cost.id, 3],
      [globex.id, fit.id, 4],
      [globex.id, cost.id, 4],
    ] as const) {
      await api.ok(SCORE, { input: { vendorId, criterionId, score } }, token);
    }
    const robust = await api.ok('query($p: ID!) { selectionSensitivity(projectId: $p) { stable leaders { name } flips { changePercent } verdict verdictMessage { code params { name value } text } } }', { p }, token);
    expect(robust['selectionSensitivity']).toMatchObject({ stable: false, leaders: [{ name: 'Acme CRM' }] });
    expect(robust['selectionSensitivity'].flips.length).toBeGreaterThan(0);
    expect(robust['selectionSensitivity'].verdict).toMatch(/fragile/);
    // The client words the same finding from its code: the vendor now in front and the criterion are params, the English is the same sentence.
    const fragile = robust['selectionSensitivity'].verdictMessage;
    expect(fragile.code).toBe('SELECTION_LEAD_FRAGILE');
    expect(fragile.params).toEqual(expect.arrayContaining([{ name: 'leader1', value: 'Globex' }, { name: 'percent', value: '10' }]));
    expect(fragile.text).toBe(robust['selectionSensitivity'].verdict);

    await api.ok(SCORE, { input: { vendorId: globex.id, criterionId: cost.id, score: 2 } }, token);
    const stable = await api.ok('query($p: ID!) { selectionSensitivity(projectId: $p) { stable flips { changePercent } verdict verdictMessage { code params { name value } } } }', { p }, token);
    expect(stable['selectionSensitivity']).toMatchObject({ stable: true, flips: [] });
    expect(stable['selectionSensitivity'].verdict).toMatch(/robust/);
    expect(stable['selectionSensitivity'].verdictMessage).toEqual({ code: 'SELECTION_LEAD_ROBUST', params: [{ name: 'leader1', value: 'Acme CRM' }, { name: 'percent', value: '10' }] });
  });

  it('lists MUST requirements no criterion traces to as not evaluated', async () => {
    const { p, fit } = await evaluation();
    const make = async (title: string, priority: string) =>
      (await api.ok('mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id } }', { input: { projectId: p, title, department: 'SALES', priority } }, token))['createRequirement'].id;
    const traced = await make('Quote approvals', 'MUST');
    await make('Territory planning', 'MUST');
    await make('Nice dashboards', 'COULD');
    await api.ok('mutation($input: UpdateCriterionInput!) { updateCriterion(input: $input) { id } }', { input: { id: fit.id, version: fit.version, requirementIds: [traced] } }, token);
    const data = await api.ok('query($p: ID!) { unevaluatedRequirements(projectId: $p) { title } selectionCriteria(projectId: $p) { name normalizedWeight requirements { id } } }', { p }, token);
    expect(data['unevaluatedRequirements']).toEqual([{ title: 'Territory planning' }]);
    expect(data['selectionCriteria']).toEqual([
      { name: 'Process fit', normalizedWeight: 0.5, requirements: [{ id: traced }] },
      { name: 'Total cost', normalizedWeight: 0.5, requirements: [] },
    ]);
  });

  describe('what it says about MUST requirements', () => {
    const COVERAGE = 'query($p: ID!) { selectionCoverage(projectId: $p) { status requirementCount mustRequirementCount untracedMustCount } }';
    const coverage = async (p: string) => (await api.ok(COVERAGE, { p }, token))['selectionCoverage'];
    const make = async (p: string, title: string, priority: string) =>
      (await api.ok('mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id } }', { input: { projectId: p, title, department: 'SALES', priority } }, token))['createRequirement'].id as string;

    it('a project without requirements says there are none, not that every MUST requirement is traced', async () => {
      const { p } = await evaluation();
      expect(await coverage(p)).toEqual({ status: 'NO_REQUIREMENTS', requirementCount: 0, mustRequirementCount: 0, untracedMustCount: 0 });
      expect((await api.ok('query($p: ID!) { unevaluatedRequirements(projectId: $p) { id } }', { p }, token))['unevaluatedRequirements']).toEqual([]);
    });

    it('requirements without a MUST among them say there is no MUST requirement', async () => {
      const { p } = await evaluation();
      await make(p, 'Nice dashboards', 'COULD');
      await make(p, 'Mobile app', 'SHOULD');
      expect(await coverage(p)).toEqual({ status: 'NO_MUST_REQUIREMENTS', requirementCount: 2, mustRequirementCount: 0, untracedMustCount: 0 });
    });

    it('counts the MUST requirements and those no criterion traces to, until every one is traced', async () => {
      const { p, fit } = await evaluation();
      const quotes = await make(p, 'Quote approvals', 'MUST');
      const territories = await make(p, 'Territory planning', 'MUST');
      await make(p, 'Nice dashboards', 'COULD');
      expect(await coverage(p)).toEqual({ status: 'SOME_UNTRACED', requirementCount: 3, mustRequirementCount: 2, untracedMustCount: 2 });
      await api.ok('mutation($input: UpdateCriterionInput!) { updateCriterion(input: $input) { id } }', { input: { id: fit.id, version: fit.version, requirementIds: [quotes, territories] } }, token);
      expect(await coverage(p)).toEqual({ status: 'ALL_TRACED', requirementCount: 3, mustRequirementCount: 2, untracedMustCount: 0 });
    });
  });

  it('records the decision and completes the vendor-selected milestone', async () => {
    const { project, p, globex } = await evaluation();
    const decision = await api.ok(
      'mutation($input: RecordSelectionDecisionInput!) { recordSelectionDecision(input: $input) { vendor { name } decidedBy decidedOn rationale } }',
      { input: { projectId: p, vendorId: globex.id, rationale: 'Best fit for service queues at a lower total cost.', decidedBy: 'Steering committee', decidedOn: '2027-03-15' } },
      token,
    );
    expect(decision['recordSelectionDecision']).toMatchObject({ vendor: { name: 'Globex' }, decidedBy: 'Steering committee', decidedOn: '2027-03-15' });
    const selectionPhase = project.phases.find((ph) => ph.kind === 'TECHNOLOGY_SELECTION')!;
    const milestones = await api.ok('query($id: ID!) { project(id: $id) { phases { id milestones { name status } } } }', { id: p }, token);
    const phase = milestones['project'].phases.find((ph: { id: string }) => ph.id === selectionPhase.id);
    expect(phase.milestones.find((m: { name: string }) => m.name === 'Vendor selected').status).toBe('DONE');
  });

  it('a revised decision succeeds and leaves the milestone completed once, with its real earlier state in the history', async () => {
    const { p, acme, globex } = await evaluation();
    const DECIDE = 'mutation($input: RecordSelectionDecisionInput!) { recordSelectionDecision(input: $input) { vendor { name } } }';
    const MILESTONES = 'query($id: ID!) { project(id: $id) { phases { milestones { id name status version } } } }';
    const vendorSelected = async () =>
      (await api.ok(MILESTONES, { id: p }, token))['project'].phases
        .flatMap((ph: { milestones: { id: string; name: string; status: string; version: number }[] }) => ph.milestones)
        .find((m: { name: string }) => m.name === 'Vendor selected');
    const planned = await vendorSelected();
    const decide = (vendorId: string) => ({ input: { projectId: p, vendorId, rationale: 'Fits the quoting process.', decidedBy: 'Steering committee', decidedOn: '2027-03-15' } });

    await api.ok(DECIDE, decide(globex.id), token);
    const revised = await api.ok(DECIDE, decide(acme.id), token);
    expect(revised['recordSelectionDecision']).toEqual({ vendor: { name: 'Acme CRM' } });

    const done = await vendorSelected();
    expect(done).toMatchObject({ status: 'DONE', version: planned.version + 1 });
    const history = await api.ok('query($p: ID!, $e: ID) { auditEvents(projectId: $p, entityId: $e) { edges { node { action before } } } }', { p, e: done.id }, token);
    const completions = history['auditEvents'].edges.map((e: { node: { action: string; before: string } }) => e.node).filter((n: { action: string }) => n.action === 'COMPLETED');
    expect(completions).toHaveLength(1);
    expect(JSON.parse(completions[0].before)).toMatchObject({ status: planned.status });
  });

  it('scores only with a criterion of the vendor’s own project', async () => {
    const { acme } = await evaluation();
    const other = await evaluation();
    const refused = await api.gql(SCORE, { input: { vendorId: acme.id, criterionId: other.fit.id, score: 4 } }, token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'criterionId' }] });
  });

  it('rejects scores outside 0–5 or off the half-point scale, and stale score versions', async () => {
    const { acme, fit } = await evaluation();
    for (const score of [7, -1, 3.3]) {
      const bad = await api.gql(SCORE, { input: { vendorId: acme.id, criterionId: fit.id, score } }, token);
      expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(await api.count(`vendor_scores WHERE vendor_id = '${acme.id}'`)).toBe(0);
    const first = (await api.ok(SCORE, { input: { vendorId: acme.id, criterionId: fit.id, score: 4 } }, token))['setScore'];
    const stale = await api.gql(SCORE, { input: { vendorId: acme.id, criterionId: fit.id, score: 1, version: first.version - 1 } }, token);
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });
});
