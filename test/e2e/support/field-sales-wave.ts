import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { RunningServer } from './server';

/** A day `offset` days from today, as the API takes it. */
export const dayFromToday = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export const FIELD_SALES_PEOPLE = ['Ines Okafor', 'Tomas Lindqvist', 'Amara Diallo'] as const;

export interface FieldSalesWave {
  projectId: string;
  waveId: string;
  emails: Record<(typeof FIELD_SALES_PEOPLE)[number], string>;
  /** A Salesforce login history of the wave's people and one outsider, written to a file a browser can upload. */
  loginHistoryFile: string;
  /** The outsider's username: nobody in the directory has it, so the import reports it unmatched. */
  contractorEmail: string;
}

/**
 * A Salesforce program whose "Field sales" wave went live 30 days ago with three people of that
 * business unit, and a login history from Salesforce's Setup export (header as Salesforce writes
 * it): Ines signs in every day, Tomas once three weeks ago (after a failed attempt, which does not
 * count), Amara never, and a contractor who is not in the directory yesterday.
 */
export async function fieldSalesWave(server: RunningServer, token: string, options: { goLive?: boolean } = {}): Promise<FieldSalesWave> {
  const { createProject } = await server.api.ok<{ createProject: { id: string } }>('mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }', {
    i: { name: 'Northwind Salesforce rollout', crmProduct: 'Salesforce Sales Cloud', startDate: dayFromToday(-200), targetGoLiveDate: dayFromToday(-30) },
  }, token);
  const projectId = createProject.id;
  const stamp = Date.now();
  const emails = {} as FieldSalesWave['emails'];
  for (const name of FIELD_SALES_PEOPLE) {
    emails[name] = `${name.split(' ')[0].toLowerCase()}.${stamp}@northwind.example`;
    await server.api.ok('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name, email: emails[name], businessUnit: 'Field sales' } }, token);
  }
  const { createRolloutWave } = await server.api.ok<{ createRolloutWave: { id: string } }>('mutation($i: CreateRolloutWaveInput!) { createRolloutWave(input: $i) { id } }', {
    i: { projectId, name: 'Field sales', scope: ['Field sales'], goLiveDate: dayFromToday(-30), readinessItems: [] },
  }, token);
  const waveId = createRolloutWave.id;
  if (options.goLive) await server.api.ok('mutation($i: GoLiveInput!) { goLive(input: $i) { id } }', { i: { waveId } }, token);

  const contractorEmail = `contractor.${stamp}@partner.example`;
  const loginHistoryFile = join(mkdtempSync(join(tmpdir(), 'usage-')), 'LoginHistory.csv');
  const at = (offset: number, time: string) => `${dayFromToday(offset)}T${time}.000Z`;
  writeFileSync(
    loginHistoryFile,
    [
      '"Username","Login Time","Login Type","Source IP","Status","Browser","Platform","Application","Login URL"',
      `"${emails['Ines Okafor']}","${at(-1, '08:14:31')}","Application","198.51.100.14","Success","Chrome 131","Windows 10","Browser","northwind.my.salesforce.com"`,
      `"${emails['Ines Okafor']}","${at(-2, '08:10:00')}","Application","198.51.100.14","Success","Chrome 131","Windows 10","Browser","northwind.my.salesforce.com"`,
      `"${emails['Tomas Lindqvist']}","${at(-21, '09:05:12')}","Application","198.51.100.22","Success","Firefox 133","Mac OSX","Browser","northwind.my.salesforce.com"`,
      `"${emails['Tomas Lindqvist']}","${at(-21, '09:04:40')}","Application","198.51.100.22","Invalid Password","Firefox 133","Mac OSX","Browser","northwind.my.salesforce.com"`,
      `"${contractorEmail}","${at(-1, '10:00:00')}","Application","203.0.113.9","Success","Safari","iOS","Salesforce for iOS","login.salesforce.com"`,
    ].join('\n'),
  );
  return { projectId, waveId, emails, loginHistoryFile, contractorEmail };
}
