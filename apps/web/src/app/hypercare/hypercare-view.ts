import {
  formatMessage,
  HypercareExitBlocker,
  SUPPORT_TRANSITIONS,
  SupportCategory,
  SupportSeverity,
  SupportStatus,
  supportItemOpen,
  WORKING_DAY_MINUTES,
} from '@crm/domain';
import type { SupportItemRowFragment } from '@crm/graphql-client';

import { activeMessageLocale } from '../shared/i18n/message-locale';

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
  return { text: $localize`:@@hypercare.severity.chip:Severity ${s}:severity:`, icon: SEVERITY_ICONS[s], tone: SEVERITY_TONES[s] };
}

/** The breach flags in words; an item on time shows no chip. */
export function breachChips(item: SupportItem): Chip[] {
  const chips: Chip[] = [];
  if (item.responseBreached) {
    const text = item.respondedAt ? $localize`:@@hypercare.breach.answeredLate:Answered late` : $localize`:@@hypercare.breach.answerOverdue:Answer overdue`;
    chips.push({ text, icon: '⏰', tone: 'late' });
  }
  if (item.resolutionBreached) {
    const text = item.resolvedAt ? $localize`:@@hypercare.breach.resolvedLate:Resolved late` : $localize`:@@hypercare.breach.resolutionOverdue:Resolution overdue`;
    chips.push({ text, icon: '⏰', tone: 'late' });
  }
  return chips;
}

/** What each severity means to the person reporting it (the domain's labels, in the page's language). */
const SEVERITY_LABELS: Record<SupportSeverity, string> = {
  1: $localize`:@@hypercare.severity.1:Critical: work has stopped`,
  2: $localize`:@@hypercare.severity.2:High: a main task is hard to do`,
  3: $localize`:@@hypercare.severity.3:Medium: a workaround exists`,
  4: $localize`:@@hypercare.severity.4:Low: a question or a wish`,
};

export const CATEGORY_LABELS: Readonly<Record<SupportCategory, string>> = {
  HOW_TO: $localize`:@@hypercare.category.howTo:How do I…`,
  DEFECT: $localize`:@@hypercare.category.defect:Something is broken`,
  DATA: $localize`:@@hypercare.category.data:Wrong or missing data`,
  ACCESS: $localize`:@@hypercare.category.access:Access or licence`,
  REQUEST: $localize`:@@hypercare.category.request:Change request`,
};

const STATUS_LABELS: Record<SupportStatus, string> = {
  OPEN: $localize`:@@hypercare.status.open:Open`,
  IN_PROGRESS: $localize`:@@hypercare.status.inProgress:In progress`,
  WAITING: $localize`:@@hypercare.status.waiting:Waiting for the reporter`,
  RESOLVED: $localize`:@@hypercare.status.resolved:Resolved`,
  CLOSED: $localize`:@@hypercare.status.closed:Closed`,
};

export const severityLabel = (severity: number) => SEVERITY_LABELS[severity as SupportSeverity];
export const categoryLabel = (category: SupportCategory) => CATEGORY_LABELS[category];
export const statusLabel = (status: SupportStatus) => STATUS_LABELS[status];

/** The statuses an item may move to from where it is (its own first), as the API allows them. */
export function nextStatuses(current: SupportStatus): SupportStatus[] {
  return [current, ...SUPPORT_TRANSITIONS[current]];
}

/** The exit gate's blockers in the reader's language, from their codes and params (the API sends params as JSON). */
export function exitBlockerTexts(blockers: readonly { code: string; params: string }[]): string[] {
  return blockers.map((b) => {
    let params: HypercareExitBlocker['params'] = {};
    try {
      params = JSON.parse(b.params) as HypercareExitBlocker['params'];
    } catch {
      params = {};
    }
    return formatMessage(activeMessageLocale(), { code: b.code, params });
  });
}

/** A target in the units a desk speaks in: minutes, hours or working days. */
export function targetText(minutes: number, aroundTheClock: boolean): string {
  if (!aroundTheClock && minutes % WORKING_DAY_MINUTES === 0) {
    const days = minutes / WORKING_DAY_MINUTES;
    return days === 1 ? $localize`:@@hypercare.target.oneWorkingDay:1 working day` : $localize`:@@hypercare.target.workingDays:${days}:days: working days`;
  }
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return hours === 1 ? $localize`:@@hypercare.target.oneHour:1 hour` : $localize`:@@hypercare.target.hours:${hours}:hours: hours`;
  }
  return minutes === 1 ? $localize`:@@hypercare.target.oneMinute:1 minute` : $localize`:@@hypercare.target.minutes:${minutes}:minutes: minutes`;
}

/** When a severity's clock runs, and whether its targets are still the defaults. */
export function clockText(aroundTheClock: boolean, custom: boolean): string {
  if (aroundTheClock) return custom ? $localize`:@@hypercare.targets.aroundTheClock:around the clock` : $localize`:@@hypercare.targets.aroundTheClockDefault:around the clock · default`;
  return custom ? $localize`:@@hypercare.targets.weekdays:Monday to Friday` : $localize`:@@hypercare.targets.weekdaysDefault:Monday to Friday · default`;
}

/** The waves whose hypercare has begun (live) or ended (closed): the ones the page can show items of. */
export function waveHasGoneLive(wave: { status: string }): boolean {
  return wave.status === 'LIVE' || wave.status === 'CLOSED';
}
