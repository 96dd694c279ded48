import { isIsoDate, type IsoDate } from '../projects/project-schedule';
import { addDays } from '../phases/milestone-schedule';
import { normalizeEmail } from '../people/email';

/** The CRM exports the usage import understands, and a plain CSV of our own. */
export const USAGE_FORMATS = ['SALESFORCE', 'DYNAMICS', 'HUBSPOT', 'GENERIC'] as const;
export type UsageFormat = (typeof USAGE_FORMATS)[number];

/** Rows in one import at most; a bigger export is imported in parts (by date range). */
export const MAX_USAGE_ROWS = 20_000;

interface FormatSpec {
  label: string;
  /** Where to get the file, in the CRM's own menus. */
  downloadHint: string;
  /** Accepted names of the column holding the person's email (or email-shaped login). */
  email: readonly string[];
  /** Accepted names of the column holding when the person was active. */
  day: readonly string[];
  /** A column of how many times (GENERIC only); one row is one use otherwise. */
  count?: readonly string[];
  /** A column saying whether the login worked; only successful logins count as use. */
  status?: readonly string[];
  /** Columns of which at least one must be there too, which tell this export from the others. */
  distinctive?: readonly string[];
}

const FORMATS: Record<UsageFormat, FormatSpec> = {
  SALESFORCE: {
    label: 'Salesforce login history',
    downloadHint: 'Salesforce Setup → Login History → choose CSV, "All Logins" → Download Now.',
    email: ['username'],
    day: ['login time'],
    status: ['status'],
    distinctive: ['login type', 'source ip', 'login url', 'application'],
  },
  DYNAMICS: {
    label: 'Dynamics 365 / Microsoft 365 user activity report',
    downloadHint: 'Microsoft 365 admin center → Reports → Usage → Active users (or the Power Platform admin center\'s user activity) → Export.',
    email: ['user principal name'],
    day: ['last activity date'],
    distinctive: ['report refresh date', 'display name', 'report period'],
  },
  HUBSPOT: {
    label: 'HubSpot account login history',
    downloadHint: 'HubSpot Settings → Security → Settings & Activity → View account login history → Export account login history.',
    email: ['user', 'user email', 'email'],
    day: ['login time', 'login timestamp', 'time', 'timestamp'],
    distinctive: ['user agent', 'ip address', 'location', 'type'],
  },
  GENERIC: {
    label: 'CSV with email, date and an optional count',
    downloadHint: 'Any spreadsheet saved as CSV with the columns email, date (YYYY-MM-DD) and, if you have it, count.',
    email: ['email'],
    day: ['date', 'day'],
    count: ['count'],
  },
};

export function usageFormatLabel(format: UsageFormat): string {
  return FORMATS[format].label;
}

export function usageFormatDownloadHint(format: UsageFormat): string {
  return FORMATS[format].downloadHint;
}

/** A header cell as we compare it: no case, no BOM, single spaces, and "(GMT)"-style notes dropped. */
export function normalizeUsageHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[_\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

interface Columns {
  email: number;
  day: number;
  count: number;
  status: number;
}

function columnsOf(format: UsageFormat, header: readonly string[]): Columns | null {
  const spec = FORMATS[format];
  const names = header.map(normalizeUsageHeader);
  const find = (accepted: readonly string[] | undefined) => {
    for (const name of accepted ?? []) {
      const at = names.indexOf(name);
      if (at >= 0) return at;
    }
    return -1;
  };
  const email = find(spec.email);
  const day = find(spec.day);
  if (email < 0 || day < 0) return null;
  if (spec.distinctive && find(spec.distinctive) < 0) return null;
  return { email, day, count: find(spec.count), status: find(spec.status) };
}

/** Which export a header row belongs to, the most specific first; null when none. */
export function recognizeUsageFormat(header: readonly string[]): UsageFormat | null {
  for (const format of ['SALESFORCE', 'DYNAMICS', 'HUBSPOT', 'GENERIC'] as const) {
    if (columnsOf(format, header)) return format;
  }
  return null;
}

/** One person's use on one day, as read from a file. */
export interface UsageRow {
  /** The spreadsheet row (the header is row 1). */
  row: number;
  email: string;
  day: IsoDate;
  count: number;
}

export interface UsageRowError {
  row: number;
  message: string;
}

export interface ParsedUsage {
  /** The format the header looks like (whatever was chosen). */
  detected: UsageFormat | null;
  rows: UsageRow[];
  /** Rows that say nobody used the CRM (a failed login, no activity date, a count of 0). */
  ignored: number;
  /** Data rows in the file. */
  rowCount: number;
  errors: UsageRowError[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?(?:\s+[A-Z]{2,5})?$/i;

/**
 * The day of an export's date or timestamp: `YYYY-MM-DD`, an ISO timestamp (its UTC day when it
 * carries a zone, its own day otherwise) or the US month/day/year the CRMs export in English.
 */
export function usageDay(raw: string): IsoDate | string {
  const value = raw.trim();
  // isIsoDate narrows its argument (IsoDate is a string), so it is asked through a plain boolean here.
  const isDay: boolean = isIsoDate(value);
  if (isDay) return value;
  const instant = ISO_INSTANT.exec(value.replace(/\s*(UTC|GMT)$/i, 'Z'));
  if (instant) {
    if (!isIsoDate(instant[1])) return `"${value}" is not a real date.`;
    if (!instant[4]) return instant[1];
    const at = new Date(instant[0].replace(' ', 'T').replace(/\s+/g, '').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(at.getTime()) ? `"${value}" is not a real date.` : at.toISOString().slice(0, 10);
  }
  const slashed = SLASHED.exec(value);
  if (slashed) {
    const [month, day, year] = [Number(slashed[1]), Number(slashed[2]), slashed[3]];
    if (month > 12) return `"${value}" is read as month/day/year and has no month ${month}; export dates as YYYY-MM-DD.`;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : `"${value}" is not a real date.`;
  }
  return `"${value}" is not a date; use YYYY-MM-DD or the date as the CRM exported it.`;
}

const SUCCESSFUL_LOGIN = /^success/i;

/**
 * Reads a file already split into cells (header first) as the chosen format. A header of another
 * format is refused with the format it looks like; every row that cannot be read is an error with
 * its spreadsheet row, so the whole file can be fixed in one pass. Days after `today` + 1 (a
 * time zone ahead) are refused: an export cannot know the future.
 */
export function parseUsageRecords(format: UsageFormat, records: readonly (readonly string[])[], today: IsoDate): ParsedUsage {
  const [header = [], ...data] = records;
  const detected = recognizeUsageFormat(header);
  const columns = columnsOf(format, header);
  const empty = { detected, rows: [], ignored: 0, rowCount: data.length };
  if (!columns) {
    const looksLike = detected ? ` It looks like a ${usageFormatLabel(detected)}: choose that format instead.` : '';
    const spec = FORMATS[format];
    const expected = [spec.email[0], spec.day[0]].join('", "');
    return { ...empty, errors: [{ row: 1, message: `This header is not a ${usageFormatLabel(format)} (expected columns such as "${expected}").${looksLike}` }] };
  }
  if (data.length === 0) return { ...empty, errors: [{ row: 2, message: 'The file has a header but no rows.' }] };
  if (data.length > MAX_USAGE_ROWS) {
    return { ...empty, errors: [{ row: MAX_USAGE_ROWS + 2, message: `Import at most ${MAX_USAGE_ROWS.toLocaleString('en-GB')} rows at a time; split the export by date range.` }] };
  }
  const latest = addDays(today, 1);
  const rows: UsageRow[] = [];
  const errors: UsageRowError[] = [];
  let ignored = 0;
  data.forEach((cells, index) => {
    const row = index + 2;
    const cell = (at: number) => (at >= 0 ? (cells[at] ?? '').trim() : '');
    if (columns.status >= 0 && !SUCCESSFUL_LOGIN.test(cell(columns.status))) {
      ignored += 1;
      return;
    }
    const problems: string[] = [];
    const email = normalizeEmail(cell(columns.email));
    if (!EMAIL.test(email)) problems.push(email ? `"${email}" is not an email address.` : 'The email is missing.');
    const rawDay = cell(columns.day);
    let day: IsoDate | null = null;
    if (!rawDay) {
      // A user-activity report lists people who never used the CRM with no date: no use, no error.
      if (format === 'DYNAMICS' && problems.length === 0) {
        ignored += 1;
        return;
      }
      problems.push('The date is missing.');
    } else {
      const read = usageDay(rawDay);
      if (isIsoDate(read)) {
        if (read > latest) problems.push(`${read} is in the future.`);
        else day = read;
      } else problems.push(read);
    }
    let count = 1;
    const rawCount = cell(columns.count);
    if (rawCount) {
      if (!/^\d+$/.test(rawCount) || Number(rawCount) > 1_000_000) problems.push(`The count "${rawCount}" must be a whole number from 0 to 1,000,000.`);
      else count = Number(rawCount);
    }
    if (problems.length) {
      errors.push(...problems.map((message) => ({ row, message })));
      return;
    }
    if (count === 0) {
      ignored += 1;
      return;
    }
    rows.push({ row, email, day: day!, count });
  });
  return { detected, rows, ignored, rowCount: data.length, errors };
}

/** One person's use on one day, summed over the rows of a file. */
export interface UsageDay {
  email: string;
  day: IsoDate;
  count: number;
}

/** The rows of a file summed per email and day (ten logins on a day are one day of use, counted 10). */
export function usageDays(rows: readonly UsageRow[]): UsageDay[] {
  const byKey = new Map<string, UsageDay>();
  for (const row of rows) {
    const key = `${row.email}\u0000${row.day}`;
    const current = byKey.get(key);
    if (current) current.count += row.count;
    else byKey.set(key, { email: row.email, day: row.day, count: row.count });
  }
  return [...byKey.values()];
}
