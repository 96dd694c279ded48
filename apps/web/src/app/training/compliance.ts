import { CADENCE_MAX_SESSIONS, CADENCE_MIN_SESSIONS, CADENCE_WINDOW_DAYS, MAX_GAP_DAYS } from '@crm/domain';
import type { CadenceStatus } from '@crm/graphql-client';
import { formatCalendarDay } from '../shared/format/formats';

export interface ComplianceFigures {
  status: CadenceStatus;
  sessionsInWindow: number;
}

export interface Gap {
  from: string;
  to: string;
  days: number;
}

/** The cadence the program asks for, in the domain's numbers: 3 to 4 sessions in the 90 days after go-live. */
export const CADENCE_TARGET = `${CADENCE_MIN_SESSIONS}–${CADENCE_MAX_SESSIONS}`;
const MIN = CADENCE_MIN_SESSIONS;
const MAX = CADENCE_MAX_SESSIONS;
const DAYS = CADENCE_WINDOW_DAYS;
const GAP_DAYS = MAX_GAP_DAYS;

const STATUS_WORDS: Record<CadenceStatus, string> = {
  NOT_PLANNED: $localize`:@@training.compliance.statusNotPlanned:none planned`,
  UNDER: $localize`:@@training.compliance.statusUnder:under`,
  GAP: $localize`:@@training.compliance.statusGap:gap over ${GAP_DAYS}:maxGap: days`,
  ON_TRACK: $localize`:@@training.compliance.statusOnTrack:on track`,
  OVER: $localize`:@@training.compliance.statusOver:more than planned`,
};

/**
 * "2 of 3–4 sessions — under": how many sessions the 90-day window holds against the cadence.
 * The count and the verdict are the API's (catch-up sessions are not in them), so the badge says
 * what health says.
 */
export function complianceText(compliance: ComplianceFigures): string {
  const n = compliance.sessionsInWindow;
  return $localize`:@@training.compliance.badge:${n}:count: of ${CADENCE_TARGET}:target: sessions — ${STATUS_WORDS[compliance.status]}:verdict:`;
}

/** A sentence for people who cannot see the badge's colour, or want the detail. */
export function complianceExplanation(compliance: ComplianceFigures): string {
  switch (compliance.status) {
    case 'NOT_PLANNED':
      return $localize`:@@training.compliance.explainNotPlanned:No training is planned in the ${DAYS}:days: days after go-live. Plan ${MIN}:min: to ${MAX}:max: sessions so people do not slip back into old habits.`;
    case 'UNDER': {
      const missing = CADENCE_MIN_SESSIONS - compliance.sessionsInWindow;
      return missing === 1
        ? $localize`:@@training.compliance.explainUnderOne:Plan one more session in the ${DAYS}:days: days after go-live.`
        : $localize`:@@training.compliance.explainUnder:Plan ${missing}:missing: more sessions in the ${DAYS}:days: days after go-live.`;
    }
    case 'GAP':
      return $localize`:@@training.compliance.explainGap:Enough sessions, but a stretch of more than ${GAP_DAYS}:maxGap: days has none: move or add one so people keep practising.`;
    case 'ON_TRACK':
      return $localize`:@@training.compliance.explainOnTrack:The ${DAYS}:days: days after go-live have the ${MIN}:min: to ${MAX}:max: sessions they need, never more than ${GAP_DAYS}:maxGap: days apart.`;
    case 'OVER':
      return $localize`:@@training.compliance.explainOver:More sessions than the ${MIN}:min: to ${MAX}:max: the first ${DAYS}:days: days need: check that people have the time for them.`;
  }
}


/** "14 Apr → 30 May", with the years when the range crosses into another year. */
export function dayRangeText(from: string, to: string): string {
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${formatCalendarDay(from)} → ${formatCalendarDay(to)}`;
  return `${formatCalendarDay(from, 'dayMonth')} → ${formatCalendarDay(to, 'dayMonth')}`;
}

/** "No training 14 Apr → 30 May (46 days)". */
export function gapText(gap: Gap): string {
  return $localize`:@@training.compliance.gap:No training ${dayRangeText(gap.from, gap.to)}:range: (${gap.days}:days: days)`;
}

/** "Training window: 4 May → 2 Aug 2026 (the 90 days after go-live)". */
export function windowText(windowStart: string, windowEnd: string): string {
  const range = dayRangeText(windowStart, windowEnd);
  const year = windowStart.slice(0, 4) === windowEnd.slice(0, 4) ? ` ${windowEnd.slice(0, 4)}` : '';
  return $localize`:@@training.compliance.window:Training window: ${range + year}:range: (the ${DAYS}:days: days after go-live)`;
}
