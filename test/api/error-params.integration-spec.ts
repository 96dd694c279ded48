import { formatMessage } from '@crm/domain';

import { createStandardProject, StandardProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const CREATE_PROJECT = 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }';
const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }';
const UPDATE_TASK = 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id version } }';
const SAVE_BASELINE = 'mutation($input: SaveBaselineInput!) { saveBaseline(input: $input) { id } }';
const COMPLETE_PHASE = 'mutation($input: VersionedIdInput!) { completePhase(input: $input) { id } }';

/**
 * A client words an error from `extensions.code` and `extensions.params` (`reason` and its values)
 * in its reader's language; `message` stays English for API users. Real refused requests, end to end.
 */
describe('the codes and parameters of refused requests', () => {
  let api: TestApp;
  let owner: SignedIn;
  let project: StandardProject;
  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Coded refusals');
    project = await createStandardProject(api, owner.token);
  });
  afterAll(() => api.close());

  const refusal = async (query: string, variables: Record<string, unknown>, token: string | undefined = owner.token) => {
    const answer = await api.gql(query, variables, token);
    expect(answer.errors).toHaveLength(1);
    return answer.errors![0]!;
  };

  it('an empty program name is BAD_USER_INPUT REQUIRED naming the field, in the field list too', async () => {
    const error = await refusal(CREATE_PROJECT, { input: { name: '', crmProduct: 'Salesforce', startDate: '2027-01-04', targetGoLiveDate: '2027-07-01' } });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions['params']).toEqual({ reason: 'REQUIRED', field: 'name' });
    expect(error.extensions['fields']).toEqual([{ field: 'name', message: 'Give the program a name.', code: 'REQUIRED', params: { field: 'name' } }]);
    expect(formatMessage('nl', { code: 'REQUIRED', params: { field: 'name' } })).toBe('Het veld name is verplicht.');
  });

  it('a title over its length is TOO_LONG with the maximum the input allows', async () => {
    const error = await refusal(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, title: 'x'.repeat(201), roleKey: 'PROJECT_MANAGER' } });
    expect(error.extensions['params']).toEqual({ reason: 'TOO_LONG', field: 'title', max: 200 });
    expect(error.message).toBe('title: Title must be at most 200 characters.');
  });

  it('a due date before the start is TASK_DUE_BEFORE_START, worded from the catalogue', async () => {
    const error = await refusal(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, title: 'Backwards', roleKey: 'PROJECT_MANAGER', startDate: '2027-03-10', dueDate: '2027-03-01' } });
    expect(error.extensions['params']).toEqual({ reason: 'TASK_DUE_BEFORE_START', field: 'dueDate' });
    expect(error.message).toBe(`dueDate: ${formatMessage('en', { code: 'TASK_DUE_BEFORE_START', params: {} })}`);
  });

  it('a baseline name used twice is BASELINE_NAME_TAKEN', async () => {
    await api.ok(SAVE_BASELINE, { input: { projectId: project.id, name: 'Kick-off' } }, owner.token);
    const error = await refusal(SAVE_BASELINE, { input: { projectId: project.id, name: 'Kick-off' } });
    expect(error.extensions['params']).toEqual({ reason: 'BASELINE_NAME_TAKEN', field: 'name' });
  });

  it('a stale version is CONFLICT RECORD_CHANGED naming the record', async () => {
    const task = (await api.ok(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, title: 'Edited twice', roleKey: 'PROJECT_MANAGER' } }, owner.token))['createTask'];
    await api.ok(UPDATE_TASK, { input: { id: task.id, version: task.version, title: 'First edit' } }, owner.token);
    const error = await refusal(UPDATE_TASK, { input: { id: task.id, version: task.version, title: 'Second edit' } });
    expect(error.extensions.code).toBe('CONFLICT');
    expect(error.extensions['params']).toEqual({ reason: 'RECORD_CHANGED', record: 'This task' });
  });

  it('a closed gate is GATE_BLOCKED PHASE_GATE_BLOCKED with each blocker as a message', async () => {
    const phase = project.phases[0];
    const error = await refusal(COMPLETE_PHASE, { input: { id: phase.id, version: phase.version } });
    expect(error.extensions.code).toBe('GATE_BLOCKED');
    const blockers = error.extensions['blockers'] as string[];
    expect(error.extensions['params']).toEqual({ reason: 'PHASE_GATE_BLOCKED', phase: expect.any(String), count: blockers.length });
    const coded = error.extensions['blockerMessages'] as { code: string; params: Record<string, string | number> }[];
    expect(coded).toHaveLength(blockers.length);
    // The English list and the coded one say the same, one for one.
    expect(coded.map((m) => formatMessage('en', m))).toEqual(blockers);
    expect(coded.map((m) => m.code)).toEqual(expect.arrayContaining(['EXIT_CRITERION_NOT_MET', 'MILESTONE_NOT_DONE']));
  });

  it('an unknown record is NOT_FOUND, and a missing session SIGN_IN_REQUIRED', async () => {
    const missing = await refusal(UPDATE_TASK, { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, title: 'Nowhere' } });
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', params: { reason: 'NOT_FOUND' } });
    const anonymous = await api.gql(UPDATE_TASK, { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, title: 'Nowhere' } });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', params: { reason: 'SIGN_IN_REQUIRED' } });
  });

  it('a request GraphQL itself refuses carries params too', async () => {
    const error = await refusal('{ nothingOfThatName }', {});
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.extensions['params']).toEqual({ reason: 'REQUEST_INVALID' });
  });

  it('the health reasons come as messages beside their English sentences', async () => {
    const health = await api.ok(
      'query($p: ID!) { projectHealth(projectId: $p) { reasons reasonMessages { code params { name value } text } reasonDetails { message reason { code text } } } }',
      { p: project.id },
      owner.token,
    );
    const { reasons, reasonMessages, reasonDetails } = health['projectHealth'];
    expect(reasonMessages.map((m: { text: string }) => m.text)).toEqual(reasons);
    expect(reasonDetails.map((d: { message: string; reason: { text: string } }) => d.reason.text)).toEqual(reasons);
    for (const message of reasonMessages as { code: string; params: { name: string; value: string }[]; text: string }[]) {
      const params = Object.fromEntries(message.params.map((p) => [p.name, p.value]));
      expect(formatMessage('en', { code: message.code, params })).toBe(message.text);
    }
  });
});
