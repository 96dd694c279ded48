import { createStandardProject } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const CREATE = `mutation($input: CreateProcessInput!) { createProcess(input: $input) {
  id status version ownerRole { key } requirements { id } automationBlocker automationBlockerMessage { code params { name value } } } }`;
const SET_STATUS = 'mutation($input: SetProcessStatusInput!) { setProcessStatus(input: $input) { status version } }';

describe('process redesign', () => {
  let api: TestApp;
  let token: string;
  let projectId: string;
  beforeAll(async () => {
    api = await startTestApp();
    ({ token } = await api.signUp('Process owner'));
    projectId = (await createStandardProject(api, token)).id;
  });
  afterAll(() => api.close());

  it('refuses to automate a process before it is validated, saying why, and changes nothing', async () => {
    const req = await api.ok(
      'mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id } }',
      { input: { projectId, title: 'Route cases by product', department: 'SERVICE', priority: 'MUST' } },
      token,
    );
    const created = (
      await api.ok(CREATE, { input: { projectId, name: 'Case to resolution', department: 'SERVICE', ownerRoleKey: 'business_analyst', asIs: 'Email inbox', toBe: 'Queues by product', requirementIds: [req['createRequirement'].id] } }, token)
    )['createProcess'];
    expect(created).toMatchObject({ status: 'DOCUMENTED', ownerRole: { key: 'BUSINESS_ANALYST' }, requirements: [{ id: req['createRequirement'].id }] });
    expect(created.automationBlocker).toMatch(/validated before it is automated/);
    expect(created.automationBlockerMessage).toEqual({ code: 'PROCESS_NOT_VALIDATED_YET', params: [{ name: 'status', value: 'DOCUMENTED' }] });

    const redesigned = await api.ok(SET_STATUS, { input: { id: created.id, version: 1, status: 'REDESIGNED' } }, token);
    const refused = await api.gql(SET_STATUS, { input: { id: created.id, version: redesigned['setProcessStatus'].version, status: 'AUTOMATED' } }, token);
    expect(refused.errors?.[0]?.extensions.code).toBe('GATE_BLOCKED');
    expect(refused.errors?.[0]?.message).toMatch(/must be validated before it is automated/);
    expect(refused.errors?.[0]?.extensions.params).toMatchObject({ reason: 'PROCESS_NOT_VALIDATED_YET', status: 'REDESIGNED' });
    const stored = await api.query<{ status: string; version: number }>('SELECT status, version FROM processes WHERE id = $1', [created.id]);
    expect(stored[0]).toEqual({ status: 'REDESIGNED', version: 2 });

    await api.ok(SET_STATUS, { input: { id: created.id, version: 2, status: 'VALIDATED' } }, token);
    expect((await api.ok(SET_STATUS, { input: { id: created.id, version: 3, status: 'AUTOMATED' } }, token))['setProcessStatus'].status).toBe('AUTOMATED');
  });

  it('allows moving back for rework and records the step back in the history', async () => {
    const created = (await api.ok(CREATE, { input: { projectId, name: 'Lead to opportunity', department: 'SALES' } }, token))['createProcess'];
    await api.ok(SET_STATUS, { input: { id: created.id, version: 1, status: 'VALIDATED' } }, token);
    await api.ok(SET_STATUS, { input: { id: created.id, version: 2, status: 'REDESIGNED' } }, token);
    const history = await api.ok(
      'query($p: ID!, $e: ID) { auditEvents(projectId: $p, entityId: $e) { edges { node { action before after } } } }',
      { p: projectId, e: created.id },
      token,
    );
    expect(history['auditEvents'].edges[0].node).toEqual({ action: 'STATUS_MOVED_BACK', before: '{"status":"VALIDATED"}', after: '{"status":"REDESIGNED"}' });
  });

  it('rejects an unknown owner role and a stale version', async () => {
    const before = await api.count('processes');
    const bad = await api.gql(CREATE, { input: { projectId, name: 'Quote to cash', department: 'FINANCE', ownerRoleKey: 'WIZARD' } }, token);
    expect(bad.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'ownerRoleKey', message: expect.stringMatching(/WIZARD/) })]);
    expect(await api.count('processes')).toBe(before);
    const created = (await api.ok(CREATE, { input: { projectId, name: 'Quote to cash', department: 'FINANCE' } }, token))['createProcess'];
    await api.ok(SET_STATUS, { input: { id: created.id, version: 1, status: 'REDESIGNED' } }, token);
    expect((await api.gql(SET_STATUS, { input: { id: created.id, version: 1, status: 'VALIDATED' } }, token)).errors?.[0]?.extensions.code).toBe('CONFLICT');
  });
});
