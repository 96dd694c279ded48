import { csvHeaderRow, spreadsheetSafeCell } from '@crm/domain';

import { csvInSlices } from '../common/csv/csv-in-slices';
import { type ReaderFormats } from '../common/i18n/reader-language';
import { RequirementExportRow } from './requirements.repository';

/**
 * The project's requirements as CSV, in the columns import expects. Every cell goes through
 * spreadsheetSafeCell, so a description like `=HYPERLINK(…)` opens as text.
 *
 * @param emailOf the stakeholders' e-mail addresses by person id
 * @param formats the reader's: the header row's language, and the separator their spreadsheet splits on
 */
export function requirementsCsv(rows: readonly RequirementExportRow[], emailOf: ReadonlyMap<string, string>, formats: ReaderFormats = { language: 'en', separator: ',' }): Promise<string> {
  return csvInSlices(
    csvHeaderRow('requirements', formats.language),
    rows,
    (r) => [r.title, r.description, r.department, r.priority, r.status, (r.stakeholder_id && emailOf.get(r.stakeholder_id)) ?? '', r.gap_note].map(spreadsheetSafeCell),
    formats.separator,
  );
}
