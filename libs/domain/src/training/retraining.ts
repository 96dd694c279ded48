import type { Message } from '../messages/message';

export type AttendanceStatus = 'INVITED' | 'ATTENDED' | 'EXCUSED' | 'ABSENT';

export interface AttendanceRecord {
  personId: string;
  sessionId: string;
  status: AttendanceStatus;
  /** Only sessions that have taken place can be missed. */
  sessionPast: boolean;
  /** When the session starts (ISO date-time). */
  sessionStartsAt: string;
  /** A catch-up session: attending it brings the person up to date. */
  catchUp: boolean;
}

/** Statuses that say what happened at a session, so they need it to have started. */
export const ATTENDANCE_AFTER_START: readonly AttendanceStatus[] = ['ATTENDED', 'ABSENT'];

/** Whether a session has started at `now`: only then can anyone have attended or missed it. */
export function sessionHasStarted(startsAt: string | Date, now: Date = new Date()): boolean {
  return new Date(startsAt).getTime() <= now.getTime();
}

/**
 * What a trainer may record for an invitee: INVITED and EXCUSED at any time (an excuse often comes
 * before the session), ATTENDED and ABSENT only once the session has started.
 */
export function allowedAttendance(sessionStarted: boolean): AttendanceStatus[] {
  const all: AttendanceStatus[] = ['INVITED', 'ATTENDED', 'EXCUSED', 'ABSENT'];
  return sessionStarted ? all : all.filter((status) => !ATTENDANCE_AFTER_START.includes(status));
}

/** The entries of a roster that cannot be recorded yet, in the order given. */
export function attendanceNotYetAllowed<T extends { status: AttendanceStatus }>(entries: readonly T[], sessionStarted: boolean): T[] {
  const allowed = allowedAttendance(sessionStarted);
  return entries.filter((entry) => !allowed.includes(entry.status));
}

export interface UsageReview {
  personId: string | null;
  businessUnit: string | null;
  active: boolean;
  reviewedOn: string;
  /** What the reviewer noted: the usage import's finding, or the topic of a how-to question. */
  note?: string | null;
  /** The note as a message when the product wrote it (usage import, how-to question); absent when a person wrote it. */
  noteMessage?: Message | null;
}

export interface RetrainingEntry {
  personId: string;
  /** Past sessions the person was marked absent from (excused absences do not count). */
  missed: number;
  /** True when their latest usage review (own or their business unit's) found them inactive. */
  inactive: boolean;
  /**
   * Why they are on the list for not using the CRM, as the deciding review noted it (the usage
   * import's finding, the topic a how-to question asked about); null when not inactive or noted
   * without words.
   */
  reason: string | null;
  /** The same reason as a message when the product wrote it, so each reader gets it in their language; null otherwise. */
  reasonMessage: Message | null;
}

/**
 * Who needs re-training in a wave: everyone marked absent, without an excuse, from a session that
 * has taken place, and everyone whose most recent usage review says they are not using the CRM.
 * Attendance not yet taken (still INVITED) is unknown, not missed: it puts nobody on the list.
 * `businessUnitOf` lets a review of a whole business unit count for its people.
 * Attending a catch-up session takes a person off the list: absences from sessions that started
 * before it, and reviews made on or before its day, no longer count for them. Missing a catch-up
 * session counts like missing any other.
 */
export function retrainingList(
  attendance: AttendanceRecord[],
  reviews: UsageReview[],
  businessUnitOf: (personId: string) => string | null,
  waveMembers: string[],
): RetrainingEntry[] {
  const caughtUpAt = new Map<string, number>();
  for (const record of attendance) {
    if (!record.catchUp || record.status !== 'ATTENDED') continue;
    const at = Date.parse(record.sessionStartsAt);
    caughtUpAt.set(record.personId, Math.max(caughtUpAt.get(record.personId) ?? -Infinity, at));
  }
  const caughtUpSince = (personId: string, instant: number) => instant <= (caughtUpAt.get(personId) ?? -Infinity);
  const missed = new Map<string, number>();
  for (const record of attendance) {
    if (!record.sessionPast || record.status !== 'ABSENT') continue;
    if (caughtUpSince(record.personId, Date.parse(record.sessionStartsAt))) continue;
    missed.set(record.personId, (missed.get(record.personId) ?? 0) + 1);
  }
  // The latest review of each person and of each business unit, in one pass: a wave can hold
  // thousands of people and reviews. Reviews come in the order they were recorded, and among
  // reviews of the same day the last one recorded counts (a correction, or a usage import that
  // finds someone active again on the day they were found inactive).
  const latestOwn = new Map<string, UsageReview>();
  const latestOfUnit = new Map<string, UsageReview>();
  const keepLatest = (map: Map<string, UsageReview>, key: string, review: UsageReview) => {
    const current = map.get(key);
    if (!current || review.reviewedOn >= current.reviewedOn) map.set(key, review);
  };
  for (const review of reviews) {
    if (review.personId) keepLatest(latestOwn, review.personId, review);
    else if (review.businessUnit) keepLatest(latestOfUnit, review.businessUnit, review);
  }
  const inactive = new Map<string, { reason: string | null; reasonMessage: Message | null }>();
  for (const personId of new Set([...waveMembers, ...latestOwn.keys()])) {
    const own = latestOwn.get(personId);
    const unit = businessUnitOf(personId);
    const ofUnit = unit ? latestOfUnit.get(unit) : undefined;
    const decisive = own && ofUnit ? (ofUnit.reviewedOn > own.reviewedOn ? ofUnit : own) : (own ?? ofUnit);
    // A review is superseded by a catch-up session attended on or after its day.
    if (decisive && !decisive.active && !caughtUpSince(personId, Date.parse(`${decisive.reviewedOn}T00:00:00Z`))) {
      inactive.set(personId, { reason: decisive.note?.trim() || null, reasonMessage: decisive.noteMessage ?? null });
    }
  }
  const people = new Set([...missed.keys(), ...inactive.keys()]);
  return [...people]
    .map((personId) => ({
      personId,
      missed: missed.get(personId) ?? 0,
      inactive: inactive.has(personId),
      reason: inactive.get(personId)?.reason ?? null,
      reasonMessage: inactive.get(personId)?.reasonMessage ?? null,
    }))
    .sort((a, b) => b.missed - a.missed || Number(b.inactive) - Number(a.inactive) || a.personId.localeCompare(b.personId));
}
