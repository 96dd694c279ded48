import { AttendanceStatus } from '../training/retraining';

/**
 * Who is told they are on the wave's re-training list after a roster was recorded: people now
 * marked absent who were not absent before at this session and who are on the list afterwards.
 * Marking the same absence again tells nobody (once per session); the trainer who recorded it
 * is not told about their own absence.
 */
export function retrainingNotices(
  previous: ReadonlyMap<string, AttendanceStatus>,
  entries: readonly { personId: string; status: AttendanceStatus }[],
  onListAfter: ReadonlySet<string>,
  actorPersonId: string | null,
): string[] {
  return entries
    .filter((e) => e.status === 'ABSENT' && previous.get(e.personId) !== 'ABSENT' && onListAfter.has(e.personId) && e.personId !== actorPersonId)
    .map((e) => e.personId);
}
