/**
 * Hypercare: the questions and problems users report in the weeks after their wave goes live,
 * how quickly the support desk must answer and fix them, and when the desk can stand down.
 */

import type { FieldMessage } from '../messages/message';

export const SUPPORT_SEVERITIES = [1, 2, 3, 4] as const;
export type SupportSeverity = (typeof SUPPORT_SEVERITIES)[number];

export const SUPPORT_CATEGORIES = ['HOW_TO', 'DEFECT', 'DATA', 'ACCESS', 'REQUEST'] as const;
export type SupportCategory = (typeof SUPPORT_CATEGORIES)[number];

export const SUPPORT_STATUSES = ['OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED'] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

/** What each severity means to the person reporting it. */
export const SUPPORT_SEVERITY_LABELS: Record<SupportSeverity, string> = {
  1: 'Critical: work has stopped',
  2: 'High: a main task is hard to do',
  3: 'Medium: a workaround exists',
  4: 'Low: a question or a wish',
};

export const SUPPORT_CATEGORY_LABELS: Record<SupportCategory, string> = {
  HOW_TO: 'How do I…',
  DEFECT: 'Something is broken',
  DATA: 'Wrong or missing data',
  ACCESS: 'Access or licence',
  REQUEST: 'Change request',
};

export const SUPPORT_STATUS_LABELS: Record<SupportStatus, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  WAITING: 'Waiting for the reporter',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
};

/**
 * Where an item may go from each status. The desk answers an OPEN item by taking it on or asking
 * the reporter; a RESOLVED item is CLOSED once the reporter agrees, or taken on again when the fix
 * did not hold. CLOSED is final: a problem that comes back is a new item.
 */
export const SUPPORT_TRANSITIONS: Record<SupportStatus, readonly SupportStatus[]> = {
  OPEN: ['IN_PROGRESS', 'WAITING', 'RESOLVED'],
  IN_PROGRESS: ['WAITING', 'RESOLVED'],
  WAITING: ['IN_PROGRESS', 'RESOLVED'],
  RESOLVED: ['CLOSED', 'IN_PROGRESS'],
  CLOSED: [],
};

export function supportTransitionAllowed(from: SupportStatus, to: SupportStatus): boolean {
  return from === to || SUPPORT_TRANSITIONS[from].includes(to);
}

/** Resolved and closed items no longer need the desk. */
export function supportItemOpen(status: SupportStatus): boolean {
  return status !== 'RESOLVED' && status !== 'CLOSED';
}

/**
 * The timestamps a move sets: the first move out of OPEN is the response; moving to RESOLVED
 * stops the resolution clock, and taking a resolved item on again starts it anew.
 */
export function supportStatusStamps(
  item: { status: SupportStatus; respondedAt: string | null; resolvedAt: string | null },
  to: SupportStatus,
  now: Date,
): { respondedAt: string | null; resolvedAt: string | null } {
  const at = now.toISOString();
  const respondedAt = item.respondedAt ?? (to !== 'OPEN' ? at : null);
  if (to === 'RESOLVED') return { respondedAt, resolvedAt: item.status === 'RESOLVED' ? item.resolvedAt : at };
  if (to === 'CLOSED') return { respondedAt, resolvedAt: item.resolvedAt ?? at };
  return { respondedAt, resolvedAt: null };
}

const MINUTE = 60_000;
const HOUR = 60;
/** A working day of a target is 24 hours of Monday-to-Friday time. */
export const WORKING_DAY_MINUTES = 24 * HOUR;

export interface SupportTarget {
  severity: SupportSeverity;
  responseMinutes: number;
  resolutionMinutes: number;
}

/** The longest target a program may set: 60 working days. */
export const MAX_TARGET_MINUTES = 60 * WORKING_DAY_MINUTES;

/**
 * What a program starts with, editable per program. Severity 1 stops work, so its clock runs
 * around the clock; the others count Monday to Friday only (see `supportClockAroundTheClock`).
 */
export const DEFAULT_SUPPORT_TARGETS: readonly SupportTarget[] = [
  { severity: 1, responseMinutes: 1 * HOUR, resolutionMinutes: 8 * HOUR },
  { severity: 2, responseMinutes: 4 * HOUR, resolutionMinutes: 2 * WORKING_DAY_MINUTES },
  { severity: 3, responseMinutes: 1 * WORKING_DAY_MINUTES, resolutionMinutes: 5 * WORKING_DAY_MINUTES },
  { severity: 4, responseMinutes: 2 * WORKING_DAY_MINUTES, resolutionMinutes: 10 * WORKING_DAY_MINUTES },
];

/** A program's targets: its own where it set them, the defaults for the rest, by severity. */
export function supportTargets(own: readonly SupportTarget[]): SupportTarget[] {
  return DEFAULT_SUPPORT_TARGETS.map((d) => own.find((t) => t.severity === d.severity) ?? d);
}

/** A target problem for a field, or null when the pair is acceptable. */
export function supportTargetProblem(target: { responseMinutes: number; resolutionMinutes: number }): FieldMessage<'responseMinutes' | 'resolutionMinutes'> | null {
  for (const field of ['responseMinutes', 'resolutionMinutes'] as const) {
    const value = target[field];
    if (!Number.isInteger(value) || value < 1 || value > MAX_TARGET_MINUTES) {
      return { field, code: 'SUPPORT_TARGET_OUT_OF_RANGE', params: { max: MAX_TARGET_MINUTES, days: MAX_TARGET_MINUTES / WORKING_DAY_MINUTES } };
    }
  }
  if (target.resolutionMinutes < target.responseMinutes) return { field: 'resolutionMinutes', code: 'RESOLUTION_BEFORE_RESPONSE', params: {} };
  return null;
}

export function supportClockAroundTheClock(severity: SupportSeverity): boolean {
  return severity === 1;
}

const isWeekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;
const nextMidnight = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1));

/**
 * The moment `minutes` of target time have passed since `from`. Around the clock that is plain
 * elapsed time; otherwise the clock stops on Saturdays and Sundays (UTC days; public holidays
 * still count, as a hypercare desk is staffed on them).
 */
export function supportDueAt(from: Date, minutes: number, aroundTheClock: boolean): Date {
  if (aroundTheClock) return new Date(from.getTime() + minutes * MINUTE);
  let at = from;
  let left = minutes * MINUTE;
  for (;;) {
    if (isWeekend(at)) {
      at = nextMidnight(at);
      continue;
    }
    const dayLeft = nextMidnight(at).getTime() - at.getTime();
    if (left <= dayLeft) return new Date(at.getTime() + left);
    left -= dayLeft;
    at = nextMidnight(at);
  }
}

export interface SupportClockFacts {
  severity: SupportSeverity;
  createdAt: Date;
  respondedAt: Date | null;
  resolvedAt: Date | null;
}

export interface SupportBreach {
  responseDueAt: Date;
  resolutionDueAt: Date;
  /** Not answered by its response target (answered late, or still unanswered past it). */
  responseBreached: boolean;
  /** Not resolved by its resolution target (resolved late, or still unresolved past it). */
  resolutionBreached: boolean;
}

/** Whether an item missed its targets, as of `now`. */
export function supportBreach(item: SupportClockFacts, targets: readonly SupportTarget[], now: Date): SupportBreach {
  const target = supportTargets(targets).find((t) => t.severity === item.severity) ?? DEFAULT_SUPPORT_TARGETS[3];
  const around = supportClockAroundTheClock(item.severity);
  const responseDueAt = supportDueAt(item.createdAt, target.responseMinutes, around);
  const resolutionDueAt = supportDueAt(item.createdAt, target.resolutionMinutes, around);
  return {
    responseDueAt,
    resolutionDueAt,
    responseBreached: (item.respondedAt ?? now).getTime() > responseDueAt.getTime(),
    resolutionBreached: (item.resolvedAt ?? now).getTime() > resolutionDueAt.getTime(),
  };
}

/** Items still open that have missed a target, and how many of them are of severity 1 or 2: what health counts. */
export function openSupportBreaches(
  items: readonly (SupportClockFacts & { status: SupportStatus })[],
  targets: readonly SupportTarget[],
  now: Date,
): { count: number; urgent: number } {
  const breached = items.filter((item) => {
    if (!supportItemOpen(item.status)) return false;
    const breach = supportBreach(item, targets, now);
    return breach.responseBreached || breach.resolutionBreached;
  });
  return { count: breached.length, urgent: breached.filter((i) => i.severity <= 2).length };
}

export const HYPERCARE_WEEK_DAYS = 7;

export type HypercareExitBlockerCode = 'WAVE_NOT_LIVE' | 'URGENT_ITEMS_OPEN' | 'VOLUME_NOT_FALLING';

export interface HypercareExitBlocker {
  code: HypercareExitBlockerCode;
  params: Record<string, number | string>;
}

/**
 * Items reported in each of the last three weeks, oldest first: whole 7-day windows ending at
 * `now` ([now − 21 d, now − 14 d), [now − 14 d, now − 7 d), [now − 7 d, now)).
 */
export function weeklySupportVolume(createdAt: readonly Date[], now: Date): [number, number, number] {
  const weeks: [number, number, number] = [0, 0, 0];
  const week = HYPERCARE_WEEK_DAYS * 24 * 60 * MINUTE;
  for (const at of createdAt) {
    const ago = now.getTime() - at.getTime();
    if (ago < 0) continue;
    const index = Math.floor(ago / week);
    if (index < 3) weeks[2 - index] += 1;
  }
  return weeks;
}

/**
 * Hypercare may end when no severity 1 or 2 item is open and the number of new items fell two
 * weeks in a row. A week with no new item at all counts as falling: a quiet desk is the goal.
 */
export function hypercareExit(input: {
  waveLive: boolean;
  items: readonly { severity: SupportSeverity; status: SupportStatus; createdAt: Date }[];
  now: Date;
}): { met: boolean; blockers: HypercareExitBlocker[]; weeklyVolume: [number, number, number] } {
  const blockers: HypercareExitBlocker[] = [];
  if (!input.waveLive) blockers.push({ code: 'WAVE_NOT_LIVE', params: {} });
  const open = input.items.filter((i) => supportItemOpen(i.status));
  const severity1 = open.filter((i) => i.severity === 1).length;
  const severity2 = open.filter((i) => i.severity === 2).length;
  if (severity1 + severity2 > 0) blockers.push({ code: 'URGENT_ITEMS_OPEN', params: { severity1, severity2 } });
  const weeklyVolume = weeklySupportVolume(
    input.items.map((i) => i.createdAt),
    input.now,
  );
  const [twoWeeksAgo, lastWeek, thisWeek] = weeklyVolume;
  const falling = (before: number, after: number) => after < before || after === 0;
  if (!(falling(twoWeeksAgo, lastWeek) && falling(lastWeek, thisWeek))) blockers.push({ code: 'VOLUME_NOT_FALLING', params: { twoWeeksAgo, lastWeek, thisWeek } });
  return { met: blockers.length === 0, blockers, weeklyVolume };
}
