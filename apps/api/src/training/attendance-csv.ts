import { attendanceCsvWord, csvHeaderRow, localDate, spreadsheetSafeCell } from '@crm/domain';

import { csvInSlices } from '../common/csv/csv-in-slices';
import { type ReaderFormats } from '../common/i18n/reader-language';
import { AttendanceExportRow } from './training.repository';

/**
 * Attendance of a wave as CSV, one line per invitee of each session. Every cell goes through
 * spreadsheetSafeCell; the status is worded in the reader's language (English keeps the codes). A
 * session's local date is worked out once, not once per invitee: the time-zone conversion is the
 * costliest part of a line.
 */
export function attendanceCsv(rows: readonly AttendanceExportRow[], formats: ReaderFormats = { language: 'en', separator: ',' }): Promise<string> {
  const dates = new Map<string, string>();
  const dateOf = (row: AttendanceExportRow) => {
    const key = `${row.starts_at.toISOString()} ${row.time_zone}`;
    let date = dates.get(key);
    if (date === undefined) dates.set(key, (date = localDate(row.starts_at.toISOString(), row.time_zone)));
    return date;
  };
  return csvInSlices(
    csvHeaderRow('attendance', formats.language),
    rows,
    (r) => [r.topic, dateOf(r), r.name, r.email, attendanceCsvWord(r.status, formats.language)].map(spreadsheetSafeCell),
    formats.separator,
  );
}
