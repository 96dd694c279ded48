import { USAGE_FORMATS, usageFormatDownloadHint, usageFormatLabel, type UsageFormat } from '@crm/domain';
import { formatNum } from '../shared/format/formats';

/** The formats in the order the import dialog offers them, with the CRM's own words for where to get the file. */
export const USAGE_FORMAT_OPTIONS: readonly { value: UsageFormat; label: string; hint: string }[] = USAGE_FORMATS.map((value) => ({
  value,
  label: usageFormatLabel(value),
  hint: usageFormatDownloadHint(value),
}));

/** A ratio as the card shows it: "67 %", or a dash when nobody is licensed. */
export function ratioText(ratio: number | null | undefined): string {
  return ratio == null ? '–' : `${Math.round(ratio * 100)} %`;
}

export interface ImportOutcome {
  imported: number;
  rowCount: number;
  matchedCount: number;
  unmatchedCount: number;
  ignoredCount: number;
  retrainingAdded: number;
  adoptionMeasured: number | null;
}

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${formatNum(n, '1.0-0')} ${many}`);

/** What an accepted import did, one sentence per fact, in the order a user checks them. */
export function importSummary(result: ImportOutcome): string[] {
  const lines = [`Read ${count(result.rowCount, 'row', 'rows')}: ${count(result.matchedCount, 'row matched a person', 'rows matched people')}.`];
  if (result.ignoredCount > 0) lines.push(`${count(result.ignoredCount, 'row records', 'rows record')} no use (failed logins, no activity) and ${result.ignoredCount === 1 ? 'was' : 'were'} skipped.`);
  lines.push(
    result.imported === 0
      ? 'Nothing new: every day of use in this file was imported before.'
      : `${count(result.imported, 'day of use', 'days of use')} added.`,
  );
  if (result.retrainingAdded > 0) lines.push(`${count(result.retrainingAdded, 'person', 'people')} put on the re-training list for not using the CRM.`);
  if (result.adoptionMeasured !== null) lines.push(`User adoption measured at ${result.adoptionMeasured} %.`);
  return lines;
}

/** Why a chosen file cannot be sent, or null. */
export function usageFileProblem(file: Pick<File, 'name' | 'size'>, maxBytes: number): string | null {
  if (file.size === 0) return `“${file.name}” is empty. Choose the CSV file the CRM exported.`;
  if (file.size > maxBytes) return `“${file.name}” is too large to import at once (at most about 900 kB). Export a shorter date range.`;
  return null;
}
