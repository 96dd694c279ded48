import Papa from 'papaparse';

import { assignRole, createPerson, createStandardProject } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const PROFILE = 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { locale version } }';
const REQUIREMENTS = 'query($p: ID!) { exportRequirementsCsv(projectId: $p) }';
const PLAN = 'query($p: ID!) { exportPlan(projectId: $p, format: CSV) }';
const ATTENDANCE = 'query($w: ID!) { exportAttendanceCsv(waveId: $w) }';
const IMPORT = 'mutation($input: ImportRequirementsCsvInput!) { importRequirementsCsv(input: $input) { imported errors { row message } } }';

const firstLine = (csv: string) => csv.split('\r\n')[0];

/**
 * Exports are split the way the reader's spreadsheet splits a double-clicked CSV file: with a
 * semicolon where the language writes a decimal comma (Dutch, Italian), with a comma in English;
 * without a profile language, as the browser's first tag writes it, whatever its language.
 */
describe('the separator of CSV exports', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** A program with one requirement, one task's plan and a wave with one training session. */
  async function programOf(name: string) {
    const owner = await api.signUp(name);
    const projectId = (await createStandardProject(api, owner.token)).id;
    await api.ok(
      'mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id } }',
      { input: { projectId, title: 'Leads by region', description: 'Routing, then scoring; both by region', department: 'SALES', priority: 'MUST' } },
      owner.token,
    );
    const trainer = await createPerson(api, owner.token, 'Tara Trainer');
    await assignRole(api, owner.token, { projectId, roleKey: 'TRAINER', personId: trainer.id, allocationPercent: 20 });
    const waveId = (await api.ok('mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }', { input: { projectId, name: 'Benelux', scope: ['Benelux'], goLiveDate: '2027-05-03' } }, owner.token))[
      'createRolloutWave'
    ].id;
    await api.ok(
      'mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }',
      { input: { waveId, topic: 'Pipeline review', startsAt: '2027-05-05T09:00:00Z', durationMinutes: 60, trainerId: trainer.id, inviteeIds: [trainer.id] } },
      owner.token,
    );
    return { owner, projectId, waveId };
  }

  async function chooseLanguage(token: string, locale: string) {
    const { me } = await api.ok<{ me: { version: number } }>('{ me { version } }', {}, token);
    await api.ok(PROFILE, { input: { version: me.version, locale } }, token);
  }

  /** An export asked for as a browser would, with its Accept-Language header. */
  async function exportWithBrowserLanguage(token: string, acceptLanguage: string, projectId: string): Promise<string> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': acceptLanguage },
      body: JSON.stringify({ query: REQUIREMENTS, variables: { p: projectId } }),
    });
    const body = (await response.json()) as { data: { exportRequirementsCsv: string } };
    return body.data.exportRequirementsCsv;
  }

  it('separates every export of a Dutch user with semicolons, under a Dutch header row', async () => {
    const { owner, projectId, waveId } = await programOf('Dutch exporter');
    await chooseLanguage(owner.token, 'nl');
    const requirements = String((await api.ok(REQUIREMENTS, { p: projectId }, owner.token))['exportRequirementsCsv']);
    expect(firstLine(requirements)).toBe('Titel;Beschrijving;Afdeling;Prioriteit;Status;E-mail stakeholder;Knelpunt nu');
    // A cell holding the separator is quoted, so it stays one cell.
    expect(requirements).toContain('"Routing, then scoring; both by region"');
    expect(firstLine(String((await api.ok(PLAN, { p: projectId }, owner.token))['exportPlan']))).toBe('Titel;Fase;Rol;Start;Einde;Duur;Wacht op');
    const attendance = String((await api.ok(ATTENDANCE, { w: waveId }, owner.token))['exportAttendanceCsv']);
    expect(firstLine(attendance)).toBe('Trainingssessie;Datum;Persoon;E-mail;Aanwezigheid');
    // Dates stay ISO days, readable by a machine whatever the language.
    expect(attendance).toContain(';2027-05-05;');
    // The trainer is invited and nothing is recorded yet: the status reads as the Dutch attendance list shows it.
    expect(attendance.split('\r\n')[1]).toMatch(/;Niet geregistreerd$/);
    expect(attendance).not.toContain('INVITED');
  });

  it('reads a Dutch export back in: importing the semicolon file adds its requirement again', async () => {
    const { owner, projectId } = await programOf('Dutch round trip');
    await chooseLanguage(owner.token, 'nl');
    const csv = String((await api.ok(REQUIREMENTS, { p: projectId }, owner.token))['exportRequirementsCsv']);
    expect((await api.ok(IMPORT, { input: { projectId, csv } }, owner.token))['importRequirementsCsv']).toEqual({ imported: 1, errors: [] });
    const again = Papa.parse<string[]>(String((await api.ok(REQUIREMENTS, { p: projectId }, owner.token))['exportRequirementsCsv']), { delimiter: ';', skipEmptyLines: true }).data;
    expect(again.filter((row) => row[0] === 'Leads by region').map((row) => row[1])).toEqual(['Routing, then scoring; both by region', 'Routing, then scoring; both by region']);
  });

  it("follows the browser's language when the profile names none: Italian gets semicolons, British English commas", async () => {
    const { owner, projectId } = await programOf('Browser exporter');
    expect(firstLine(await exportWithBrowserLanguage(owner.token, 'it-IT,it;q=0.9,en;q=0.8', projectId))).toMatch(/^Titolo;Descrizione;Reparto;/);
    expect(firstLine(await exportWithBrowserLanguage(owner.token, 'en-GB,en;q=0.9', projectId))).toMatch(/^title,description,/);
  });

  it('weighs the browser’s languages by preference, and skips those we do not speak', async () => {
    const { owner, projectId } = await programOf('Weighing exporter');
    expect(firstLine(await exportWithBrowserLanguage(owner.token, 'en;q=0.5, it-IT;q=0.9, nl;q=0.7', projectId))).toMatch(/^Titolo;/);
    expect(firstLine(await exportWithBrowserLanguage(owner.token, 'de-DE,de;q=0.9,nl;q=0.8', projectId))).toMatch(/^Titel;/);
  });

  it('reads a Dutch plan export back in: its Dutch headers name the columns import knows', async () => {
    const { owner, projectId } = await programOf('Dutch plan round trip');
    // Made before the profile turns Dutch, so its roles bear the English names the plan's cells name.
    const into = (await createStandardProject(api, owner.token, { name: 'Dutch plan copy' })).id;
    await chooseLanguage(owner.token, 'nl');
    const csv = String((await api.ok(PLAN, { p: projectId }, owner.token))['exportPlan']);
    expect(firstLine(csv)).toBe('Titel;Fase;Rol;Start;Einde;Duur;Wacht op');
    const answer = await api.ok<{ importPlan: { imported: boolean; taskCount: number; errors: { message: string }[] } }>(
      'mutation($input: ImportPlanInput!) { importPlan(input: $input) { imported taskCount errors { message } } }',
      { input: { projectId: into, format: 'CSV', content: csv } },
      owner.token,
    );
    expect(answer.importPlan).toMatchObject({ imported: true, errors: [] });
    expect(answer.importPlan.taskCount).toBeGreaterThan(0);
  });

  it('splits every export of a German browser with semicolons, as its spreadsheet does, under English headers', async () => {
    const { owner, projectId, waveId } = await programOf('German browser');
    const german = { 'accept-language': 'de-DE,de;q=0.9' };
    const answer = async (query: string, variables: Record<string, unknown>) => Object.values(await api.client.ok<Record<string, string>>(query, variables, owner.token, german))[0];
    expect(firstLine(await answer(REQUIREMENTS, { p: projectId }))).toBe('title;description;department;priority;status;stakeholder_email;gap_note');
    expect(firstLine(await answer(PLAN, { p: projectId }))).toBe('title;phase;role;start;finish;duration;predecessors');
    const attendance = await answer(ATTENDANCE, { w: waveId });
    expect(firstLine(attendance)).toBe('session;date;person;email;attendance');
    expect(attendance).toContain(';2027-05-05;');
  });

  it('gives a German browser commas once its profile chose English', async () => {
    const { owner, projectId } = await programOf('German browser, English profile');
    await chooseLanguage(owner.token, 'en');
    expect(firstLine(await exportWithBrowserLanguage(owner.token, 'de-DE,de;q=0.9', projectId))).toMatch(/^title,description,/);
  });

  it("puts the profile's language before the browser's: an English profile in a Dutch browser gets commas", async () => {
    const { owner, projectId } = await programOf('English profile');
    await chooseLanguage(owner.token, 'en');
    expect(firstLine(await exportWithBrowserLanguage(owner.token, 'nl-NL', projectId))).toMatch(/^title,description,/);
  });

  it('uses commas when neither the profile nor the browser names a language', async () => {
    const { owner, projectId } = await programOf('Plain exporter');
    expect(firstLine(String((await api.ok(REQUIREMENTS, { p: projectId }, owner.token))['exportRequirementsCsv']))).toMatch(/^title,description,/);
  });
});
