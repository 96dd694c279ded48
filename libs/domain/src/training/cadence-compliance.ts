import { localDate } from '../time/zoned-time';
import { CADENCE_MAX_SESSIONS, CADENCE_MIN_SESSIONS } from './cadence-target';
import { addDays, daysBetween } from '../phases/milestone-schedule';
import type { IsoDate } from '../projects/project-schedule';

/** Training after go-live is judged over this many days: the first three months. */
export const CADENCE_WINDOW_DAYS = 90;
/** A stretch longer than this without a session lets people slip back into old habits. */
export const MAX_GAP_DAYS = 30;

export type CadenceStatus = 'NOT_PLANNED' | 'UNDER' | 'GAP' | 'ON_TRACK' | 'OVER';

export interface CadenceSession {
  /** ISO date-time with offset or Z. */
  startsAt: string;
  /** IANA time zone the session takes place in, e.g. Europe/Berlin. */
  timeZone: string;
  /**
   * A catch-up (re-training) session serves the few people who fell behind; it is not one of the
   * wave's sessions and does not count toward its cadence.
   */
  catchUp?: boolean;
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

/**
 * The verdict on a window, the first that applies winning: no session is NOT_PLANNED; fewer than 3
 * is UNDER (even with gaps: adding sessions is the fix, and it closes the gaps too); 3 or more with
 * a stretch of more than 30 days without one is GAP (even with 5 or more: the gap is what lets
 * people slip back, and moving a session closes it); more than 4 is OVER; otherwise ON_TRACK.
 */
export function cadenceStatus(sessions: number, gaps = 0): CadenceStatus {
  if (sessions === 0) return 'NOT_PLANNED';
  if (sessions < CADENCE_MIN_SESSIONS) return 'UNDER';
  if (gaps > 0) return 'GAP';
  if (sessions <= CADENCE_MAX_SESSIONS) return 'ON_TRACK';
  return 'OVER';
}

/**
 * A wave should be trained 3 to 4 times in the 90 days after go-live, never going more than 30
 * days without a session. Counts the sessions (held or planned, not cancelled, not catch-up) from
 * go-live day (day 0) to day 90 inclusive, each on its local calendar day, and lists every stretch
 * of more than 30 days with no session, counting go-live and day 90 as the edges. The status
 * follows `cadenceStatus`'s order: NOT_PLANNED, UNDER, GAP, OVER, ON_TRACK.
 */
export function cadenceCompliance(goLiveDate: IsoDate, sessions: CadenceSession[]): CadenceCompliance {
  const windowEnd = addDays(goLiveDate, CADENCE_WINDOW_DAYS);
  const days = sessions
    .filter((s) => !s.catchUp)
    .map((s) => localDate(s.startsAt, s.timeZone))
    .filter((d) => d >= goLiveDate && d <= windowEnd)
    .sort();
  const edges = [goLiveDate, ...days, windowEnd];
  const gaps: CadenceGap[] = [];
  for (let i = 1; i < edges.length; i += 1) {
    const length = daysBetween(edges[i - 1], edges[i]);
    if (length > MAX_GAP_DAYS) gaps.push({ from: edges[i - 1], to: edges[i], days: length });
  }
  return { status: cadenceStatus(days.length, gaps.length), sessionsInWindow: days.length, windowStart: goLiveDate, windowEnd, gaps };
}
