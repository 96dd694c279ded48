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
const SESSIONS = `${CADENCE_MIN_SESSIONS} to ${CADENCE_MAX_SESSIONS}`;
const WINDOW = `the ${CADENCE_WINDOW_DAYS} days after go-live`;

const STATUS_WORDS: Record<CadenceStatus, string> = {
  NOT_PLANNED: 'none planned',
  UNDER: 'under',
  GAP: `gap over ${MAX_GAP_DAYS} days`,
  ON_TRACK: 'on track',
  OVER: 'more than planned',
};

/**
 * "2 of 3–4 sessions — under": how many sessions the 90-day window holds against the cadence.
 * The count and the verdict are the API's (catch-up sessions are not in them), so the badge says
 * what health says.
 */
export function complianceText(compliance: ComplianceFigures): string {
  const n = compliance.sessionsInWindow;
  return `${n} of ${CADENCE_TARGET} sessions — ${STATUS_WORDS[compliance.status]}`;
}

/** A sentence for people who cannot see the badge's colour, or want the detail. */
export function complianceExplanation(compliance: ComplianceFigures): string {
  switch (compliance.status) {
    case 'NOT_PLANNED':
      return `No training is planned in ${WINDOW}. Plan ${SESSIONS} sessions so people do not slip back into old habits.`;
    case 'UNDER': {
      const missing = CADENCE_MIN_SESSIONS - compliance.sessionsInWindow;
      return `Plan ${missing === 1 ? 'one more session' : `${missing} more sessions`} in ${WINDOW}.`;
    }
    case 'GAP':
      return `Enough sessions, but a stretch of more than ${MAX_GAP_DAYS} days has none: move or add one so people keep practising.`;
    case 'ON_TRACK':
      return `The ${CADENCE_WINDOW_DAYS} days after go-live have the ${SESSIONS} sessions they need, never more than ${MAX_GAP_DAYS} days apart.`;
    case 'OVER':
      return `More sessions than the ${SESSIONS} the first ${CADENCE_WINDOW_DAYS} days need: check that people have the time for them.`;
  }
}


/** "14 Apr → 30 May", with the years when the range crosses into another year. */
export function dayRangeText(from: string, to: string): string {
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${formatCalendarDay(from)} → ${formatCalendarDay(to)}`;
  return `${formatCalendarDay(from, 'dayMonth')} → ${formatCalendarDay(to, 'dayMonth')}`;
}

/** "No training 14 Apr → 30 May (46 days)". */
export function gapText(gap: Gap): string {
  return `No training ${dayRangeText(gap.from, gap.to)} (${gap.days} days)`;
}

/** "Training window: 4 May → 2 Aug 2026 (the 90 days after go-live)". */
export function windowText(windowStart: string, windowEnd: string): string {
  const range = dayRangeText(windowStart, windowEnd);
  const year = windowStart.slice(0, 4) === windowEnd.slice(0, 4) ? ` ${windowEnd.slice(0, 4)}` : '';
  return `Training window: ${range}${year} (${WINDOW})`;
}
