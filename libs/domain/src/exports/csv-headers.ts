import { LANGUAGES, type Language } from '../i18n/languages';
import { ATTENDANCE_CSV_COLUMNS, PLAN_CSV_COLUMNS, REQUIREMENT_CSV_COLUMNS } from './csv-columns';

/** The columns of a wave's attendance export, in order. */
export { ATTENDANCE_CSV_COLUMNS };

/** Each CSV file the product writes, by the columns it holds. */
export const CSV_TABLES = { requirements: REQUIREMENT_CSV_COLUMNS, plan: PLAN_CSV_COLUMNS, attendance: ATTENDANCE_CSV_COLUMNS } as const;
export type CsvTable = keyof typeof CSV_TABLES;
type ColumnOf<T extends CsvTable> = (typeof CSV_TABLES)[T][number];

/** A header per column, per table; a column without one in a language fails to compile. */
type CsvHeaders = { readonly [T in CsvTable]: Readonly<Record<ColumnOf<T>, string>> };

/**
 * English headers are the column names themselves, as files written before headers were
 * translated (and scripts reading them) know them; Dutch and Italian are words a reader scans.
 */
const CSV_HEADERS: Readonly<Record<Language, CsvHeaders>> = {
  en: {
    requirements: { title: 'title', description: 'description', department: 'department', priority: 'priority', status: 'status', stakeholder_email: 'stakeholder_email', gap_note: 'gap_note' },
    plan: { title: 'title', phase: 'phase', role: 'role', start: 'start', finish: 'finish', duration: 'duration', predecessors: 'predecessors' },
    attendance: { session: 'session', date: 'date', person: 'person', email: 'email', attendance: 'attendance' },
  },
  nl: {
    requirements: {
      title: 'Titel',
      description: 'Beschrijving',
      department: 'Afdeling',
      priority: 'Prioriteit',
      status: 'Status',
      stakeholder_email: 'E-mail stakeholder',
      gap_note: 'Knelpunt nu',
    },
    plan: { title: 'Titel', phase: 'Fase', role: 'Rol', start: 'Start', finish: 'Einde', duration: 'Duur', predecessors: 'Wacht op' },
    attendance: { session: 'Trainingssessie', date: 'Datum', person: 'Persoon', email: 'E-mail', attendance: 'Aanwezigheid' },
  },
  it: {
    requirements: {
      title: 'Titolo',
      description: 'Descrizione',
      department: 'Reparto',
      priority: 'Priorità',
      status: 'Stato',
      stakeholder_email: 'Email stakeholder',
      gap_note: 'Lacuna attuale',
    },
    plan: { title: 'Titolo', phase: 'Fase', role: 'Ruolo', start: 'Inizio', finish: 'Fine', duration: 'Durata', predecessors: 'Attende' },
    attendance: { session: 'Sessione di formazione', date: 'Data', person: 'Persona', email: 'Email', attendance: 'Presenze' },
  },
};

/** The header row of `table` in the reader's language, in the order its columns are written. */
export function csvHeaderRow(table: CsvTable, language: Language): string[] {
  const headers = CSV_HEADERS[language][table] as Readonly<Record<string, string>>;
  return CSV_TABLES[table].map((column) => headers[column] ?? column);
}

export function isCsvTable(value: unknown): value is CsvTable {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CSV_TABLES, value);
}

/**
 * The header a reader's export gives `column`, so that an import problem names the column as the
 * reader's file shows it; anything that is not a column of `table` (a header no language uses, as
 * an import reports it back) is given as it is.
 */
export function csvHeaderOf(table: CsvTable, column: string, language: Language): string {
  const headers = CSV_HEADERS[language][table] as Readonly<Record<string, string>>;
  return (CSV_TABLES[table] as readonly string[]).includes(column) ? (headers[column] ?? column) : column;
}

/** How imports compare headers: case, surrounding space and inner spacing do not count. */
export function normalizedCsvHeader(header: string): string {
  return header.trim().toLowerCase().replace(/\s+/g, '_');
}

/**
 * The column a header names, in any language the product writes (so a Dutch export reads back
 * in); a header no language uses comes back normalized, for the import to report.
 */
export function csvColumnOf(table: CsvTable, header: string): string {
  const wanted = normalizedCsvHeader(header);
  for (const language of LANGUAGES) {
    const headers = CSV_HEADERS[language][table] as Readonly<Record<string, string>>;
    const column = CSV_TABLES[table].find((c) => normalizedCsvHeader(headers[c] ?? c) === wanted);
    if (column) return column;
  }
  return wanted;
}
