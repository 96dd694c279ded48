import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { csvColumnOf } from '../exports/csv-headers';
import type { Language } from '../i18n/languages';
import { dependencyLoop, planFileName, resolvePlan, type PlanExport } from './plan-draft';
import { parsePredecessors, PLAN_CSV_COLUMNS, planCsvRows, planCsvTemplate, readPlanCsv } from './plan-csv';

const ROLES = [
  { id: 'r-pm', key: 'PROJECT_MANAGER', name: 'Project manager' },
  { id: 'r-admin', key: 'CRM_ADMIN', name: 'CRM administrator' },
];
const PROGRAM = { phases: [{ id: 'ph-analysis', name: 'Analysis' }], roles: ROLES };
const HEADERS = [...PLAN_CSV_COLUMNS];

/** Rows as papaparse gives them, from arrays in the column order. */
const rows = (...cells: string[][]) => cells.map((c) => Object.fromEntries(HEADERS.map((h, i) => [h, c[i] ?? ''])));

describe('the predecessors column', () => {
  it('reads row numbers with lags, semicolons or commas between them', () => {
    expect(parsePredecessors('3; 5+2d, 7-1d ; 9FS+1')).toEqual({
      ok: true,
      links: [
        { ref: '3', lagDays: 0 },
        { ref: '5', lagDays: 2 },
        { ref: '7', lagDays: -1 },
        { ref: '9', lagDays: 1 },
      ],
    });
  });

  it('refuses start-to-start links and text that is no row', () => {
    expect(parsePredecessors('4SS')).toEqual({ ok: false, problem: { code: 'PLAN_LINK_TYPE_IN_CSV', params: { value: '4SS' } } });
    expect(parsePredecessors('after kick-off')).toEqual({ ok: false, problem: { code: 'PLAN_PREDECESSOR_UNREADABLE', params: { value: 'after kick-off' } } });
  });
});

describe('reading a plan CSV', () => {
  it('reads tasks, and a roleless row of duration 0 as a milestone', () => {
    const { draft, errors } = readPlanCsv(HEADERS, rows(['Kick-off', 'Analysis', 'Project manager', '2027-03-01', '', '1', ''], ['Sign-off', 'Analysis', '', '2027-03-05', '2027-03-05', '0', '2']));
    expect(errors).toEqual([]);
    expect(draft.tasks).toEqual([
      { row: 2, ref: '2', title: 'Kick-off', phase: 'Analysis', role: 'Project manager', startDate: '2027-03-01', dueDate: null, durationDays: 1, predecessors: [] },
    ]);
    expect(draft.milestones).toEqual([{ row: 3, ref: '3', name: 'Sign-off', phase: 'Analysis', dueDate: '2027-03-05', predecessors: [{ ref: '2', lagDays: 0 }] }]);
  });

  it('names a missing column', () => {
    expect(readPlanCsv(['title', 'role'], []).errors[0]).toMatchObject({ row: 1, field: 'phase', code: 'PLAN_MISSING_COLUMNS', params: { columns: 'phase', count: 1 } });
  });

  it('names every bad cell of a row', () => {
    const { errors } = readPlanCsv(HEADERS, rows(['X', 'Analysis', 'Project manager', '01/03/2027', '', 'two weeks', '3 after']));
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'start'],
      [2, 'duration'],
      [2, 'predecessors'],
    ]);
  });
});

describe('a plan against its program', () => {
  it('works out the finish from start and duration over working days, creating a new phase from its tasks', () => {
    const { draft } = readPlanCsv(HEADERS, rows(['Configure', 'Build', 'crm administrator', '2027-03-05', '', '3', ''], ['Check', 'analysis', 'PROJECT_MANAGER', '', '2027-03-12', '2', '2+1d']));
    const result = resolvePlan(draft, PROGRAM);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.newPhases).toEqual([{ name: 'Build', startDate: '2027-03-05', endDate: '2027-03-09' }]);
    expect(result.plan.tasks.map((t) => [t.title, t.phase, t.roleId, t.startDate, t.dueDate, t.durationDays])).toEqual([
      ['Configure', { newPhase: 0 }, 'r-admin', '2027-03-05', '2027-03-09', 3],
      ['Check', { phaseId: 'ph-analysis' }, 'r-pm', '2027-03-11', '2027-03-12', 2],
    ]);
    expect(result.plan.dependencies).toEqual([{ task: 1, dependsOn: 0, lagDays: 1 }]);
  });

  it('refuses dates that disagree with the duration, naming the row and the duration', () => {
    const { draft } = readPlanCsv(HEADERS, rows(['Configure', 'Analysis', 'Project manager', '2027-03-01', '2027-03-05', '3', '']));
    const result = resolvePlan(draft, PROGRAM);
    expect(result).toMatchObject({ ok: false, errors: [{ row: 2, field: 'duration', code: 'TASK_DATES_DISAGREE', params: expect.objectContaining({ days: 5, durationDays: 3 }) }] });
  });

  it('refuses a finish before the start', () => {
    const { draft } = readPlanCsv(HEADERS, rows(['Configure', 'Analysis', 'Project manager', '2027-03-05', '2027-03-01', '', '']));
    expect(resolvePlan(draft, PROGRAM)).toMatchObject({ ok: false, errors: [{ row: 2, field: 'finish', code: 'TASK_DUE_BEFORE_START' }] });
  });

  it('refuses predecessors that wait for each other in a loop, naming the rows', () => {
    const { draft } = readPlanCsv(HEADERS, rows(['A', 'Analysis', 'Project manager', '', '', '', '4'], ['B', 'Analysis', 'Project manager', '', '', '', '2'], ['C', 'Analysis', 'Project manager', '', '', '', '3']));
    const result = resolvePlan(draft, PROGRAM);
    expect(result).toMatchObject({ ok: false, errors: [{ row: 2, field: 'predecessors', code: 'PLAN_LOOP', params: { rows: '2 → 4 → 3 → 2' } }] });
  });

  it('refuses a predecessor row that is not in the file and an unknown role', () => {
    const { draft } = readPlanCsv(HEADERS, rows(['A', 'Analysis', 'Wizard', '', '', '', '9']));
    const result = resolvePlan(draft, PROGRAM);
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { row: 2, field: 'role', code: 'PLAN_NO_SUCH_ROLE', params: { name: 'Wizard', role1: 'Project manager', role2: 'CRM administrator' } },
        { row: 2, field: 'predecessors', code: 'PLAN_NO_SUCH_ROW', params: { ref: '9' } },
      ],
    });
  });

  it('a new phase without any dates is refused', () => {
    const { draft } = readPlanCsv(HEADERS, rows(['A', 'Hypercare', 'Project manager', '', '', '', '']));
    expect(resolvePlan(draft, PROGRAM)).toMatchObject({ ok: false, errors: [{ row: 2, field: 'phase', code: 'PLAN_NEW_PHASE_NEEDS_DATES', params: { phase: 'Hypercare' } }] });
  });
});

describe('writing a plan CSV', () => {
  const plan: PlanExport = {
    programName: 'Nordics',
    phases: [
      { id: 'p1', name: 'Analysis', startDate: '2027-03-01', endDate: '2027-03-12' },
      { id: 'p2', name: 'Build', startDate: '2027-03-15', endDate: '2027-03-31' },
    ],
    tasks: [
      { id: 't2', title: '=Build it', phaseId: 'p2', roleName: 'CRM administrator', startDate: '2027-03-15', dueDate: '2027-03-19', durationDays: 5, predecessors: [{ id: 't1', lagDays: 2 }] },
      { id: 't1', title: 'Map', phaseId: 'p1', roleName: 'Project manager', startDate: '2027-03-01', dueDate: '2027-03-03', durationDays: 3, predecessors: [] },
    ],
    milestones: [{ id: 'm1', name: 'Sign-off', phaseId: 'p1', dueDate: '2027-03-12' }],
  };

  it('lists phase by phase, predecessors as this file’s rows, formulas guarded', () => {
    expect(planCsvRows(plan)).toEqual([
      [...PLAN_CSV_COLUMNS],
      ['Map', 'Analysis', 'Project manager', '2027-03-01', '2027-03-03', '3', ''],
      ['Sign-off', 'Analysis', '', '2027-03-12', '2027-03-12', '0', ''],
      ["'=Build it", 'Build', 'CRM administrator', '2027-03-15', '2027-03-19', '5', '2+2d'],
    ]);
  });

  it('reads back as written', () => {
    const [header, ...body] = planCsvRows(plan);
    const { draft, errors } = readPlanCsv(header, body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]]))));
    expect(errors).toEqual([]);
    expect(draft.tasks.map((t) => [t.title, t.predecessors])).toEqual([
      ['Map', []],
      ['=Build it', [{ ref: '2', lagDays: 2 }]],
    ]);
  });
});

describe('the CSV template the import dialog offers', () => {
  /** The template read as the API reads an uploaded plan: separator guessed, headers in any language. */
  function imported(language: Language) {
    const parsed = Papa.parse<Record<string, string>>(planCsvTemplate(['Project manager', 'CRM administrator'], language), {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: (h) => csvColumnOf('plan', h),
    });
    return readPlanCsv(parsed.meta.fields ?? [], parsed.data);
  }

  it('stays the English file it always was: English headers, comma separated', () => {
    const lines = planCsvTemplate(['Project manager'], 'en').split('\r\n');
    expect(lines[0]).toBe('title,phase,role,start,finish,duration,predecessors');
    expect(lines[1]).toBe('Kick-off workshop,Analysis,Project manager,2027-03-01,2027-03-01,1,');
  });

  it('a Dutch reader gets Dutch headers and sample plan, split by semicolons', () => {
    const lines = planCsvTemplate([], 'nl').split('\r\n');
    expect(lines[0]).toBe('Titel;Fase;Rol;Start;Einde;Duur;Wacht op');
    expect(lines[1]).toBe('Kick-offworkshop;Analyse;Projectmanager;2027-03-01;2027-03-01;1;');
  });

  it('an Italian reader gets Italian headers and sample plan, split by semicolons', () => {
    const lines = planCsvTemplate([], 'it').split('\r\n');
    expect(lines[0]).toBe('Titolo;Fase;Ruolo;Inizio;Fine;Durata;Attende');
    expect(lines[4]).toBe('Configurare la pipeline;Realizzazione;Project manager;2027-03-10;;10;3+1d');
  });

  it.each(['en', 'nl', 'it'] as const)('the %s template imports cleanly, into the program’s roles and new phases', (language) => {
    const { draft, errors, warnings } = imported(language);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(draft.tasks.map((t) => [t.role, t.predecessors])).toEqual([
      ['Project manager', []],
      ['CRM administrator', [{ ref: '2', lagDays: 0 }]],
      ['CRM administrator', [{ ref: '3', lagDays: 1 }]],
    ]);
    expect(draft.milestones).toHaveLength(1);
    // Into a program that has neither phase yet: both are created, spanning their rows.
    expect(resolvePlan(draft, { phases: [], roles: ROLES })).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('loops and file names', () => {
  it('finds a loop in a long chain without running out of stack', () => {
    const links = Array.from({ length: 20000 }, (_, i) => ({ task: i, dependsOn: i + 1 }));
    expect(dependencyLoop(20001, links)).toBeNull();
    expect(dependencyLoop(20001, [...links, { task: 20000, dependsOn: 0 }])?.length).toBe(20002);
  });

  it('names the file after the program', () => {
    expect(planFileName('Nordics CRM / 2027', 'xml')).toBe('nordics-crm-2027-plan.xml');
  });
});
