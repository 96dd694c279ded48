import { dayNumber, formatDay, isoOfDay } from '../shared/dates/calendar-days';

/**
 * The geometry of the timeline, worked out from plain data so that it can be tested without a
 * browser and recomputed in one pass: a few hundred tasks take well under a millisecond. Days are
 * whole calendar days (see calendar-days.ts); a bar covers its first day to the end of its last.
 */

export interface TimelineMilestone {
  id: string;
  name: string;
  dueDate: string;
  status: 'DONE' | 'PLANNED';
  overdue: boolean;
}

export interface TimelinePhase {
  id: string;
  name: string;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';
  plannedStart: string | null;
  plannedEnd: string | null;
  milestones: readonly TimelineMilestone[];
}

export interface TimelineTask {
  id: string;
  title: string;
  status: 'TODO' | 'IN_PROGRESS' | 'BLOCKED' | 'DONE';
  startDate: string | null;
  dueDate: string | null;
  overdue: boolean;
  phaseId: string;
}

export interface TimelineDependency {
  /** The task that waits. */
  taskId: string;
  /** The task it waits for. */
  dependsOnId: string;
}

export interface TimelineInput {
  phases: readonly TimelinePhase[];
  tasks: readonly TimelineTask[];
  dependencies: readonly TimelineDependency[];
  /** "YYYY-MM-DD" where the user is. */
  today: string;
  projectStart?: string | null;
  projectEnd?: string | null;
}

export interface LayoutOptions {
  pxPerDay: number;
  rowHeight: number;
  /** How many days a task without a start date is drawn over, ending on its due date. */
  estimatedTaskDays: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { pxPerDay: 5, rowHeight: 28, estimatedTaskDays: 3 };

export interface TimeScale {
  /** The first day drawn: the first of a month. */
  startDay: number;
  /** The day after the last one drawn: the first of a month. */
  endDay: number;
  pxPerDay: number;
  width: number;
}

export interface TimelineRow {
  kind: 'phase' | 'milestones' | 'task' | 'group';
  /** Unique across rows, for tracking. */
  key: string;
  label: string;
  y: number;
}

export interface PhaseBar {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  status: TimelinePhase['status'];
  title: string;
}

export interface MilestoneMark {
  id: string;
  /** The top of its row. */
  y: number;
  /** A diamond centred on the due day. */
  path: string;
  done: boolean;
  overdue: boolean;
  title: string;
}

export interface TaskBar {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  status: TimelineTask['status'];
  overdue: boolean;
  /** True when the start is guessed because the task has no start date. */
  estimated: boolean;
  title: string;
}

export interface DependencyArrow {
  key: string;
  /** The connector from the end of the task waited for to the start of the task that waits. */
  line: string;
  /** The arrowhead, a small closed triangle at the waiting task's start. */
  head: string;
  /** The waiting task is planned to start before the task it waits for ends. */
  conflicting: boolean;
  title: string;
  /** The rows the arrow spans, top of the higher to bottom of the lower, for windowing. */
  top: number;
  bottom: number;
}

export interface MonthTick {
  key: string;
  label: string;
  x: number;
  width: number;
}

export interface TimelineLayout {
  scale: TimeScale;
  width: number;
  height: number;
  rowHeight: number;
  rows: TimelineRow[];
  phaseBars: PhaseBar[];
  milestones: MilestoneMark[];
  taskBars: TaskBar[];
  arrows: DependencyArrow[];
  months: MonthTick[];
  todayX: number;
  /** Tasks not drawn because they have no due date. */
  undatedTaskCount: number;
}

const MS_PER_DAY = 86_400_000;
const ARROW_GAP = 8;

// ---------------------------------------------------------------------------------------------
// Scale

/** A scale from whole months around the given days, so month labels start at the left edge. */
export function timeScale(firstDay: number, lastDay: number, pxPerDay: number): TimeScale {
  const startDay = firstOfMonth(firstDay);
  const endDay = firstOfMonth(firstOfMonth(lastDay) + 31);
  return { startDay, endDay, pxPerDay, width: (endDay - startDay) * pxPerDay };
}

/** The x of the start of a day. */
export function xOfDay(scale: TimeScale, day: number): number {
  return (day - scale.startDay) * scale.pxPerDay;
}

const MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** One tick per month; the year is named on the first tick and on every January. */
export function monthTicks(scale: TimeScale): MonthTick[] {
  const ticks: MonthTick[] = [];
  for (let day = scale.startDay; day < scale.endDay; ) {
    const next = firstOfMonth(day + 31);
    const date = new Date(day * MS_PER_DAY);
    const withYear = ticks.length === 0 || date.getUTCMonth() === 0;
    ticks.push({
      key: isoOfDay(day),
      label: (withYear ? MONTH_YEAR : MONTH).format(date),
      x: xOfDay(scale, day),
      width: (next - day) * scale.pxPerDay,
    });
    day = next;
  }
  return ticks;
}

function firstOfMonth(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / MS_PER_DAY;
}

// ---------------------------------------------------------------------------------------------
// Tasks

/**
 * The days a task's bar covers, or null when it has no due date. A task without a (usable) start
 * date is drawn as a short bar ending on its due date, so it still shows where it lands.
 */
export function taskSpan(
  task: Pick<TimelineTask, 'startDate' | 'dueDate'>,
  estimatedTaskDays: number,
): { first: number; last: number; estimated: boolean } | null {
  const last = task.dueDate ? dayNumber(task.dueDate) : Number.NaN;
  if (Number.isNaN(last)) return null;
  const start = task.startDate ? dayNumber(task.startDate) : Number.NaN;
  if (!Number.isNaN(start) && start <= last) return { first: start, last, estimated: false };
  return { first: last - (estimatedTaskDays - 1), last, estimated: true };
}

// ---------------------------------------------------------------------------------------------
// Layout

export function layoutTimeline(input: TimelineInput, options: LayoutOptions = DEFAULT_LAYOUT): TimelineLayout {
  const { pxPerDay, rowHeight } = options;
  const today = dayNumber(input.today);

  // Which tasks are drawn, and over which days.
  const spans = new Map<string, { task: TimelineTask; first: number; last: number; estimated: boolean }>();
  let undatedTaskCount = 0;
  for (const task of input.tasks) {
    const span = taskSpan(task, options.estimatedTaskDays);
    if (span) spans.set(task.id, { task, ...span });
    else undatedTaskCount++;
  }

  const scale = timeScale(...dayRange(input, spans.values(), today), pxPerDay);
  const x = (day: number) => xOfDay(scale, day);

  // Rows: each phase, then its milestones, then its dated tasks by start; stray tasks last.
  const rows: TimelineRow[] = [];
  const phaseBars: PhaseBar[] = [];
  const milestones: MilestoneMark[] = [];
  const taskBars: TaskBar[] = [];
  const barById = new Map<string, TaskBar & { rowY: number }>();

  const tasksByPhase = new Map<string, { task: TimelineTask; first: number; last: number; estimated: boolean }[]>();
  for (const span of spans.values()) {
    const list = tasksByPhase.get(span.task.phaseId) ?? [];
    list.push(span);
    tasksByPhase.set(span.task.phaseId, list);
  }

  const addTaskRows = (list: { task: TimelineTask; first: number; last: number; estimated: boolean }[]) => {
    list.sort((a, b) => a.first - b.first || a.last - b.last || a.task.title.localeCompare(b.task.title));
    for (const { task, first, last, estimated } of list) {
      const y = rows.length * rowHeight;
      rows.push({ kind: 'task', key: `task:${task.id}`, label: task.title, y });
      const bar: TaskBar = {
        id: task.id,
        x: round(x(first)),
        y: y + 6,
        width: round((last - first + 1) * pxPerDay),
        height: rowHeight - 12,
        status: task.status,
        overdue: task.overdue,
        estimated,
        title: taskTitle(task, first, last, estimated),
      };
      taskBars.push(bar);
      barById.set(task.id, { ...bar, rowY: y });
    }
  };

  for (const phase of input.phases) {
    const y = rows.length * rowHeight;
    rows.push({ kind: 'phase', key: `phase:${phase.id}`, label: phase.name, y });
    const start = phase.plannedStart ? dayNumber(phase.plannedStart) : Number.NaN;
    const end = phase.plannedEnd ? dayNumber(phase.plannedEnd) : Number.NaN;
    if (!Number.isNaN(start) && !Number.isNaN(end) && end >= start) {
      phaseBars.push({
        id: phase.id,
        x: round(x(start)),
        y: y + 4,
        width: round((end - start + 1) * pxPerDay),
        height: rowHeight - 8,
        status: phase.status,
        title: `${phase.name}: planned ${formatDay(isoOfDay(start))} to ${formatDay(isoOfDay(end))}`,
      });
    }

    const dated = phase.milestones.filter((m) => !Number.isNaN(dayNumber(m.dueDate)));
    if (dated.length > 0) {
      const my = rows.length * rowHeight;
      rows.push({ kind: 'milestones', key: `milestones:${phase.id}`, label: 'Milestones', y: my });
      for (const milestone of dated) {
        const cx = round(x(dayNumber(milestone.dueDate)) + pxPerDay / 2);
        milestones.push({
          id: milestone.id,
          y: my,
          path: diamond(cx, my + rowHeight / 2, Math.min(7, rowHeight / 3)),
          done: milestone.status === 'DONE',
          overdue: milestone.overdue,
          title: `${milestone.name}: due ${formatDay(milestone.dueDate)}${milestoneState(milestone)}`,
        });
      }
    }

    addTaskRows(tasksByPhase.get(phase.id) ?? []);
    tasksByPhase.delete(phase.id);
  }

  const strays = [...tasksByPhase.values()].flat();
  if (strays.length > 0) {
    rows.push({ kind: 'group', key: 'group:other', label: 'Other tasks', y: rows.length * rowHeight });
    addTaskRows(strays);
  }

  const arrows: DependencyArrow[] = [];
  for (const dependency of input.dependencies) {
    const from = barById.get(dependency.dependsOnId);
    const to = barById.get(dependency.taskId);
    if (!from || !to) continue;
    arrows.push(dependencyArrow(from, to, rowHeight));
  }

  return {
    scale,
    width: scale.width,
    height: rows.length * rowHeight,
    rowHeight,
    rows,
    phaseBars,
    milestones,
    taskBars,
    arrows,
    months: monthTicks(scale),
    todayX: round(x(today)),
    undatedTaskCount,
  };
}

/**
 * An elbow connector from the end of `from` to the start of `to`. When `to` starts well after
 * `from` ends, the line steps down right after `from`; otherwise it runs back along the gap above
 * (or below) `to`'s row so it never crosses the bars it connects.
 */
export function dependencyArrow(
  from: Pick<TaskBar, 'id' | 'x' | 'y' | 'width' | 'height' | 'title'> & { rowY: number },
  to: Pick<TaskBar, 'id' | 'x' | 'y' | 'width' | 'height' | 'title'> & { rowY: number },
  rowHeight: number,
): DependencyArrow {
  const sx = from.x + from.width;
  const sy = from.y + from.height / 2;
  const tx = to.x;
  const ty = to.y + to.height / 2;
  let line: string;
  if (tx - sx >= 2 * ARROW_GAP) {
    line = `M${sx},${sy} H${sx + ARROW_GAP} V${ty} H${tx}`;
  } else {
    const channel = ty >= sy ? to.rowY : to.rowY + rowHeight;
    line = `M${sx},${sy} H${sx + ARROW_GAP} V${channel} H${tx - ARROW_GAP} V${ty} H${tx}`;
  }
  return {
    key: `${from.id}->${to.id}`,
    line,
    head: `M${tx},${ty} l-6,-4 v8 z`,
    conflicting: tx < sx,
    title: `${firstLine(to.title)} waits for ${firstLine(from.title)}`,
    top: Math.min(from.rowY, to.rowY),
    bottom: Math.max(from.rowY, to.rowY) + rowHeight,
  };
}

// ---------------------------------------------------------------------------------------------

/** The first and last day worth showing: the project, everything drawn, and today. */
function dayRange(
  input: TimelineInput,
  spans: Iterable<{ first: number; last: number }>,
  today: number,
): [number, number] {
  const days: number[] = [];
  const add = (iso: string | null | undefined) => {
    const day = iso ? dayNumber(iso) : Number.NaN;
    if (!Number.isNaN(day)) days.push(day);
  };
  add(input.projectStart);
  add(input.projectEnd);
  for (const phase of input.phases) {
    add(phase.plannedStart);
    add(phase.plannedEnd);
    for (const milestone of phase.milestones) add(milestone.dueDate);
  }
  for (const span of spans) days.push(span.first, span.last);
  if (!Number.isNaN(today)) days.push(today);
  if (days.length === 0) return [0, 0];
  // A loop, not Math.min(...days): spreading thousands of arguments can overflow the stack.
  let first = days[0];
  let last = days[0];
  for (const day of days) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return [first, last];
}

function taskTitle(task: TimelineTask, first: number, last: number, estimated: boolean): string {
  const dates = estimated
    ? `due ${formatDay(isoOfDay(last))} (no start date)`
    : `${formatDay(isoOfDay(first))} to ${formatDay(isoOfDay(last))}`;
  return `${task.title}\n${dates}${task.overdue ? ', overdue' : ''}`;
}

function milestoneState(milestone: TimelineMilestone): string {
  if (milestone.status === 'DONE') return ', done';
  return milestone.overdue ? ', overdue' : '';
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

function diamond(cx: number, cy: number, r: number): string {
  return `M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
