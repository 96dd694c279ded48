import { describe, expect, it } from 'vitest';

import { formatMessage, isMessageCode, messageLocaleOf } from './format-message';
import type { MessageParams } from './message';
import { MESSAGE_LOCALES } from './message';
import type { MessageCode } from './message-codes';
import { MESSAGES_EN } from './messages.en';

/** Every parameter any message reads, with a sample value, so each code renders in full. */
const SAMPLE: MessageParams = {
  field: 'title',
  max: 200,
  min: 3,
  record: 'This task',
  hours: 48,
  person: 'Anna de Vries',
  issuer: 'https://login.example.com',
  count: 3,
  days: 5,
  milestone: 'Go-live',
  title: 'The new CRM is coming',
  wave: 'Wave Milano',
  percent: 130,
  kpi: 'Active users',
  risk: 'Data migration',
  score: 'Vendor A on Fit',
  urgent: 1,
  role1: 'Trainer',
  role2: 'Data steward',
  criterion: 'Scope signed',
  task: 'Train the key users',
  verdict: 'SLIPPING',
  paceWeeks: 4,
  forecastDate: '2027-05-10',
  targetDate: '2027-04-30',
  slipDays: 6,
  latestSlipDays: 10,
  moreDrivers: 2,
  driver1: 'Build the integration',
  driver2: 'Test the integration',
  goLiveDate: '2027-07-15',
  side: 'AFTER',
  phaseDate: '2027-07-01',
  traced: 4,
  total: 6,
  requirement: 'Lead scoring',
  given: 10,
  validated: 2,
  process: 'Lead to deal',
  keyUsers: 2,
  open: 2,
  status: 'ON_TRACK',
  recorded: 1,
  latest: 40,
  threshold: 80,
  held: 3,
  role: 'Trainer',
  severity1: 1,
  severity2: 2,
  twoWeeksAgo: 9,
  lastWeek: 11,
  thisWeek: 7,
  kind: 'KPI_AT_THRESHOLD',
  setting: 'waveId',
  value: 104.5,
  lastActiveOn: '2026-11-10',
  topic: 'Export a report',
  columns: 'title, priority',
  detail: 'Unclosed quote',
  column: 'priority',
  choices: 'MUST, SHOULD, COULD, WONT',
  email: 'anna@example.com',
  format: 'GENERIC',
  expected: 'email", "date',
  detected: 'HUBSPOT',
  month: 23,
  day: '2027-01-01',
  name: 'Wizard',
  ref: '9',
  rows: '2 → 4 → 3 → 2',
  line: 3,
  type: '3',
};

const CODES = Object.keys(MESSAGES_EN) as MessageCode[];

describe('the message catalogue', () => {
  it.each(MESSAGE_LOCALES)('words every code in %s with nothing left unfilled', (locale) => {
    for (const code of CODES) {
      const text = formatMessage(locale, { code, params: SAMPLE });
      expect(text, code).not.toBe('');
      expect(text, code).not.toMatch(/undefined|NaN|\{|\}|\[object/);
    }
  });

  it.each(['nl', 'it'] as const)('words every code in %s differently from English', (locale) => {
    // Some sentences are nothing but a name the user typed or an identifier; none of ours is.
    const same = CODES.filter((code) => formatMessage(locale, { code, params: SAMPLE }) === formatMessage('en', { code, params: SAMPLE }));
    expect(same).toEqual([]);
  });

  it('a missing parameter never shows as "undefined"', () => {
    for (const locale of MESSAGE_LOCALES) {
      for (const code of CODES) expect(formatMessage(locale, { code, params: {} }), `${locale} ${code}`).not.toMatch(/undefined|NaN/);
    }
  });

  it('one overdue milestone reads in the singular, three in the plural, in every language', () => {
    const one = { code: 'MILESTONES_OVERDUE' as const, params: { count: 1, milestone: 'Go-live', days: 1 } };
    expect(formatMessage('en', one)).toBe('1 milestone overdue; “Go-live” is furthest behind, 1 day late.');
    expect(formatMessage('nl', one)).toBe('1 mijlpaal over tijd; “Go-live” loopt het verst achter, 1 dag te laat.');
    expect(formatMessage('nl', { ...one, params: { count: 3, milestone: 'Go-live', days: 20 } })).toBe('3 mijlpalen over tijd; “Go-live” loopt het verst achter, 20 dagen te laat.');
    expect(formatMessage('it', { ...one, params: { count: 3, milestone: 'Go-live', days: 20 } })).toBe('3 milestone in ritardo; “Go-live” è la più indietro, con 20 giorni di ritardo.');
  });

  it('days read as the locale writes them, English keeps the ISO day the API always gave', () => {
    const outside = { code: 'WAVE_GO_LIVE_OUTSIDE_PHASE' as const, params: { wave: 'Wave 2', goLiveDate: '2027-07-15', side: 'AFTER', phaseDate: '2027-07-01' } };
    expect(formatMessage('en', outside)).toBe('Wave 2 goes live on 2027-07-15, after the rollout phase ends (2027-07-01).');
    expect(formatMessage('nl', outside)).toBe('Wave 2 gaat live op 15 juli 2027, na het einde van de uitrolfase (1 juli 2027).');
    expect(formatMessage('it', outside)).toBe('Wave 2 va in produzione il 15 luglio 2027, dopo la fine della fase di rilascio (1 luglio 2027).');
  });

  it('large numbers are grouped the Dutch and Italian way', () => {
    const many = { code: 'OPEN_TASKS_UNOWNED' as const, params: { count: 12500 } };
    expect(formatMessage('nl', many)).toBe('12.500 open taken zonder eigenaar.');
    expect(formatMessage('it', many)).toBe('12.500 attività aperte senza responsabile.');
  });

  it('a field problem names the field in every language', () => {
    const tooLong = { code: 'TOO_LONG' as const, params: { field: 'title', max: 200 } };
    expect(formatMessage('en', tooLong)).toBe('title must be at most 200 characters.');
    expect(formatMessage('nl', tooLong)).toBe('Het veld title mag hoogstens 200 tekens lang zijn.');
    expect(formatMessage('it', tooLong)).toBe('Il campo title può contenere al massimo 200 caratteri.');
  });

  it('an unknown code is shown as itself rather than hidden', () => {
    expect(isMessageCode('SOMETHING_NEW')).toBe(false);
    expect(formatMessage('nl', { code: 'SOMETHING_NEW', params: {} })).toBe('SOMETHING_NEW');
  });

  it('a re-training reason reads with its days in every language', () => {
    const never = { code: 'INACTIVE_SINCE_GO_LIVE' as const, params: { goLiveDate: '2026-11-02', days: 32 } };
    expect(formatMessage('en', never)).toBe('No use of the CRM since go-live on 2026-11-02 (32 days).');
    expect(formatMessage('nl', never)).toBe('Het CRM niet gebruikt sinds de livegang op 2 november 2026 (32 dagen).');
    expect(formatMessage('it', never)).toBe('Nessun utilizzo del CRM dal go-live del 2 novembre 2026 (32 giorni).');
    const idle = { code: 'NO_ACTIVITY_FOR_DAYS' as const, params: { lastActiveOn: '2026-11-10', days: 24 } };
    expect(formatMessage('en', idle)).toBe('No use of the CRM for 24 days (last active 2026-11-10).');
    expect(formatMessage('nl', idle)).toBe('Het CRM 24 dagen niet gebruikt (laatst actief op 10 november 2026).');
    expect(formatMessage('it', idle)).toBe('Nessun utilizzo del CRM da 24 giorni (ultimo utilizzo il 10 novembre 2026).');
    expect(formatMessage('it', { code: 'ASKED_FOR_HELP', params: { topic: 'Export a report' } })).toBe('Ha chiesto aiuto: Export a report');
  });

  it('a rule’s field problem keeps the rule and setting it names, in every language', () => {
    const notTaken = { code: 'RULE_SETTING_NOT_TAKEN' as const, params: { kind: 'PROCESSES_VALIDATED', setting: 'waveId' } };
    expect(formatMessage('en', notTaken)).toBe('A PROCESSES_VALIDATED rule takes no waveId.');
    expect(formatMessage('nl', notTaken)).toBe('Een regel van het soort PROCESSES_VALIDATED kent geen waveId.');
    expect(formatMessage('it', notTaken)).toBe('Una regola di tipo PROCESSES_VALIDATED non prevede waveId.');
    const carried = { code: 'CARRY_OVER_DONE_TASKS' as const, params: {} };
    expect(formatMessage('en', carried)).toBe('Done tasks stay with their phase; carry over only open ones.');
    expect(formatMessage('nl', carried)).toBe('Afgeronde taken blijven bij hun fase; schuif alleen open taken door.');
    expect(formatMessage('it', carried)).toBe('Le attività completate restano nella loro fase; sposta solo quelle aperte.');
  });

  it('a percentage out of range shows the value as the reader writes numbers', () => {
    const percent = { code: 'PERCENT_OUT_OF_RANGE' as const, params: { min: 0, max: 100, value: 104.5 } };
    expect(formatMessage('en', percent)).toBe('A percentage lies between 0 and 100; 104.5 is outside that range.');
    expect(formatMessage('nl', percent)).toBe('Een percentage ligt tussen 0 en 100; 104,5 valt daarbuiten.');
    expect(formatMessage('it', percent)).toBe('Una percentuale è compresa tra 0 e 100; 104,5 è fuori da questo intervallo.');
    const target = { code: 'SUPPORT_TARGET_OUT_OF_RANGE' as const, params: { max: 86400, days: 60 } };
    expect(formatMessage('en', target)).toBe('A target must be a whole number of minutes from 1 to 86400 (60 working days).');
    expect(formatMessage('nl', target)).toBe('Een norm is een geheel aantal minuten van 1 tot 86.400 (60 werkdagen).');
    expect(formatMessage('it', target)).toBe('Un obiettivo è un numero intero di minuti da 1 a 86.400 (60 giorni lavorativi).');
  });

  it('an import row problem names the column and the value it could not read, in every language', () => {
    const choice = { code: 'CELL_NOT_ONE_OF' as const, params: { table: 'requirements', column: 'priority', choices: 'MUST, SHOULD, COULD, WONT', given: 'urgent' } };
    expect(formatMessage('en', choice)).toBe('priority must be one of MUST, SHOULD, COULD, WONT, not "urgent".');
    expect(formatMessage('nl', choice)).toBe('De kolom “Prioriteit” moet een van deze waarden hebben: MUST, SHOULD, COULD, WONT, niet "urgent".');
    expect(formatMessage('it', choice)).toBe('La colonna “Priorità” deve valere uno tra MUST, SHOULD, COULD, WONT, non "urgent".');
    const future = { code: 'USAGE_DATE_IN_FUTURE' as const, params: { day: '2027-01-01' } };
    expect(formatMessage('en', future)).toBe('2027-01-01 is in the future.');
    expect(formatMessage('nl', future)).toBe('1 januari 2027 ligt in de toekomst.');
    expect(formatMessage('it', future)).toBe('Il 1 gennaio 2027 è nel futuro.');
  });

  it('an import problem names a column by the header the reader’s own export gives it', () => {
    const email = { code: 'CELL_NOT_AN_EMAIL' as const, params: { table: 'requirements', column: 'stakeholder_email', value: 'nobody' } };
    expect(formatMessage('en', email)).toBe('stakeholder_email "nobody" is not an email address.');
    expect(formatMessage('nl', email)).toBe('"nobody" in de kolom “E-mail stakeholder” is geen e-mailadres.');
    expect(formatMessage('it', email)).toBe('"nobody" nella colonna “Email stakeholder” non è un indirizzo email.');
    const missing = { code: 'IMPORT_MISSING_COLUMNS' as const, params: { table: 'requirements', columns: 'department, priority', count: 2 } };
    expect(formatMessage('en', missing)).toBe('Missing columns: department, priority.');
    expect(formatMessage('nl', missing)).toBe('Kolommen ontbreken: Afdeling, Prioriteit.');
    expect(formatMessage('it', missing)).toBe('Mancano le colonne: Reparto, Priorità.');
  });

  it('a plan without its phase column lists the columns as the reader’s template heads them', () => {
    const missing = { code: 'PLAN_MISSING_COLUMNS' as const, params: { table: 'plan', columns: 'phase', count: 1, expected: 'title, phase, role, start, finish, duration, predecessors' } };
    expect(formatMessage('en', missing)).toBe('Missing column: phase. The columns are title, phase, role, start, finish, duration, predecessors.');
    expect(formatMessage('nl', missing)).toBe('Kolom ontbreekt: Fase. De kolommen zijn Titel, Fase, Rol, Start, Einde, Duur, Wacht op.');
    expect(formatMessage('it', missing)).toBe('Manca la colonna: Fase. Le colonne sono Titolo, Fase, Ruolo, Inizio, Fine, Durata, Attende.');
    const ignored = { code: 'PLAN_IGNORED_COLUMNS' as const, params: { table: 'plan', columns: 'budget', count: 1 } };
    expect(formatMessage('nl', ignored)).toBe('Kolom genegeerd: budget.');
  });

  it('a column of a file another product wrote keeps the name that file gives it', () => {
    const email = { code: 'CELL_NOT_AN_EMAIL' as const, params: { column: 'email', value: 'nobody' } };
    expect(formatMessage('en', email)).toBe('email "nobody" is not an email address.');
    expect(formatMessage('nl', email)).toBe('"nobody" in de kolom “email” is geen e-mailadres.');
  });

  it('a usage file of another format names both formats the way each language calls them', () => {
    const header = { code: 'USAGE_HEADER_MISMATCH' as const, params: { format: 'GENERIC', expected: 'email", "date', detected: 'HUBSPOT' } };
    expect(formatMessage('en', header)).toBe(
      'This header is not a CSV with email, date and an optional count (expected columns such as "email", "date"). It looks like a HubSpot account login history: choose that format instead.',
    );
    expect(formatMessage('nl', header)).toContain('Het lijkt op een HubSpot-aanmeldgeschiedenis: kies dat formaat.');
    expect(formatMessage('it', header)).toContain('Questa non è l’intestazione di un CSV con email, data e un conteggio facoltativo');
    expect(formatMessage('it', header)).toContain('Sembra una cronologia degli accessi di HubSpot: scegli quel formato.');
    expect(formatMessage('it', { ...header, params: { ...header.params, detected: null } })).not.toContain('Sembra');
  });

  it('a plan import problem lists the program’s roles with the language’s “and”', () => {
    const role = { code: 'PLAN_NO_SUCH_ROLE' as const, params: { name: 'Wizard', role1: 'Project manager', role2: 'Trainer', role3: 'Key user' } };
    expect(formatMessage('en', role)).toBe('This program has no role “Wizard”. Use one of: Project manager, Trainer and Key user.');
    expect(formatMessage('nl', role)).toBe('Dit programma heeft geen rol “Wizard”. Kies uit: Project manager, Trainer en Key user.');
    expect(formatMessage('it', role)).toBe('Questo programma non ha il ruolo “Wizard”. Usa uno tra: Project manager, Trainer e Key user.');
  });

  it('a plan import note names one row or several', () => {
    const one = { code: 'MSPDI_DURATIONS_ROUNDED' as const, params: { count: 1, rows: '2' } };
    expect(formatMessage('en', one)).toBe('Durations that were not whole working days were rounded up to whole days (row 2).');
    expect(formatMessage('nl', { ...one, params: { count: 7, rows: '2, 3, 4, 5, 6, …' } })).toBe(
      'Looptijden die geen hele werkdagen waren, zijn naar boven afgerond op hele dagen (rijen 2, 3, 4, 5, 6, …).',
    );
    expect(formatMessage('it', one)).toBe('Le durate che non erano giorni lavorativi interi sono state arrotondate per eccesso a giorni interi (riga 2).');
    const link = { code: 'MSPDI_LINK_TYPE' as const, params: { type: '3' } };
    expect(formatMessage('en', link)).toContain('this task has a start-to-start link');
    expect(formatMessage('nl', link)).toContain('koppeling van het type begin-naar-begin');
    expect(formatMessage('it', link)).toContain('ha un collegamento inizio-inizio');
  });

  it('picks the catalogue from a locale id', () => {
    expect(messageLocaleOf('nl-BE')).toBe('nl');
    expect(messageLocaleOf('it-CH')).toBe('it');
    expect(messageLocaleOf('en-US')).toBe('en');
    expect(messageLocaleOf('de')).toBe('en');
    expect(messageLocaleOf(undefined)).toBe('en');
  });
});

describe('the vendor selection verdict', () => {
  // Params arrive from GraphQL as strings, so the direction must survive being "DOWN" rather than false.
  const fragile = { code: 'SELECTION_LEAD_FRAGILE', params: { leader1: 'Globex', criterion: 'Functional fit', change: 'DOWN', percent: '10' } };

  it('names the criterion, the direction and the new leader in every language', () => {
    expect(formatMessage('en', fragile)).toBe('The lead is fragile: lowering the weight of "Functional fit" by 10% puts Globex in front.');
    expect(formatMessage('nl', fragile)).toBe('De voorsprong is wankel: als je het gewicht van “Functional fit” 10% verlaagt, komt Globex voorop.');
    expect(formatMessage('it', fragile)).toBe('Il vantaggio è fragile: riducendo del 10% il peso di “Functional fit”, passa in testa Globex.');
  });

  it('lists tied leaders with the language\'s own "and"', () => {
    const tied = { code: 'SELECTION_TIED', params: { leader1: 'Acme', leader2: 'Globex' } };
    expect(formatMessage('en', tied)).toBe('Acme and Globex are tied for the lead: the evaluation does not separate them yet.');
    expect(formatMessage('nl', tied)).toContain('Acme en Globex staan samen bovenaan');
    expect(formatMessage('it', tied)).toContain('Acme e Globex sono in testa a pari merito');
  });
});
