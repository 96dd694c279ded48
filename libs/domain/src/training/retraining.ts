export type AttendanceStatus = 'INVITED' | 'ATTENDED' | 'EXCUSED' | 'ABSENT';

export interface AttendanceRecord {
  personId: string;
  sessionId: string;
  status: AttendanceStatus;
  /** Only sessions that have taken place can be missed. */
  sessionPast: boolean;
}

export interface UsageReview {
  personId: string | null;
  businessUnit: string | null;
  active: boolean;
  reviewedOn: string;
}

export interface RetrainingEntry {
  personId: string;
  /** Past sessions the person was marked absent from (excused absences do not count). */
  missed: number;
  /** True when their latest usage review (own or their business unit's) found them inactive. */
  inactive: boolean;
}

/**
 * Who needs re-training in a wave: everyone marked absent, without an excuse, from a session that
 * has taken place, and everyone whose most recent usage review says they are not using the CRM.
 * Attendance not yet taken (still INVITED) is unknown, not missed: it puts nobody on the list.
 * `businessUnitOf` lets a review of a whole business unit count for its people.
 */
export function retrainingList(
  attendance: AttendanceRecord[],
  reviews: UsageReview[],
  businessUnitOf: (personId: string) => string | null,
  waveMembers: string[],
): RetrainingEntry[] {
  const missed = new Map<string, number>();
  for (const record of attendance) {
    if (!record.sessionPast) continue;
    if (record.status === 'ABSENT') missed.set(record.personId, (missed.get(record.personId) ?? 0) + 1);
  }
  const latest = (match: (r: UsageReview) => boolean) =>
    reviews.filter(match).sort((a, b) => b.reviewedOn.localeCompare(a.reviewedOn))[0];
  const inactive = new Set<string>();
  for (const personId of new Set([...waveMembers, ...reviews.flatMap((r) => (r.personId ? [r.personId] : []))])) {
    const own = latest((r) => r.personId === personId);
    const unit = businessUnitOf(personId);
    const ofUnit = unit ? latest((r) => r.personId === null && r.businessUnit === unit) : undefined;
    const decisive = [own, ofUnit].filter(Boolean).sort((a, b) => b!.reviewedOn.localeCompare(a!.reviewedOn))[0];
    if (decisive && !decisive.active) inactive.add(personId);
  }
  const people = new Set([...missed.keys(), ...inactive]);
  return [...people]
    .map((personId) => ({ personId, missed: missed.get(personId) ?? 0, inactive: inactive.has(personId) }))
    .sort((a, b) => b.missed - a.missed || Number(b.inactive) - Number(a.inactive) || a.personId.localeCompare(b.personId));
}
