import { PLAN_CSV_COLUMNS } from '../exports/csv-columns';
import { csvHeaderRow } from '../exports/csv-headers';
import { csvSeparatorOf } from '../exports/csv-separator';
import { FORMULA_TRIGGERS, spreadsheetSafeCell } from '../exports/spreadsheet-cell';
import type { Language } from '../i18n/languages';
import type { Message } from '../messages/message';
import { isIsoDate } from '../projects/project-schedule';
import { MAX_TASK_DURATION_DAYS } from '../planning/task-dates';
import { planRowsInOrder, type PlanDraft, type PlanDraftLink, type PlanExport, type PlanReading, type PlanRowError } from './plan-draft';

/** The CSV columns, in the order export writes them and the template shows them. */
export { PLAN_CSV_COLUMNS };
export const PLAN_CSV_REQUIRED_COLUMNS = ['title', 'phase'] as const;

/**
 * How the predecessors column reads, for the import dialog and the template: rows as a
 * spreadsheet numbers them, separated by semicolons, each with an optional lag in working days.
 */
export const PLAN_CSV_PREDECESSORS_HELP =
  'Predecessors are the row numbers of the tasks a task waits for (the header is row 1), separated by semicolons, each with an optional lag in working days: “3; 5+2d” waits for rows 3 and 5, and starts two working days after row 5 finishes; “4-1d” overlaps row 4 by a day.';

/** The words of the template's sample plan, a reader's own: a plan to overwrite, not to translate. */
interface PlanTemplateWords {
  /** The role the sample tasks get when the program has none yet. */
  role: string;
  analysis: string;
  build: string;
  kickOff: string;
  mapProcess: string;
  signOff: string;
  configure: string;
}

const PLAN_TEMPLATE_WORDS: Readonly<Record<Language, PlanTemplateWords>> = {
  en: {
    role: 'Project manager',
    analysis: 'Analysis',
    build: 'Build',
    kickOff: 'Kick-off workshop',
    mapProcess: 'Map the sales process',
    signOff: 'Process sign-off',
    configure: 'Configure the pipeline',
  },
  nl: {
    role: 'Projectmanager',
    analysis: 'Analyse',
    build: 'Bouw',
    kickOff: 'Kick-offworkshop',
    mapProcess: 'Verkoopproces in kaart brengen',
    signOff: 'Akkoord op het proces',
    configure: 'Pipeline inrichten',
  },
  it: {
    role: 'Project manager',
    analysis: 'Analisi',
    build: 'Realizzazione',
    kickOff: 'Workshop di avvio',
    mapProcess: 'Mappare il processo di vendita',
    signOff: 'Approvazione del processo',
    configure: 'Configurare la pipeline',
  },
};

/**
 * A small plan that imports as it is, once the roles are the program's own, written as the
 * reader's exports are: headers and sample texts in their language, cells split by the separator
 * their spreadsheet splits on. Import reads headers in any language and either separator.
 */
export function planCsvTemplate(roleNames: readonly string[], language: Language = 'en'): string {
  const words = PLAN_TEMPLATE_WORDS[language];
  const [first = words.role, second = first] = roleNames;
  const rows = [
    csvHeaderRow('plan', language),
    [words.kickOff, words.analysis, first, '2027-03-01', '2027-03-01', '1', ''],
    [words.mapProcess, words.analysis, second, '2027-03-02', '', '5', '2'],
    [words.signOff, words.analysis, '', '2027-03-09', '2027-03-09', '0', ''],
    // Dated, as a phase the program does not have yet takes the span of its rows' dates.
    [words.configure, words.build, second, '2027-03-10', '', '10', '3+1d'],
  ];
  const separator = csvSeparatorOf(language);
  return rows.map((cells) => cells.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}

function csvCell(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A cell our export guarded against formulas (`'=…`) read back as it was written. */
function unquotedFormula(value: string): string {
  return value.startsWith("'") && FORMULA_TRIGGERS.includes(value[1]) ? value.slice(1) : value;
}

/** One predecessor: a row number, optionally "FS", optionally a lag "+2d"/"-1d" ("d" optional). */
const PREDECESSOR = /^(\d+)\s*(FS|SS|FF|SF)?\s*(?:([+-])\s*(\d+)\s*(?:d|days?|wd)?)?$/i;

/** The predecessors cell read into links, or what is wrong with it. */
export function parsePredecessors(cell: string): { ok: true; links: PlanDraftLink[] } | { ok: false; problem: Message } {
  const links: PlanDraftLink[] = [];
  for (const part of cell.split(/[;,]/).map((p) => p.trim()).filter(Boolean)) {
    const match = PREDECESSOR.exec(part);
    if (!match) return { ok: false, problem: { code: 'PLAN_PREDECESSOR_UNREADABLE', params: { value: part } } };
    const type = match[2]?.toUpperCase();
    if (type && type !== 'FS') {
      return { ok: false, problem: { code: 'PLAN_LINK_TYPE_IN_CSV', params: { value: part } } };
    }
    const lag = match[4] ? Number(match[4]) * (match[3] === '-' ? -1 : 1) : 0;
    links.push({ ref: match[1], lagDays: lag });
  }
  return { ok: true, links };
}

/** Links as the predecessors cell writes them: "3; 5+2d". */
export function formatPredecessors(links: readonly { row: number; lagDays: number }[]): string {
  return links.map((l) => `${l.row}${l.lagDays > 0 ? `+${l.lagDays}d` : l.lagDays < 0 ? `${l.lagDays}d` : ''}`).join('; ');
}

/**
 * The rows of a plan CSV (already split into cells by header, as papaparse gives them; row `i` is
 * spreadsheet row `i + 2`) read into a draft. Title and phase are needed on every row; role on
 * every task. Dates are YYYY-MM-DD; duration is working days ("5" or "5d"); any two of start,
 * finish and duration are enough. A row with no role and a duration of 0 is a milestone, due on
 * its finish (or start).
 */
export function readPlanCsv(headers: readonly string[], rows: readonly Record<string, string | undefined>[]): PlanReading {
  const errors: PlanRowError[] = [];
  const draft: PlanDraft = { phases: [], tasks: [], milestones: [] };
  const missing = PLAN_CSV_REQUIRED_COLUMNS.filter((c) => !headers.includes(c));
  if (missing.length > 0) {
    return { draft, warnings: [], errors: [{ row: 1, field: missing[0], code: 'PLAN_MISSING_COLUMNS', params: { table: 'plan', columns: missing.join(', '), count: missing.length, expected: PLAN_CSV_COLUMNS.join(', ') } }] };
  }
  const warnings: PlanRowError[] = [];
  const unknown = headers.filter((h) => h && !(PLAN_CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0) warnings.push({ row: 1, field: unknown[0], code: 'PLAN_IGNORED_COLUMNS', params: { table: 'plan', columns: unknown.join(', '), count: unknown.length } });

  rows.forEach((cells, index) => {
    const row = index + 2;
    const cell = (column: (typeof PLAN_CSV_COLUMNS)[number]) => unquotedFormula((cells[column] ?? '').trim());
    const day = (column: 'start' | 'finish') => {
      const value = cell(column);
      if (!value) return null;
      if (!isIsoDate(value)) errors.push({ row, field: column, code: 'PLAN_NOT_A_DATE', params: { value } });
      return value;
    };
    const startDate = day('start');
    const dueDate = day('finish');
    let durationDays: number | null = null;
    const duration = cell('duration');
    if (duration) {
      const match = /^(\d+)\s*(?:d|days?|wd)?$/i.exec(duration);
      if (!match || Number(match[1]) > MAX_TASK_DURATION_DAYS) {
        errors.push({ row, field: 'duration', code: 'PLAN_DURATION_INVALID', params: { value: duration, max: MAX_TASK_DURATION_DAYS } });
      } else {
        durationDays = Number(match[1]);
      }
    }
    const predecessors = parsePredecessors(cell('predecessors'));
    if (!predecessors.ok) errors.push({ row, field: 'predecessors', ...predecessors.problem });
    const links = predecessors.ok ? predecessors.links : [];
    const role = cell('role');
    if (!role && durationDays === 0) {
      draft.milestones.push({ row, ref: String(row), name: cell('title'), phase: cell('phase'), dueDate: dueDate ?? startDate, predecessors: links });
    } else {
      draft.tasks.push({ row, ref: String(row), title: cell('title'), phase: cell('phase'), role: role || null, startDate, dueDate, durationDays, predecessors: links });
    }
  });
  return { draft, errors, warnings };
}

/**
 * A program's plan as CSV cells, header first, in the columns import reads: phase by phase, tasks
 * then milestones, predecessors as the row numbers of this same file, so the file imports back
 * into the same plan. Milestones are rows with no role and a duration of 0.
 */
export function planCsvRows(plan: PlanExport): string[][] {
  const rowOf = new Map<string, number>();
  const ordered = planRowsInOrder(plan);
  let next = 2;
  for (const { tasks, milestones } of ordered) {
    for (const task of tasks) rowOf.set(task.id, next++);
    next += milestones.length;
  }
  const phaseName = new Map(plan.phases.map((p) => [p.id, p.name]));
  const rows: string[][] = [[...PLAN_CSV_COLUMNS]];
  for (const { tasks, milestones } of ordered) {
    for (const task of tasks) {
      const links = task.predecessors.flatMap((p) => {
        const row = rowOf.get(p.id);
        return row === undefined ? [] : [{ row, lagDays: p.lagDays }];
      });
      rows.push([
        spreadsheetSafeCell(task.title),
        spreadsheetSafeCell(phaseName.get(task.phaseId)),
        spreadsheetSafeCell(task.roleName),
        task.startDate ?? '',
        task.dueDate ?? '',
        task.durationDays === null ? '' : String(task.durationDays),
        formatPredecessors(links),
      ]);
    }
    for (const milestone of milestones) rows.push([spreadsheetSafeCell(milestone.name), spreadsheetSafeCell(phaseName.get(milestone.phaseId)), '', milestone.dueDate, milestone.dueDate, '0', '']);
  }
  return rows;
}
