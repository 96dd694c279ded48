import type { Message, RowMessage } from '../messages/message';
import { listParams } from '../messages/message-wording';
import { MILESTONE_NAME_MAX, PHASE_NAME_MAX } from '../phases/phase-planning';
import { isIsoDate, type IsoDate } from '../projects/project-schedule';
import { plannedTaskDates } from '../planning/task-dates';
import { WEEKDAYS_ONLY, type WorkingCalendar } from '../planning/working-days';

/**
 * A plan read from a file, before it meets the program: what MS Project XML and CSV both come to.
 * Phases, roles and predecessors are still names and references of the file; `resolvePlan` turns
 * them into the program's records or row errors.
 */
export interface PlanDraft {
  phases: PlanDraftPhase[];
  tasks: PlanDraftTask[];
  milestones: PlanDraftMilestone[];
}

export interface PlanDraftPhase {
  /** Where the phase is named first: the summary task's row, or the first row naming it. */
  row: number;
  name: string;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
}

export interface PlanDraftTask {
  /** The row a user finds it on: the spreadsheet row in CSV (header = 1), the task's ID in MS Project. */
  row: number;
  /** What predecessors name it by: the CSV row number, the MS Project UID. */
  ref: string;
  title: string;
  phase: string;
  role: string | null;
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
  durationDays: number | null;
  predecessors: PlanDraftLink[];
}

export interface PlanDraftLink {
  ref: string;
  /** Working days after the predecessor finishes; negative overlaps it. */
  lagDays: number;
}

export interface PlanDraftMilestone {
  row: number;
  ref: string;
  name: string;
  phase: string;
  dueDate: IsoDate | null;
  /** MS Project links milestones like tasks; the program's milestones take none, so links through them are bridged. */
  predecessors: PlanDraftLink[];
}

/** One problem of a file, where a user finds it; `field` names the column (or MS Project element). */
export interface PlanRowError extends RowMessage {
  field: string;
}

/** A file read into a draft, with what stops it (errors) and what the importer should know (warnings). */
export interface PlanReading {
  draft: PlanDraft;
  errors: PlanRowError[];
  warnings: PlanRowError[];
}

/** The most rows (tasks and milestones) one import takes: a program plan, not a data migration. */
export const PLAN_IMPORT_MAX_ROWS = 5000;
/**
 * The largest file one import takes, in characters. The API takes request bodies up to 1 MB, and
 * the file travels inside a JSON request, so this leaves room for the rest of the request.
 */
export const PLAN_IMPORT_MAX_CHARS = 900_000;
/** A lag of more than a working year either way is a typo. */
export const PLAN_MAX_LAG_DAYS = 365;
export const PLAN_TASK_TITLE_MAX = 200;

/** Why a draft is too large to import at once, or null. */
export function planTooLarge(draft: PlanDraft): Message | null {
  const rows = draft.tasks.length + draft.milestones.length;
  return rows > PLAN_IMPORT_MAX_ROWS ? { code: 'PLAN_TOO_LARGE', params: { max: PLAN_IMPORT_MAX_ROWS, count: rows } } : null;
}

/** A phase, role or milestone as the program has it, for matching names. */
export interface ProgramPhase {
  id: string;
  name: string;
}

export interface ProgramRole {
  id: string;
  key: string;
  name: string;
}

/** Where an imported task or milestone goes: an existing phase, or one the import creates (index into `newPhases`). */
export type PlanPhaseRef = { phaseId: string } | { newPhase: number };

export interface ResolvedPlanTask {
  ref: string;
  title: string;
  phase: PlanPhaseRef;
  roleId: string;
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
  durationDays: number | null;
}

export interface ResolvedPlan {
  newPhases: { name: string; startDate: IsoDate; endDate: IsoDate }[];
  tasks: ResolvedPlanTask[];
  /** By index into `tasks`: the task at `task` waits for the one at `dependsOn`. */
  dependencies: { task: number; dependsOn: number; lagDays: number }[];
  milestones: { name: string; phase: PlanPhaseRef; dueDate: IsoDate }[];
}

export type PlanResolution = { ok: true; plan: ResolvedPlan; warnings: PlanRowError[] } | { ok: false; errors: PlanRowError[]; warnings: PlanRowError[] };

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();


/**
 * A draft checked against the program it goes into, all of it at once so the answer names every
 * problem: roles by name or key (case does not matter; an unknown one lists the program's roles),
 * phases matched by name or created (with the dates of their summary, else of their work), dates
 * kept consistent with durations over the program's working days (`plannedTaskDates`: any two of
 * start, finish and duration decide the third; all three that disagree are refused), predecessors
 * that exist, lags within a year, and no loops. Links through milestones are bridged: the task
 * after a milestone waits for what the milestone waited for, lags added, since the program's
 * milestones take no links.
 */
export function resolvePlan(
  draft: PlanDraft,
  program: { phases: readonly ProgramPhase[]; roles: readonly ProgramRole[] },
  calendar: WorkingCalendar = WEEKDAYS_ONLY,
): PlanResolution {
  const errors: PlanRowError[] = [];
  const warnings: PlanRowError[] = [];
  if (draft.tasks.length + draft.milestones.length === 0) return { ok: false, errors: [{ row: 1, field: 'content', code: 'PLAN_EMPTY', params: {} }], warnings };
  const tooLarge = planTooLarge(draft);
  if (tooLarge) return { ok: false, errors: [{ row: 1, field: 'content', ...tooLarge }], warnings };

  const roleOf = new Map<string, ProgramRole>();
  for (const role of program.roles) {
    roleOf.set(nameKey(role.name), role);
    if (!roleOf.has(nameKey(role.key))) roleOf.set(nameKey(role.key), role);
  }
  const roleNames = program.roles.map((r) => r.name);

  // Phases: the program's by name, else new ones in the order the file names them.
  const existingPhase = new Map(program.phases.map((p) => [nameKey(p.name), p]));
  const newPhaseIndex = new Map<string, number>();
  const newPhases: { name: string; row: number; startDate: IsoDate | null; endDate: IsoDate | null }[] = [];
  const draftPhase = new Map(draft.phases.map((p) => [nameKey(p.name), p]));
  const phaseRef = (name: string, row: number, field: string): PlanPhaseRef | null => {
    const key = nameKey(name);
    if (!key) {
      errors.push({ row, field, code: 'PLAN_PHASE_REQUIRED', params: {} });
      return null;
    }
    const existing = existingPhase.get(key);
    if (existing) return { phaseId: existing.id };
    let index = newPhaseIndex.get(key);
    if (index === undefined) {
      const named = draftPhase.get(key);
      const clean = name.trim().replace(/\s+/g, ' ');
      if (clean.length > PHASE_NAME_MAX) errors.push({ row, field, code: 'PLAN_PHASE_NAME_TOO_LONG', params: { max: PHASE_NAME_MAX } });
      index = newPhases.push({ name: clean, row: named?.row ?? row, startDate: named?.startDate ?? null, endDate: named?.endDate ?? null }) - 1;
      newPhaseIndex.set(key, index);
    }
    return { newPhase: index };
  };
  const spans = new Map<number, { first: IsoDate; last: IsoDate }>();
  const widen = (ref: PlanPhaseRef | null, ...days: (IsoDate | null)[]) => {
    if (!ref || !('newPhase' in ref)) return;
    for (const day of days) {
      if (!day) continue;
      const span = spans.get(ref.newPhase);
      spans.set(ref.newPhase, span ? { first: day < span.first ? day : span.first, last: day > span.last ? day : span.last } : { first: day, last: day });
    }
  };

  const refs = new Map<string, { kind: 'task'; index: number } | { kind: 'milestone'; index: number }>();
  draft.tasks.forEach((task, index) => refs.set(task.ref, { kind: 'task', index }));
  draft.milestones.forEach((milestone, index) => refs.set(milestone.ref, { kind: 'milestone', index }));

  const tasks: ResolvedPlanTask[] = [];
  draft.tasks.forEach((task) => {
    const before = errors.length;
    const title = task.title.trim();
    if (!title) errors.push({ row: task.row, field: 'title', code: 'PLAN_TASK_TITLE_REQUIRED', params: {} });
    if (title.length > PLAN_TASK_TITLE_MAX) errors.push({ row: task.row, field: 'title', code: 'PLAN_TASK_TITLE_TOO_LONG', params: { max: PLAN_TASK_TITLE_MAX } });
    const phase = phaseRef(task.phase, task.row, 'phase');
    let roleId = '';
    if (!task.role?.trim()) {
      errors.push({ row: task.row, field: 'role', code: 'PLAN_ROLE_REQUIRED', params: listParams('role', roleNames) });
    } else {
      const role = roleOf.get(nameKey(task.role));
      if (role) roleId = role.id;
      else errors.push({ row: task.row, field: 'role', code: 'PLAN_NO_SUCH_ROLE', params: { name: task.role.trim(), ...listParams('role', roleNames) } });
    }
    for (const [field, day] of [['start', task.startDate], ['finish', task.dueDate]] as const) {
      if (day !== null && !isIsoDate(day)) errors.push({ row: task.row, field, code: 'PLAN_NOT_A_DATE', params: { value: day } });
    }
    let dates = { startDate: task.startDate, dueDate: task.dueDate, durationDays: task.durationDays };
    if (errors.length === before || !errors.slice(before).some((e) => e.field === 'start' || e.field === 'finish')) {
      const planned = plannedTaskDates({ startDate: null, dueDate: null, durationDays: null }, dates, calendar);
      if (planned.ok) dates = planned.dates;
      else errors.push({ row: task.row, field: planned.field === 'dueDate' ? 'finish' : 'duration', code: planned.code, params: planned.params });
    }
    widen(phase, dates.startDate, dates.dueDate);
    tasks.push({ ref: task.ref, title, phase: phase ?? { newPhase: -1 }, roleId, ...dates });
  });

  const milestones: ResolvedPlan['milestones'] = [];
  draft.milestones.forEach((milestone) => {
    const name = milestone.name.trim();
    if (!name) errors.push({ row: milestone.row, field: 'title', code: 'PLAN_MILESTONE_NAME_REQUIRED', params: {} });
    if (name.length > MILESTONE_NAME_MAX) errors.push({ row: milestone.row, field: 'title', code: 'PLAN_MILESTONE_NAME_TOO_LONG', params: { max: MILESTONE_NAME_MAX } });
    const phase = phaseRef(milestone.phase, milestone.row, 'phase');
    if (!milestone.dueDate) errors.push({ row: milestone.row, field: 'finish', code: 'PLAN_MILESTONE_DUE_REQUIRED', params: {} });
    else if (!isIsoDate(milestone.dueDate)) errors.push({ row: milestone.row, field: 'finish', code: 'PLAN_NOT_A_DATE', params: { value: milestone.dueDate } });
    widen(phase, milestone.dueDate);
    milestones.push({ name, phase: phase ?? { newPhase: -1 }, dueDate: milestone.dueDate ?? '' });
  });

  // A new phase takes its summary's dates, else the span of what it holds.
  const resolvedPhases = newPhases.map((phase, index) => {
    const span = spans.get(index);
    const startDate = phase.startDate ?? span?.first ?? null;
    const endDate = phase.endDate ?? span?.last ?? null;
    if (!startDate || !endDate) {
      errors.push({ row: phase.row, field: 'phase', code: 'PLAN_NEW_PHASE_NEEDS_DATES', params: { phase: phase.name } });
    } else if (endDate < startDate) {
      errors.push({ row: phase.row, field: 'phase', code: 'PLAN_PHASE_ENDS_BEFORE_START', params: { phase: phase.name } });
    }
    return { name: phase.name, startDate: startDate ?? '', endDate: endDate ?? '' };
  });

  // Links: checked against the file's rows, milestones bridged (their own links followed back).
  const milestoneLinks = (index: number, seen: Set<number>): PlanDraftLink[] => {
    if (seen.has(index)) return [];
    seen.add(index);
    return draft.milestones[index].predecessors.flatMap((link) => {
      const target = refs.get(link.ref);
      if (target?.kind !== 'milestone') return [link];
      return milestoneLinks(target.index, seen).map((l) => ({ ref: l.ref, lagDays: l.lagDays + link.lagDays }));
    });
  };
  const dependencies: ResolvedPlan['dependencies'] = [];
  const rowOfRef = (ref: string) => {
    const target = refs.get(ref);
    return target ? (target.kind === 'task' ? draft.tasks[target.index].row : draft.milestones[target.index].row) : ref;
  };
  draft.tasks.forEach((task, index) => {
    const seen = new Set<number>();
    for (const link of task.predecessors) {
      const target = refs.get(link.ref);
      if (!target) {
        errors.push({ row: task.row, field: 'predecessors', code: 'PLAN_NO_SUCH_ROW', params: { ref: link.ref } });
        continue;
      }
      const links = target.kind === 'task' ? [link] : milestoneLinks(target.index, new Set()).map((l) => ({ ref: l.ref, lagDays: l.lagDays + link.lagDays }));
      for (const { ref, lagDays } of links) {
        const prerequisite = refs.get(ref);
        if (!prerequisite) {
          errors.push({ row: task.row, field: 'predecessors', code: 'PLAN_NO_SUCH_ROW', params: { ref } });
          continue;
        }
        if (prerequisite.kind !== 'task') continue;
        if (prerequisite.index === index) {
          errors.push({ row: task.row, field: 'predecessors', code: 'PLAN_TASK_WAITS_FOR_ITSELF', params: {} });
          continue;
        }
        if (!Number.isInteger(lagDays) || Math.abs(lagDays) > PLAN_MAX_LAG_DAYS) {
          errors.push({ row: task.row, field: 'predecessors', code: 'PLAN_LAG_OUT_OF_RANGE', params: { max: PLAN_MAX_LAG_DAYS } });
          continue;
        }
        if (seen.has(prerequisite.index)) continue;
        seen.add(prerequisite.index);
        dependencies.push({ task: index, dependsOn: prerequisite.index, lagDays });
      }
    }
  });
  const bridged = draft.milestones.filter((m) => m.predecessors.length > 0).length;
  if (bridged > 0) {
    warnings.push({
      row: draft.milestones.find((m) => m.predecessors.length > 0)?.row ?? 1,
      field: 'predecessors',
      code: 'PLAN_MILESTONES_BRIDGED',
      params: { count: bridged },
    });
  }

  const loop = dependencyLoop(tasks.length, dependencies);
  if (loop) {
    const shown = loop.map((i) => rowOfRef(draft.tasks[i].ref));
    errors.push({
      row: draft.tasks[loop[0]].row,
      field: 'predecessors',
      code: 'PLAN_LOOP',
      params: { rows: shown.join(' → ') },
    });
  }

  if (errors.length > 0) return { ok: false, errors: sortedErrors(errors), warnings };
  return { ok: true, plan: { newPhases: resolvedPhases, tasks, dependencies, milestones }, warnings };
}

/**
 * The problems of reading a file and of checking it against the program, as one list in file
 * order: a cell the reading already refused (a date that is none) is not named twice.
 */
export function mergedErrors(reading: readonly PlanRowError[], checking: readonly PlanRowError[]): PlanRowError[] {
  const named = new Set(reading.map((e) => `${e.row}:${e.field}`));
  return sortedErrors([...reading, ...checking.filter((e) => !named.has(`${e.row}:${e.field}`))]);
}

/** Errors in file order, each problem of a row together. */
export function sortedErrors(errors: readonly PlanRowError[]): PlanRowError[] {
  return [...errors].sort((a, b) => a.row - b.row);
}

/**
 * A loop among `count` tasks linked by `links`, as task indexes from a task back to itself, or
 * null. One depth-first walk over every link (iterative, so a chain of thousands does not
 * exhaust the stack).
 */
export function dependencyLoop(count: number, links: readonly { task: number; dependsOn: number }[]): number[] | null {
  const waitsFor: number[][] = Array.from({ length: count }, () => []);
  for (const link of links) waitsFor[link.task].push(link.dependsOn);
  const state = new Uint8Array(count); // 0 unseen, 1 on the current path, 2 done
  for (let root = 0; root < count; root++) {
    if (state[root]) continue;
    const path: number[] = [root];
    const next: number[] = [0];
    state[root] = 1;
    while (path.length > 0) {
      const node = path[path.length - 1];
      const i = next[next.length - 1]++;
      if (i >= waitsFor[node].length) {
        state[node] = 2;
        path.pop();
        next.pop();
        continue;
      }
      const target = waitsFor[node][i];
      if (state[target] === 1) return [...path.slice(path.indexOf(target)), target];
      if (state[target] === 0) {
        state[target] = 1;
        path.push(target);
        next.push(0);
      }
    }
  }
  return null;
}

/**
 * A program's plan as both files write it: phases in working order, each with its tasks and
 * milestones; predecessors by task id.
 */
export interface PlanExport {
  programName: string;
  phases: { id: string; name: string; startDate: IsoDate | null; endDate: IsoDate | null }[];
  tasks: PlanExportTask[];
  milestones: { id: string; name: string; phaseId: string; dueDate: IsoDate }[];
}

export interface PlanExportTask {
  id: string;
  title: string;
  phaseId: string;
  roleName: string;
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
  durationDays: number | null;
  predecessors: { id: string; lagDays: number }[];
}

/** Rows in the order both files list them: each phase's tasks (in plan order), then its milestones by date. */
export function planRowsInOrder(plan: PlanExport): { phase: PlanExport['phases'][number]; tasks: PlanExportTask[]; milestones: PlanExport['milestones'] }[] {
  return plan.phases.map((phase) => ({
    phase,
    tasks: plan.tasks.filter((t) => t.phaseId === phase.id),
    milestones: plan.milestones.filter((m) => m.phaseId === phase.id),
  }));
}

/** `<program>-plan.<ext>`, the program's name made safe for a file name. */
export function planFileName(programName: string, extension: 'xml' | 'csv'): string {
  const base = programName.trim().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'program';
  return `${base}-plan.${extension}`;
}
