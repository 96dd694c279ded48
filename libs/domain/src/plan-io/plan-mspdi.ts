import type { IsoDate } from '../projects/project-schedule';
import { planRowsInOrder, type PlanDraft, type PlanDraftLink, type PlanExport, type PlanReading, type PlanRowError } from './plan-draft';

/**
 * MS Project's XML (MSPDI, namespace http://schemas.microsoft.com/project), read from and written
 * to the plain object tree an XML library gives (fast-xml-parser in the API, with the options
 * below), so these rules stay free of any parser.
 *
 * How a plan maps: top-level summary tasks (OutlineLevel 1) are phases; tasks under them (at any
 * depth: deeper summaries only group) are tasks; Milestone=1 tasks are milestones; a task's
 * first assigned resource is its role, by name. Durations are working time in ISO 8601
 * (`PT40H0M0S`), days of the file's MinutesPerDay (480 unless it says otherwise); LinkLag is in
 * tenths of a minute (4800 = one 8-hour day). Only finish-to-start links (Type 1) exist here.
 */
export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';

/** Elements that may repeat: the parser gives them as arrays even when one is present. */
export const MSPDI_LIST_ELEMENTS: readonly string[] = ['Task', 'PredecessorLink', 'Resource', 'Assignment'];

/** fast-xml-parser options for reading: every value as text (a task named "007" stays "007"), prefixes dropped. */
export const MSPDI_PARSER_OPTIONS = {
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  removeNSPrefix: true,
  isArray: (name: string) => MSPDI_LIST_ELEMENTS.includes(name),
};

/** fast-xml-parser options for writing: attributes with `@_`, indented, text escaped. */
export const MSPDI_BUILDER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
};

/** MS Project's default working day, in minutes. */
export const MSPDI_MINUTES_PER_DAY = 480;

/** MSPDI link types. */
const LINK_FINISH_TO_START = '1';
/** LagFormat values meaning a percentage of the predecessor's duration, which has no working-day equivalent. */
const PERCENT_LAG_FORMATS = ['19', '20'];
/** The ResourceUID MS Project writes on an assignment without a resource. */
const NO_RESOURCE = '-65535';

type Node = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const list = (value: unknown): Node[] => (Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : []).filter((v): v is Node => !!v && typeof v === 'object');
const flag = (value: unknown) => text(value) === '1' || text(value).toLowerCase() === 'true';

/** ISO 8601 duration (`PT40H0M0S`, `P2DT4H`) in minutes; null when it is none. Days count 24 hours, as the standard says. */
export function durationMinutes(value: string): number | null {
  const match = /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value.trim());
  if (!match || value.trim() === 'P' || value.trim() === 'PT') return null;
  const [, minus, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
  const total = Number(days) * 1440 + Number(hours) * 60 + Number(minutes) + Number(seconds) / 60;
  return minus ? -total : total;
}

/** Working days as MSPDI writes a duration: 5 days of 8 hours is `PT40H0M0S`. */
export function mspdiDuration(days: number, minutesPerDay = MSPDI_MINUTES_PER_DAY): string {
  return `PT${(days * minutesPerDay) / 60}H0M0S`;
}

/** The day of an MSPDI date-time (`2027-03-01T08:00:00`), or null when it is not one. */
function dayOf(value: string): IsoDate | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(value);
  return match ? match[1] : null;
}

/** Minutes as whole working days, rounded up when they are not, and whether they had to be. */
function wholeDays(minutes: number, minutesPerDay: number): { days: number; rounded: boolean } {
  const exact = minutes / minutesPerDay;
  const nearest = Math.round(exact);
  return Math.abs(exact - nearest) < 1e-9 ? { days: nearest, rounded: false } : { days: Math.ceil(exact), rounded: true };
}

/**
 * An MSPDI document (as the parser gives it) read into a draft. Rows are the tasks' IDs, the
 * numbers MS Project shows beside each task; predecessors refer to UIDs, as the file does.
 */
export function readMspdi(doc: unknown): PlanReading {
  const draft: PlanDraft = { phases: [], tasks: [], milestones: [] };
  const errors: PlanRowError[] = [];
  const warnings: PlanRowError[] = [];
  const project = doc && typeof doc === 'object' ? (doc as Node)['Project'] : undefined;
  if (!project || typeof project !== 'object') {
    return { draft, warnings, errors: [{ row: 1, field: 'Project', code: 'MSPDI_NOT_PROJECT', params: {} }] };
  }
  const p = project as Node;
  const minutesPerDay = Number(text(p['MinutesPerDay'])) > 0 ? Number(text(p['MinutesPerDay'])) : MSPDI_MINUTES_PER_DAY;
  const tasks = list((p['Tasks'] as Node | undefined)?.['Task']);
  const resourceName = new Map(list((p['Resources'] as Node | undefined)?.['Resource']).map((r) => [text(r['UID']), text(r['Name'])]));
  const resourcesOf = new Map<string, string[]>();
  for (const assignment of list((p['Assignments'] as Node | undefined)?.['Assignment'])) {
    const resource = text(assignment['ResourceUID']);
    if (!resource || resource === NO_RESOURCE) continue;
    const task = text(assignment['TaskUID']);
    resourcesOf.set(task, [...(resourcesOf.get(task) ?? []), resource]);
  }
  const summaries = new Set(tasks.filter((t) => flag(t['Summary'])).map((t) => text(t['UID'])));

  let phase: string | null = null;
  let nestedSummaries = 0;
  const rounded: { durations: number[]; lags: number[]; resources: number[] } = { durations: [], lags: [], resources: [] };
  tasks.forEach((task, index) => {
    if (flag(task['IsNull'])) return;
    const uid = text(task['UID']);
    const level = Number(text(task['OutlineLevel']) || '1');
    // The project's own summary task (UID 0, outline level 0) stands for the whole file.
    if (uid === '0' || level === 0) return;
    const row = Number(text(task['ID'])) || index + 1;
    const name = text(task['Name']);
    const start = text(task['Start']);
    const finish = text(task['Finish']);
    const day = (value: string, field: string) => {
      if (!value) return null;
      const parsed = dayOf(value);
      if (!parsed) errors.push({ row, field, code: 'MSPDI_NOT_A_DATE_TIME', params: { value } });
      return parsed;
    };
    if (flag(task['Summary'])) {
      if (level === 1) {
        phase = name;
        draft.phases.push({ row, name, startDate: day(start, 'Start'), endDate: day(finish, 'Finish') });
      } else {
        nestedSummaries++;
      }
      return;
    }
    if (level === 1) phase = null;
    if (phase === null) {
      errors.push({ row, field: 'OutlineLevel', code: 'MSPDI_NOT_UNDER_SUMMARY', params: { task: name } });
      return;
    }
    const links: PlanDraftLink[] = [];
    for (const link of list(task['PredecessorLink'])) {
      const predecessor = text(link['PredecessorUID']);
      const type = text(link['Type']) || LINK_FINISH_TO_START;
      if (flag(link['CrossProject'])) {
        errors.push({ row, field: 'PredecessorLink', code: 'MSPDI_EXTERNAL_LINK', params: {} });
        continue;
      }
      if (type !== LINK_FINISH_TO_START) {
        errors.push({ row, field: 'PredecessorLink', code: 'MSPDI_LINK_TYPE', params: { type } });
        continue;
      }
      if (summaries.has(predecessor)) {
        errors.push({ row, field: 'PredecessorLink', code: 'MSPDI_LINK_TO_SUMMARY', params: {} });
        continue;
      }
      if (PERCENT_LAG_FORMATS.includes(text(link['LagFormat']))) {
        errors.push({ row, field: 'LinkLag', code: 'MSPDI_LAG_PERCENT', params: {} });
        continue;
      }
      const lagTenths = Number(text(link['LinkLag']) || '0');
      if (!Number.isFinite(lagTenths)) {
        errors.push({ row, field: 'LinkLag', code: 'MSPDI_NOT_A_LAG', params: { value: text(link['LinkLag']) } });
        continue;
      }
      const lag = Math.abs(lagTenths) / 10;
      const { days, rounded: wasRounded } = wholeDays(lag, minutesPerDay);
      if (wasRounded) rounded.lags.push(row);
      links.push({ ref: predecessor, lagDays: lagTenths < 0 ? -days : days });
    }
    if (flag(task['Milestone'])) {
      draft.milestones.push({ row, ref: uid, name, phase, dueDate: day(finish || start, finish ? 'Finish' : 'Start'), predecessors: links });
      return;
    }
    let durationDays: number | null = null;
    const durationText = text(task['Duration']);
    if (durationText) {
      const minutes = durationMinutes(durationText);
      if (minutes === null || minutes < 0) {
        errors.push({ row, field: 'Duration', code: 'MSPDI_NOT_A_DURATION', params: { value: durationText } });
      } else {
        const whole = wholeDays(minutes, minutesPerDay);
        if (whole.rounded) rounded.durations.push(row);
        durationDays = whole.days;
      }
    }
    const startDate = day(start, 'Start');
    const finishDate = day(finish, 'Finish');
    const resources = resourcesOf.get(uid) ?? [];
    if (resources.length > 1) rounded.resources.push(row);
    const role = resources.length > 0 ? (resourceName.get(resources[0]) ?? null) : null;
    // Start and duration decide (the finish follows over this program's working days, which
    // may know holidays MS Project's calendar did not); the finish counts only without one of them.
    const dates =
      durationDays !== null && startDate
        ? { startDate, dueDate: null, durationDays }
        : durationDays !== null
          ? { startDate: null, dueDate: finishDate, durationDays }
          : { startDate, dueDate: finishDate, durationDays };
    draft.tasks.push({ row, ref: uid, title: name, phase, role, ...dates, predecessors: links });
  });

  if (nestedSummaries > 0) {
    warnings.push({ row: 1, field: 'OutlineLevel', code: 'MSPDI_NESTED_SUMMARIES', params: { count: nestedSummaries } });
  }
  // Each note names its first five rows; the count says whether there were more.
  const note = (rows: number[], field: string, code: 'MSPDI_DURATIONS_ROUNDED' | 'MSPDI_LAGS_ROUNDED' | 'MSPDI_FIRST_RESOURCE') => {
    if (rows.length > 0) warnings.push({ row: rows[0], field, code, params: { count: rows.length, rows: `${rows.slice(0, 5).join(', ')}${rows.length > 5 ? ', …' : ''}` } });
  };
  note(rounded.durations, 'Duration', 'MSPDI_DURATIONS_ROUNDED');
  note(rounded.lags, 'LinkLag', 'MSPDI_LAGS_ROUNDED');
  note(rounded.resources, 'Assignment', 'MSPDI_FIRST_RESOURCE');
  return { draft, errors, warnings };
}

const at = (day: IsoDate, time: '08:00:00' | '17:00:00') => `${day}T${time}`;

/**
 * A program's plan as an MSPDI object tree for fast-xml-parser's builder (MSPDI_BUILDER_OPTIONS):
 * each phase a top-level summary task, its tasks and milestones under it, every role a work
 * resource assigned to its tasks, links finish-to-start with their lag. Dated tasks and milestones
 * carry a "start no earlier than" constraint on their start, so MS Project keeps the dates while
 * still honouring the links. Elements are in the schema's order, which MS Project insists on.
 */
export function mspdiDocument(plan: PlanExport, minutesPerDay = MSPDI_MINUTES_PER_DAY): Record<string, unknown> {
  const ordered = planRowsInOrder(plan);
  const uidOf = new Map<string, number>();
  let next = 1;
  for (const { phase, tasks, milestones } of ordered) {
    uidOf.set(phase.id, next++);
    for (const item of [...tasks, ...milestones]) uidOf.set(item.id, next++);
  }
  const roles = [...new Set(plan.tasks.map((t) => t.roleName))];
  const resourceUid = new Map(roles.map((name, i) => [name, i + 1]));
  const days = [...plan.tasks.flatMap((t) => [t.startDate, t.dueDate]), ...plan.milestones.map((m) => m.dueDate), ...plan.phases.map((p) => p.startDate)].filter(
    (d): d is IsoDate => !!d,
  );
  const projectStart = days.length > 0 ? days.reduce((a, b) => (a < b ? a : b)) : null;

  const taskNodes: Record<string, unknown>[] = [];
  ordered.forEach(({ phase, tasks, milestones }, phaseIndex) => {
    const inPhase = [...tasks.flatMap((t) => [t.startDate, t.dueDate]), ...milestones.map((m) => m.dueDate)].filter((d): d is IsoDate => !!d).sort();
    const phaseStart = phase.startDate ?? inPhase[0] ?? null;
    const phaseEnd = phase.endDate ?? inPhase[inPhase.length - 1] ?? null;
    const uid = uidOf.get(phase.id) as number;
    taskNodes.push({
      UID: uid,
      ID: uid,
      Name: phase.name,
      OutlineNumber: String(phaseIndex + 1),
      OutlineLevel: 1,
      Start: phaseStart ? at(phaseStart, '08:00:00') : undefined,
      Finish: phaseEnd ? at(phaseEnd, '17:00:00') : undefined,
      Milestone: 0,
      Summary: 1,
    });
    tasks.forEach((task, i) => {
      const taskUid = uidOf.get(task.id) as number;
      taskNodes.push({
        UID: taskUid,
        ID: taskUid,
        Name: task.title,
        OutlineNumber: `${phaseIndex + 1}.${i + 1}`,
        OutlineLevel: 2,
        Start: task.startDate ? at(task.startDate, '08:00:00') : undefined,
        Finish: task.dueDate ? at(task.dueDate, '17:00:00') : undefined,
        Duration: task.durationDays === null ? undefined : mspdiDuration(task.durationDays, minutesPerDay),
        DurationFormat: task.durationDays === null ? undefined : 7,
        Milestone: 0,
        Summary: 0,
        ConstraintType: task.startDate ? 4 : 0,
        ConstraintDate: task.startDate ? at(task.startDate, '08:00:00') : undefined,
        PredecessorLink: task.predecessors
          .filter((l) => uidOf.has(l.id))
          .map((l) => ({ PredecessorUID: uidOf.get(l.id), Type: 1, LinkLag: l.lagDays * minutesPerDay * 10, LagFormat: 7 })),
      });
    });
    milestones.forEach((milestone, i) => {
      const milestoneUid = uidOf.get(milestone.id) as number;
      taskNodes.push({
        UID: milestoneUid,
        ID: milestoneUid,
        Name: milestone.name,
        OutlineNumber: `${phaseIndex + 1}.${tasks.length + i + 1}`,
        OutlineLevel: 2,
        Start: at(milestone.dueDate, '17:00:00'),
        Finish: at(milestone.dueDate, '17:00:00'),
        Duration: 'PT0H0M0S',
        DurationFormat: 7,
        Milestone: 1,
        Summary: 0,
        ConstraintType: 4,
        ConstraintDate: at(milestone.dueDate, '17:00:00'),
      });
    });
  });

  let assignment = 1;
  return {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8', '@_standalone': 'yes' },
    Project: {
      '@_xmlns': MSPDI_NAMESPACE,
      SaveVersion: 14,
      Name: plan.programName,
      Title: plan.programName,
      ScheduleFromStart: 1,
      StartDate: projectStart ? at(projectStart, '08:00:00') : undefined,
      MinutesPerDay: minutesPerDay,
      MinutesPerWeek: minutesPerDay * 5,
      DaysPerMonth: 20,
      Tasks: { Task: taskNodes },
      Resources: { Resource: roles.map((name) => ({ UID: resourceUid.get(name), ID: resourceUid.get(name), Name: name, Type: 1 })) },
      Assignments: {
        Assignment: plan.tasks
          .filter((t) => uidOf.has(t.id))
          .map((t) => ({ UID: assignment++, TaskUID: uidOf.get(t.id), ResourceUID: resourceUid.get(t.roleName), Units: 1 })),
      },
    },
  };
}
