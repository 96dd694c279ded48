import { ProjectTimelineQuery } from '@crm/graphql-client';

import { formatDay } from '../shared/dates/calendar-days';

/**
 * The timeline's answer in the shapes the Gantt component (@worktile/gantt) draws: phases as
 * collapsible groups, tasks as bars and milestones as one-day items drawn as diamonds, each
 * prerequisite linked to the tasks that wait for it, and a saved baseline's dates as ghost bars.
 * Plain data in, plain data out, so it is tested without a browser.
 *
 * The Gantt counts time in Unix seconds of the user's own clock: a bar covers its first day from
 * midnight to the last second of its last day, as the component aligns a dragged bar.
 */

type Answer = ProjectTimelineQuery['projectTimeline'];
export type TimelineTaskRow = Answer['tasks'][number];
export type TimelineMilestoneRow = Answer['milestones'][number];
export type TimelinePhaseRow = Answer['phases'][number];

/** How many days a task without a start date is drawn over, ending on its due date. */
export const ESTIMATED_TASK_DAYS = 3;

/** What each Gantt item carries back to us when it is dragged or clicked. */
export type GanttOrigin = { kind: 'task'; row: TimelineTaskRow } | { kind: 'milestone'; row: TimelineMilestoneRow };

export interface GanttTaskItem {
  id: string;
  title: string;
  start: number;
  end: number;
  group_id: string;
  links: { type: 1; link: string; color: string }[];
  linkable: boolean;
  draggable: boolean;
  color: string;
  origin: GanttOrigin;
}

export interface GanttGroupItem {
  id: string;
  title: string;
  expanded: boolean;
  origin: TimelinePhaseRow;
}

export interface GanttGhost {
  id: string;
  start: number;
  end: number;
}

/** The bar colours, Material's own tokens so the Gantt follows the app's theme. */
export const BAR_COLOURS = {
  task: 'var(--mat-sys-primary)',
  critical: 'var(--crm-critical, #c2410c)',
  blocked: 'var(--mat-sys-secondary)',
  late: 'var(--mat-sys-error)',
  done: 'var(--mat-sys-outline)',
  milestone: 'var(--mat-sys-on-surface)',
  link: 'var(--mat-sys-on-surface-variant)',
} as const;

/** Midnight of a "YYYY-MM-DD" day on the user's clock, in Unix seconds. */
export function dayStart(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  return Math.floor(new Date(y, m - 1, d).getTime() / 1000);
}

/** The last second of a "YYYY-MM-DD" day on the user's clock. */
export function dayEnd(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  return Math.floor(new Date(y, m - 1, d, 23, 59, 59).getTime() / 1000);
}

/** The "YYYY-MM-DD" day a Unix second falls on, on the user's clock. */
export function dayOfSeconds(seconds: number): string {
  const date = new Date(seconds * 1000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** `isoDay` moved by whole calendar days. */
export function addCalendarDays(isoDay: string, days: number): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return dayOfSeconds(new Date(y, m - 1, d + days, 12).getTime() / 1000);
}

/** The first day a task's bar covers: its start, or a few days before its due date without one. */
export function drawnStart(task: Pick<TimelineTaskRow, 'startDate' | 'dueDate'>): string {
  return task.startDate ?? addCalendarDays(task.dueDate, -(ESTIMATED_TASK_DAYS - 1));
}

function barColour(task: TimelineTaskRow): string {
  if (task.status === 'DONE') return BAR_COLOURS.done;
  if (task.overdue) return BAR_COLOURS.late;
  if (task.critical) return BAR_COLOURS.critical;
  if (task.status === 'BLOCKED') return BAR_COLOURS.blocked;
  return BAR_COLOURS.task;
}

const STATUS_WORDS: Record<TimelineTaskRow['status'], string> = {
  TODO: $localize`:@@timeline.bar.todo:to do`,
  IN_PROGRESS: $localize`:@@timeline.bar.inProgress:in progress`,
  BLOCKED: $localize`:@@timeline.bar.blocked:blocked`,
  DONE: $localize`:@@timeline.bar.done:done`,
};

/** What a screen reader says for a bar: "Configure sandbox, 3 Mar 2026 – 14 Mar 2026, critical". */
export function barName(origin: GanttOrigin): string {
  if (origin.kind === 'milestone') {
    const m = origin.row;
    const due = formatDay(m.dueDate);
    const state = m.status === 'DONE' ? STATUS_WORDS.DONE : m.overdue ? $localize`:@@timeline.bar.overdue:overdue` : null;
    return [$localize`:@@timeline.bar.milestone:Milestone ${m.name}:name:`, $localize`:@@timeline.bar.due:due ${due}:day:`, state].filter(Boolean).join(', ');
  }
  const t = origin.row;
  const start = t.startDate ? formatDay(t.startDate) : null;
  const due = formatDay(t.dueDate);
  const days = start ? $localize`:@@timeline.bar.span:${start}:start: – ${due}:due:` : $localize`:@@timeline.bar.dueNoStart:due ${due}:day:, no start date`;
  const notes = [
    t.critical ? $localize`:@@timeline.bar.critical:critical` : null,
    t.overdue ? $localize`:@@timeline.bar.overdue:overdue` : null,
    t.status !== 'TODO' ? STATUS_WORDS[t.status] : null,
  ];
  return [t.title, days, ...notes].filter(Boolean).join(', ');
}

export interface GanttData {
  groups: GanttGroupItem[];
  items: GanttTaskItem[];
}

/**
 * Groups and items for the Gantt. Inside a phase, its milestones come first (by due date) and then
 * its tasks in the answer's order (earliest first). A link is critical when both of its tasks are.
 * `editable` makes bars draggable and linkable; milestones move but have no link handles.
 */
export function ganttData(timeline: Pick<Answer, 'phases' | 'milestones' | 'tasks' | 'dependencies'>, collapsed: ReadonlySet<string>, editable: boolean): GanttData {
  const dependantsOf = new Map<string, string[]>();
  for (const edge of timeline.dependencies) {
    const list = dependantsOf.get(edge.dependsOnId);
    if (list) list.push(edge.taskId);
    else dependantsOf.set(edge.dependsOnId, [edge.taskId]);
  }
  const critical = new Set(timeline.tasks.filter((t) => t.critical).map((t) => t.id));
  const itemsOf = new Map<string, GanttTaskItem[]>(timeline.phases.map((p) => [p.id, []]));
  for (const m of timeline.milestones) {
    itemsOf.get(m.phaseId)?.push({
      id: m.id,
      title: m.name,
      start: dayStart(m.dueDate),
      end: dayEnd(m.dueDate),
      group_id: m.phaseId,
      links: [],
      linkable: false,
      draggable: editable,
      color: m.overdue && m.status !== 'DONE' ? BAR_COLOURS.late : m.status === 'DONE' ? BAR_COLOURS.done : BAR_COLOURS.milestone,
      origin: { kind: 'milestone', row: m },
    });
  }
  for (const t of timeline.tasks) {
    itemsOf.get(t.phaseId)?.push({
      id: t.id,
      title: t.title,
      start: dayStart(drawnStart(t)),
      end: dayEnd(t.dueDate),
      group_id: t.phaseId,
      links: (dependantsOf.get(t.id) ?? []).map((link) => ({
        type: 1 as const,
        link,
        color: critical.has(t.id) && critical.has(link) ? BAR_COLOURS.critical : BAR_COLOURS.link,
      })),
      linkable: editable,
      draggable: editable,
      color: barColour(t),
      origin: { kind: 'task', row: t },
    });
  }
  const groups: GanttGroupItem[] = timeline.phases.map((p) => ({ id: p.id, title: p.name, expanded: !collapsed.has(p.id), origin: p }));
  const items = timeline.phases.flatMap((p) => itemsOf.get(p.id) ?? []);
  return { groups, items };
}

export interface BaselineDates {
  id: string;
  baselineStart: string | null;
  baselineFinish: string | null;
}

/** A baseline's dates as faint bars under today's: items it never had or no longer dates are left out. */
export function ghostBars(rows: readonly BaselineDates[]): GanttGhost[] {
  return rows.flatMap((row) => {
    if (!row.baselineFinish) return [];
    const start = row.baselineStart ?? addCalendarDays(row.baselineFinish, -(ESTIMATED_TASK_DAYS - 1));
    return [{ id: row.id, start: dayStart(start), end: dayEnd(row.baselineFinish) }];
  });
}

/** The view's first and last day: the program's dates widened to whatever is planned outside them, a month either side. */
export function viewRange(timeline: Pick<Answer, 'projectStart' | 'projectEnd' | 'milestones' | 'tasks'>): { start: number; end: number } {
  let first = timeline.projectStart;
  let last = timeline.projectEnd;
  for (const t of timeline.tasks) {
    const start = drawnStart(t);
    if (start < first) first = start;
    if (t.dueDate > last) last = t.dueDate;
  }
  for (const m of timeline.milestones) {
    if (m.dueDate < first) first = m.dueDate;
    if (m.dueDate > last) last = m.dueDate;
  }
  return { start: dayStart(addCalendarDays(first, -30)), end: dayEnd(addCalendarDays(last, 30)) };
}

/** Two weeks, in seconds: how near today an item counts as "around today". */
const NEAR_TODAY_SECONDS = 14 * 86_400;

/**
 * Where the Gantt should open for the rows of its first screen: null (stay on today, where it
 * opens) when one of them is planned around today, else the earliest of them.
 */
export function openingDay(items: readonly Pick<GanttTaskItem, 'start' | 'end'>[], nowSeconds: number): number | null {
  if (items.length === 0) return null;
  if (items.some((i) => i.start <= nowSeconds + NEAR_TODAY_SECONDS && i.end >= nowSeconds - NEAR_TODAY_SECONDS)) return null;
  return Math.min(...items.map((i) => i.start));
}
