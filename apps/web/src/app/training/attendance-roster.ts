import { allowedAttendance, sessionHasStarted } from '@crm/domain';
import type { AttendanceStatus, SessionStatus } from '@crm/graphql-client';

/** The statuses a trainer records after a session; INVITED is where everyone starts. */
export type RecordedStatus = Exclude<AttendanceStatus, 'INVITED'>;

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  INVITED: $localize`:@@training.attendance.invited:Not recorded`,
  ATTENDED: $localize`:@@training.attendance.attended:Attended`,
  EXCUSED: $localize`:@@training.attendance.excused:Excused`,
  ABSENT: $localize`:@@training.attendance.absent:Absent`,
};

/** The one-click choices of a roster, in the order shown. */
const CHOICES: readonly RecordedStatus[] = ['ATTENDED', 'EXCUSED', 'ABSENT'];

/**
 * The choices a trainer gets for a session: all three once it has started; before that only
 * "Excused", because nobody can have attended or missed it yet (the API refuses it too).
 */
export function rosterChoices(startsAt: string, now: Date = new Date()): RecordedStatus[] {
  const allowed = allowedAttendance(sessionHasStarted(startsAt, now));
  return CHOICES.filter((status) => allowed.includes(status));
}

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  SCHEDULED: $localize`:@@training.sessionStatus.scheduled:Scheduled`,
  HELD: $localize`:@@training.sessionStatus.held:Held`,
  CANCELLED: $localize`:@@training.sessionStatus.cancelled:Cancelled`,
};

/** "Held" only for a session that has started: one moved to a later day is "Scheduled" again. A cancelled session says why: "Cancelled — Trainer ill". */
export function sessionStatusLabel(session: { status: SessionStatus; startsAt: string; cancelReason?: string | null }, now: Date = new Date()): string {
  if (session.status === 'HELD' && !sessionHasStarted(session.startsAt, now)) return SESSION_STATUS_LABELS.SCHEDULED;
  if (session.status === 'CANCELLED' && session.cancelReason) return $localize`:@@training.sessionStatus.cancelledBecause:Cancelled — ${session.cancelReason}:reason:`;
  return SESSION_STATUS_LABELS[session.status];
}

export interface RosterRow {
  personId: string;
  name: string;
  /** The attendance entry itself, to take the person off the roster; absent in older answers. */
  entryId?: string;
  /** As the server has it. */
  saved: AttendanceStatus;
  /** As the trainer has set it on screen. */
  status: AttendanceStatus;
}

export interface AttendanceLine {
  id?: string;
  person: { id: string; name: string };
  status: AttendanceStatus;
}

/** The invitees of a session, by name, each with their recorded status. */
export function rosterOf(attendance: readonly AttendanceLine[]): RosterRow[] {
  return attendance
    .map((line) => ({ personId: line.person.id, name: line.person.name, entryId: line.id, saved: line.status, status: line.status }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function withStatus(rows: readonly RosterRow[], personId: string, status: AttendanceStatus): RosterRow[] {
  return rows.map((row) => (row.personId === personId ? { ...row, status } : row));
}

/** "Mark all attended": everyone not yet recorded attended; excused and absent people stay so. */
export function markAllAttended(rows: readonly RosterRow[]): RosterRow[] {
  return rows.map((row) => (row.status === 'INVITED' ? { ...row, status: 'ATTENDED' } : row));
}

/** What one recordAttendance call must send: every row the trainer changed, and nothing else. */
export function changedEntries(rows: readonly RosterRow[]): { personId: string; status: AttendanceStatus }[] {
  return rows.filter((row) => row.status !== row.saved).map((row) => ({ personId: row.personId, status: row.status }));
}

// Each status its own message: Italian agrees the word with the count ("3 presenti"), so a lowercased label will not do.
const SUMMARY_PARTS: Record<AttendanceStatus, (count: number) => string> = {
  ATTENDED: (count) => $localize`:@@training.attendance.summaryAttended:${count}:count: attended`,
  EXCUSED: (count) => $localize`:@@training.attendance.summaryExcused:${count}:count: excused`,
  ABSENT: (count) => $localize`:@@training.attendance.summaryAbsent:${count}:count: absent`,
  INVITED: (count) => $localize`:@@training.attendance.summaryInvited:${count}:count: not recorded`,
};

/** "3 attended, 1 excused, 1 absent, 2 not recorded"; statuses nobody has are left out. */
export function rosterSummary(rows: readonly RosterRow[]): string {
  if (rows.length === 0) return $localize`:@@training.attendance.nobodyInvited:Nobody is invited.`;
  const order: AttendanceStatus[] = ['ATTENDED', 'EXCUSED', 'ABSENT', 'INVITED'];
  return order
    .map((status) => ({ status, count: rows.filter((row) => row.status === status).length }))
    .filter((entry) => entry.count > 0)
    .map((entry) => SUMMARY_PARTS[entry.status](entry.count))
    .join(', ');
}

/** "attendance-wave-1-nordics-2026-03-02.csv": what it holds, for which wave, as of when. */
export function attendanceCsvFileName(waveName: string, today: string): string {
  const slug = waveName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return ['attendance', slug, today].filter((part) => part !== '').join('-') + '.csv';
}
