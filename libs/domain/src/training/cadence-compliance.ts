import { localDate } from '../time/zoned-time';
import { CADENCE_MAX_SESSIONS, CADENCE_MIN_SESSIONS } from './cadence-target';
import { addDays, daysBetween } from '../phases/milestone-schedule';
import type { IsoDate } from '../projects/project-schedule';

/** Training after go-live is judged over this many days: the first three months. */
export const CADENCE_WINDOW_DAYS = 90;
/** A stretch longer than this without a session lets people slip back into old habits. */
export const MAX_GAP_DAYS = 30;

export type CadenceStatus = 'NOT_PLANNED' | 'UNDER' | 'ON_TRACK' | 'OVER';

export interface CadenceSession {
  /** ISO date-time with offset or Z. */
  startsAt: string;
  /** IANA time zone the session takes place in, e.g. Europe/Berlin. */
  timeZone: string;
}

export interface CadenceGap {
  from: IsoDate;
  to: IsoDate;
  days: number;
}

export interface CadenceCompliance {
  status: CadenceStatus;
  sessionsInWindow: number;
  windowStart: IsoDate;
  windowEnd: IsoDate;
  gaps: CadenceGap[];
}

export function cadenceStatus(sessions: number): CadenceStatus {
  if (sessions === 0) return 'NOT_PLANNED';
  if (sessions < CADENCE_MIN_SESSIONS) return 'UNDER';
  if (sessions <= CADENCE_MAX_SESSIONS) return 'ON_TRACK';
  return 'OVER';
}

/**
 * A wave should be trained 3 to 4 times in the 90 days after go-live. Counts the sessions (held or
 * planned, not cancelled) from go-live day (day 0) to day 90 inclusive, each on its local calendar
 * day, and lists every stretch of more than 30 days with no session, counting go-live and the end
 * of the window as the edges.
 */
export function cadenceCompliance(goLiveDate: IsoDate, sessions: CadenceSession[]): CadenceCompliance {
  const windowEnd = addDays(goLiveDate, CADENCE_WINDOW_DAYS);
  const days = sessions
    .map((s) => localDate(s.startsAt, s.timeZone))
    .filter((d) => d >= goLiveDate && d <= windowEnd)
    .sort();
  const edges = [goLiveDate, ...days, windowEnd];
  const gaps: CadenceGap[] = [];
  for (let i = 1; i < edges.length; i += 1) {
    const length = daysBetween(edges[i - 1], edges[i]);
    if (length > MAX_GAP_DAYS) gaps.push({ from: edges[i - 1], to: edges[i], days: length });
  }
  return { status: cadenceStatus(days.length), sessionsInWindow: days.length, windowStart: goLiveDate, windowEnd, gaps };
}
