import {
  HypercareExitBlocker,
  HypercareExitBlockerCode,
  hypercareExitBlockerText,
  SUPPORT_CATEGORY_LABELS,
  SUPPORT_SEVERITY_LABELS,
  SUPPORT_STATUS_LABELS,
  SUPPORT_TRANSITIONS,
  SupportCategory,
  SupportSeverity,
  SupportStatus,
  supportItemOpen,
  WORKING_DAY_MINUTES,
} from '@crm/domain';
import type { SupportItemRowFragment } from '@crm/graphql-client';

export type SupportItem = SupportItemRowFragment;

/** What the list shows: every value of a filter, or one. `OPEN_ANY` is every status still needing the desk. */
export interface SupportFilters {
  severity: SupportSeverity | null;
  status: SupportStatus | 'OPEN_ANY' | null;
  category: SupportCategory | null;
}

export const NO_FILTERS: SupportFilters = { severity: null, status: null, category: null };

export function filteredItems(items: readonly SupportItem[], filters: SupportFilters): SupportItem[] {
  return items.filter(
    (item) =>
      (filters.severity === null || item.severity === filters.severity) &&
      (filters.category === null || item.category === filters.category) &&
      (filters.status === null || (filters.status === 'OPEN_ANY' ? supportItemOpen(item.status) : item.status === filters.status)),
  );
}

export interface Chip {
  text: string;
  icon: string;
  tone: 'critical' | 'high' | 'medium' | 'low' | 'late' | 'ok';
}

const SEVERITY_TONES: Record<SupportSeverity, Chip['tone']> = { 1: 'critical', 2: 'high', 3: 'medium', 4: 'low' };
const SEVERITY_ICONS: Record<SupportSeverity, string> = { 1: '‼', 2: '!', 3: '•', 4: '·' };

export function severityChip(severity: number): Chip {
  const s = severity as SupportSeverity;
  return { text: `Severity ${s}`, icon: SEVERITY_ICONS[s], tone: SEVERITY_TONES[s] };
}

/** The breach flags in words; an item on time shows no chip. */
export function breachChips(item: SupportItem): Chip[] {
  const chips: Chip[] = [];
  if (item.responseBreached) chips.push({ text: item.respondedAt ? 'Answered late' : 'Answer overdue', icon: '⏰', tone: 'late' });
  if (item.resolutionBreached) chips.push({ text: item.resolvedAt ? 'Resolved late' : 'Resolution overdue', icon: '⏰', tone: 'late' });
  return chips;
}

export const severityLabel = (severity: number) => SUPPORT_SEVERITY_LABELS[severity as SupportSeverity];
export const categoryLabel = (category: SupportCategory) => SUPPORT_CATEGORY_LABELS[category];
export const statusLabel = (status: SupportStatus) => SUPPORT_STATUS_LABELS[status];

/** The statuses an item may move to from where it is (its own first), as the API allows them. */
export function nextStatuses(current: SupportStatus): SupportStatus[] {
  return [current, ...SUPPORT_TRANSITIONS[current]];
}

/** The exit gate's blockers in English, from their codes and params (the API sends params as JSON). */
export function exitBlockerTexts(blockers: readonly { code: string; params: string }[]): string[] {
  return blockers.map((b) => {
    let params: HypercareExitBlocker['params'] = {};
    try {
      params = JSON.parse(b.params) as HypercareExitBlocker['params'];
    } catch {
      params = {};
    }
    return hypercareExitBlockerText({ code: b.code as HypercareExitBlockerCode, params });
  });
}

/** A target in the units a desk speaks in: minutes, hours or working days. */
export function targetText(minutes: number, aroundTheClock: boolean): string {
  if (!aroundTheClock && minutes % WORKING_DAY_MINUTES === 0) {
    const days = minutes / WORKING_DAY_MINUTES;
    return `${days} working day${days === 1 ? '' : 's'}`;
  }
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return `${hours} hour${hours === 1 ? '' : 's'}`;
  }
  return `${minutes} minutes`;
}

/** The waves whose hypercare has begun (live) or ended (closed): the ones the page can show items of. */
export function waveHasGoneLive(wave: { status: string }): boolean {
  return wave.status === 'LIVE' || wave.status === 'CLOSED';
}
