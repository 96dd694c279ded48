import type { WaveStatus } from '@crm/graphql-client';

import { dateOfDay, dayNumber, formatDay, isoOfDay } from '../shared/dates/calendar-days';
import { formatCalendarDay } from '../shared/format/formats';

/**
 * Where the waves sit on the rollout strip, worked out from plain data so it can be tested without
 * a browser. Positions are percentages of the strip's width, so the strip stretches with the page.
 */

export interface TimelineWave {
  id: string;
  name: string;
  goLiveDate: string;
  status: WaveStatus;
}

export interface WaveMarker extends TimelineWave {
  /** Distance from the strip's left edge, 0 to 100. */
  left: number;
  /** Row of the label: markers close together are stacked so their names do not overlap. */
  lane: number;
  dateLabel: string;
}

export interface MonthTick {
  iso: string;
  label: string;
  left: number;
}

export interface WaveTimeline {
  markers: WaveMarker[];
  /** Where today is on the strip; today is always inside it. */
  today: { iso: string; left: number };
  months: MonthTick[];
  lanes: number;
}

export interface WaveTimelineOptions {
  /** Days shown before the first date and after the last, so no marker sits on an edge. */
  marginDays: number;
  /** The shortest span shown, so two waves a week apart are not drawn at opposite ends. */
  minSpanDays: number;
  /** Markers closer than this (percent of the width) go on separate lanes. */
  minLabelGap: number;
}

export const DEFAULT_TIMELINE_OPTIONS: WaveTimelineOptions = { marginDays: 14, minSpanDays: 90, minLabelGap: 14 };


/** The strip for `waves`, spanning them and today. Waves with an unreadable date are left out. */
export function waveTimeline(
  waves: readonly TimelineWave[],
  today: string,
  options: WaveTimelineOptions = DEFAULT_TIMELINE_OPTIONS,
): WaveTimeline {
  const dated = waves.map((wave) => ({ wave, day: dayNumber(wave.goLiveDate) })).filter(({ day }) => !Number.isNaN(day));
  const todayDay = dayNumber(today);
  const days = [todayDay, ...dated.map(({ day }) => day)];
  let start = Math.min(...days) - options.marginDays;
  let end = Math.max(...days) + options.marginDays;
  if (end - start < options.minSpanDays) {
    const extra = options.minSpanDays - (end - start);
    start -= Math.floor(extra / 2);
    end += Math.ceil(extra / 2);
  }
  const position = (day: number) => Math.round(((day - start) / (end - start)) * 10_000) / 100;

  // Sorted by date (then name) so lanes are filled left to right.
  const sorted = [...dated].sort((a, b) => a.day - b.day || a.wave.name.localeCompare(b.wave.name));
  const laneEnds: number[] = [];
  const markers = sorted.map(({ wave, day }): WaveMarker => {
    const left = position(day);
    let lane = laneEnds.findIndex((lastLeft) => left - lastLeft >= options.minLabelGap);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = left;
    return { ...wave, left, lane, dateLabel: formatDay(wave.goLiveDate) };
  });

  return {
    markers,
    today: { iso: today, left: position(todayDay) },
    months: monthTicks(start, end).map((day) => ({
      iso: isoOfDay(day),
      label: formatCalendarDay(isoOfDay(day), 'monthYear'),
      left: position(day),
    })),
    lanes: Math.max(1, laneEnds.length),
  };
}

/** The first day of every month strictly inside the span. */
function monthTicks(start: number, end: number): number[] {
  const ticks: number[] = [];
  const first = dateOfDay(start);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth() + 1;
  for (;;) {
    if (month > 11) {
      month = 0;
      year++;
    }
    const day = Date.UTC(year, month, 1) / 86_400_000;
    if (day >= end) return ticks;
    if (day > start) ticks.push(day);
    month++;
  }
}

export const WAVE_STATUS_LABELS: Readonly<Record<WaveStatus, string>> = {
  PLANNED: $localize`:@@rollout.waveStatus.planned:Planned`,
  READY: $localize`:@@rollout.waveStatus.ready:Ready to go live`,
  LIVE: $localize`:@@rollout.waveStatus.live:Live`,
  CLOSED: $localize`:@@rollout.waveStatus.closed:Closed`,
};

/** "3 of 5 ready", for the readiness bar. */
export function readinessLabel(items: readonly { done: boolean }[]): string {
  if (items.length === 0) return $localize`:@@rollout.readiness.noChecklist:No readiness checklist`;
  const done = items.filter((item) => item.done).length;
  const total = items.length;
  return $localize`:@@rollout.readiness.progress:${done}:done: of ${total}:total: ready`;
}

/**
 * Scope entries from what someone typed: split on commas and semicolons, trimmed, empty and repeated
 * entries dropped (ignoring case), first spelling kept.
 */
export function scopeEntries(text: string, existing: readonly string[] = []): string[] {
  const result = [...existing];
  const seen = new Set(existing.map((entry) => entry.toLowerCase()));
  for (const raw of text.split(/[,;]/)) {
    const entry = raw.trim();
    if (entry === '' || seen.has(entry.toLowerCase())) continue;
    seen.add(entry.toLowerCase());
    result.push(entry);
  }
  return result;
}
