import type { IsoDate } from '../projects/project-schedule';
import { durationInWorkingDays, workingDaysBetween, WEEKDAYS_ONLY, type WorkingCalendar } from './working-days';

export type PlanItemKind = 'TASK' | 'MILESTONE';

/** A task or milestone as a plan (today's or a baseline's) dates it; a milestone's start and finish are its due day. */
export interface PlanItem {
  id: string;
  kind: PlanItemKind;
  start: IsoDate | null;
  finish: IsoDate | null;
  /** The recorded length in working days, if any; otherwise the dates tell it. */
  durationDays?: number | null;
}

/**
 * - `SLIPPED`: it finishes later than the baseline said (or starts later, when there is no finish to compare);
 * - `AHEAD`: earlier;
 * - `ON_BASELINE`: as the baseline said;
 * - `ADDED`: not in the baseline; `REMOVED`: in the baseline, no longer in the plan;
 * - `UNDATED`: dated on one side only, so there is nothing to compare.
 */
export type VarianceStatus = 'SLIPPED' | 'AHEAD' | 'ON_BASELINE' | 'ADDED' | 'REMOVED' | 'UNDATED';

export interface ItemVariance {
  id: string;
  kind: PlanItemKind;
  status: VarianceStatus;
  baselineStart: IsoDate | null;
  baselineFinish: IsoDate | null;
  currentStart: IsoDate | null;
  currentFinish: IsoDate | null;
  /** Working days later than the baseline (negative: earlier); null when a side has no date. */
  startDays: number | null;
  finishDays: number | null;
  /** Working days longer than the baseline (negative: shorter). */
  durationDays: number | null;
}

function difference(baseline: IsoDate | null, current: IsoDate | null, calendar: WorkingCalendar): number | null {
  return baseline && current ? workingDaysBetween(baseline, current, calendar) : null;
}

function lengthOf(item: PlanItem, calendar: WorkingCalendar): number | null {
  if (item.durationDays != null) return item.durationDays;
  if (item.kind === 'MILESTONE') return 0;
  return item.start && item.finish ? durationInWorkingDays(item.start, item.finish, calendar) : null;
}

function statusOf(baseline: PlanItem | undefined, current: PlanItem | undefined, startDays: number | null, finishDays: number | null): VarianceStatus {
  if (!baseline) return 'ADDED';
  if (!current) return 'REMOVED';
  const moved = finishDays ?? startDays;
  if (moved === null) return 'UNDATED';
  return moved > 0 ? 'SLIPPED' : moved < 0 ? 'AHEAD' : 'ON_BASELINE';
}

/**
 * Today's plan against a baseline, item by item, in working days. Slipped items come first, the
 * worst slip at the top (what a steering committee asks about); then every other item by its
 * date, today's or else the baseline's, undated ones last.
 */
export function baselineVariance(baseline: readonly PlanItem[], current: readonly PlanItem[], calendar: WorkingCalendar = WEEKDAYS_ONLY): ItemVariance[] {
  const before = new Map(baseline.map((item) => [item.id, item]));
  const now = new Map(current.map((item) => [item.id, item]));
  const ids = [...new Set([...current.map((i) => i.id), ...baseline.map((i) => i.id)])];
  const rows = ids.map((id): ItemVariance => {
    const b = before.get(id);
    const c = now.get(id);
    const startDays = difference(b?.start ?? null, c?.start ?? null, calendar);
    const finishDays = difference(b?.finish ?? null, c?.finish ?? null, calendar);
    const baselineLength = b ? lengthOf(b, calendar) : null;
    const currentLength = c ? lengthOf(c, calendar) : null;
    return {
      id,
      kind: (c ?? b)?.kind as PlanItemKind,
      status: statusOf(b, c, startDays, finishDays),
      baselineStart: b?.start ?? null,
      baselineFinish: b?.finish ?? null,
      currentStart: c?.start ?? null,
      currentFinish: c?.finish ?? null,
      startDays,
      finishDays,
      durationDays: baselineLength !== null && currentLength !== null ? currentLength - baselineLength : null,
    };
  });
  const slip = (row: ItemVariance) => (row.status === 'SLIPPED' ? (row.finishDays ?? row.startDays ?? 0) : null);
  const dateOf = (row: ItemVariance) => row.currentStart ?? row.currentFinish ?? row.baselineStart ?? row.baselineFinish ?? null;
  const position = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => {
    const slipA = slip(a);
    const slipB = slip(b);
    if (slipA !== null || slipB !== null) {
      if (slipA === null) return 1;
      if (slipB === null) return -1;
      if (slipA !== slipB) return slipB - slipA;
    }
    const dateA = dateOf(a);
    const dateB = dateOf(b);
    if (dateA !== dateB) {
      if (dateA === null) return 1;
      if (dateB === null) return -1;
      return dateA.localeCompare(dateB);
    }
    return (position.get(a.id) as number) - (position.get(b.id) as number);
  });
}
