import { USAGE_FORMATS, type UsageFormat } from '@crm/domain';

import { formatNum } from '../shared/format/formats';

/**
 * The domain's format names and download hints in the page's language. The menu names stay as the
 * CRM's English interface spells them, which is what an admin searches for.
 */
const FORMAT_TEXTS: Readonly<Record<UsageFormat, { label: string; hint: string }>> = {
  SALESFORCE: {
    label: $localize`:@@adoption.format.salesforce:Salesforce login history`,
    hint: $localize`:@@adoption.format.salesforceHint:Salesforce Setup → Login History → choose CSV, "All Logins" → Download Now.`,
  },
  DYNAMICS: {
    label: $localize`:@@adoption.format.dynamics:Dynamics 365 / Microsoft 365 user activity report`,
    hint: $localize`:@@adoption.format.dynamicsHint:Microsoft 365 admin center → Reports → Usage → Active users (or the Power Platform admin center's user activity) → Export.`,
  },
  HUBSPOT: {
    label: $localize`:@@adoption.format.hubspot:HubSpot account login history`,
    hint: $localize`:@@adoption.format.hubspotHint:HubSpot Settings → Security → Settings & Activity → View account login history → Export account login history.`,
  },
  GENERIC: {
    label: $localize`:@@adoption.format.generic:CSV with email, date and an optional count`,
    hint: $localize`:@@adoption.format.genericHint:Any spreadsheet saved as CSV with the columns email, date (YYYY-MM-DD) and, if you have it, count.`,
  },
};

/** The formats in the order the import dialog offers them, with the CRM's own words for where to get the file. */
export const USAGE_FORMAT_OPTIONS: readonly { value: UsageFormat; label: string; hint: string }[] = USAGE_FORMATS.map((value) => ({
  value,
  ...FORMAT_TEXTS[value],
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

const number = (n: number) => formatNum(n, '1.0-0');

/** What an accepted import did, one sentence per fact, in the order a user checks them. */
export function importSummary(result: ImportOutcome): string[] {
  // One and other are the only plural forms English, Dutch and Italian need.
  const rows = number(result.rowCount);
  const read = result.rowCount === 1 ? $localize`:@@adoption.summary.readOne:Read 1 row` : $localize`:@@adoption.summary.read:Read ${rows}:count: rows`;
  const matchedCount = number(result.matchedCount);
  const matched =
    result.matchedCount === 1
      ? $localize`:@@adoption.summary.matchedOne:1 row matched a person`
      : $localize`:@@adoption.summary.matched:${matchedCount}:count: rows matched people`;
  const lines = [`${read}: ${matched}.`];
  if (result.ignoredCount > 0) {
    const ignored = number(result.ignoredCount);
    lines.push(
      result.ignoredCount === 1
        ? $localize`:@@adoption.summary.ignoredOne:1 row records no use (failed logins, no activity) and was skipped.`
        : $localize`:@@adoption.summary.ignored:${ignored}:count: rows record no use (failed logins, no activity) and were skipped.`,
    );
  }
  const imported = number(result.imported);
  lines.push(
    result.imported === 0
      ? $localize`:@@adoption.summary.nothingNew:Nothing new: every day of use in this file was imported before.`
      : result.imported === 1
        ? $localize`:@@adoption.summary.addedOne:1 day of use added.`
        : $localize`:@@adoption.summary.added:${imported}:count: days of use added.`,
  );
  if (result.retrainingAdded > 0) {
    const people = number(result.retrainingAdded);
    lines.push(
      result.retrainingAdded === 1
        ? $localize`:@@adoption.summary.retrainingOne:1 person put on the re-training list for not using the CRM.`
        : $localize`:@@adoption.summary.retraining:${people}:count: people put on the re-training list for not using the CRM.`,
    );
  }
  if (result.adoptionMeasured !== null) lines.push($localize`:@@adoption.summary.measured:User adoption measured at ${result.adoptionMeasured}:percent: %.`);
  return lines;
}

/** Why a chosen file cannot be sent, or null. */
export function usageFileProblem(file: Pick<File, 'name' | 'size'>, maxBytes: number): string | null {
  if (file.size === 0) return $localize`:@@adoption.file.empty:“${file.name}:name:” is empty. Choose the CSV file the CRM exported.`;
  if (file.size > maxBytes) return $localize`:@@adoption.file.tooLarge:“${file.name}:name:” is too large to import at once (at most about 900 kB). Export a shorter date range.`;
  return null;
}
