import { isIsoDate, type IsoDate } from '../projects/project-schedule';
import { addDays } from '../phases/milestone-schedule';
import { normalizeEmail } from '../people/email';
import type { Message, RowMessage } from '../messages/message';

/** The CRM exports the usage import understands, and a plain CSV of our own. */
export const USAGE_FORMATS = ['SALESFORCE', 'DYNAMICS', 'HUBSPOT', 'GENERIC'] as const;
export type UsageFormat = (typeof USAGE_FORMATS)[number];

/** Rows in one import at most; a bigger export is imported in parts (by date range). */
export const MAX_USAGE_ROWS = 20_000;
/** The largest count of uses one row may give. */
const MAX_USAGE_COUNT = 1_000_000;

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

export type UsageRowError = RowMessage;

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
export function usageDay(raw: string): IsoDate | Message {
  const value = raw.trim();
  // isIsoDate narrows its argument (IsoDate is a string), so it is asked through a plain boolean here.
  const isDay: boolean = isIsoDate(value);
  if (isDay) return value;
  const instant = ISO_INSTANT.exec(value.replace(/\s*(UTC|GMT)$/i, 'Z'));
  if (instant) {
    if (!isIsoDate(instant[1])) return { code: 'USAGE_DATE_NOT_REAL', params: { value } };
    if (!instant[4]) return instant[1];
    const at = new Date(instant[0].replace(' ', 'T').replace(/\s+/g, '').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(at.getTime()) ? { code: 'USAGE_DATE_NOT_REAL', params: { value } } : at.toISOString().slice(0, 10);
  }
  const slashed = SLASHED.exec(value);
  if (slashed) {
    const [month, day, year] = [Number(slashed[1]), Number(slashed[2]), slashed[3]];
    if (month > 12) return { code: 'USAGE_DATE_NO_MONTH', params: { value, month } };
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : { code: 'USAGE_DATE_NOT_REAL', params: { value } };
  }
  return { code: 'USAGE_DATE_UNREADABLE', params: { value } };
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
    const spec = FORMATS[format];
    const expected = [spec.email[0], spec.day[0]].join('", "');
    return { ...empty, errors: [{ row: 1, code: 'USAGE_HEADER_MISMATCH', params: { format, expected, detected } }] };
  }
  if (data.length === 0) return { ...empty, errors: [{ row: 2, code: 'USAGE_FILE_EMPTY', params: {} }] };
  if (data.length > MAX_USAGE_ROWS) {
    return { ...empty, errors: [{ row: MAX_USAGE_ROWS + 2, code: 'USAGE_TOO_MANY_ROWS', params: { max: MAX_USAGE_ROWS } }] };
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
    const problems: Message[] = [];
    const email = normalizeEmail(cell(columns.email));
    if (!EMAIL.test(email)) problems.push(email ? { code: 'CELL_NOT_AN_EMAIL', params: { column: 'email', value: email } } : { code: 'USAGE_EMAIL_MISSING', params: {} });
    const rawDay = cell(columns.day);
    let day: IsoDate | null = null;
    if (!rawDay) {
      // A user-activity report lists people who never used the CRM with no date: no use, no error.
      if (format === 'DYNAMICS' && problems.length === 0) {
        ignored += 1;
        return;
      }
      problems.push({ code: 'USAGE_DATE_MISSING', params: {} });
    } else {
      const read = usageDay(rawDay);
      if (typeof read !== 'string') problems.push(read);
      else if (read > latest) problems.push({ code: 'USAGE_DATE_IN_FUTURE', params: { day: read } });
      else day = read;
    }
    let count = 1;
    const rawCount = cell(columns.count);
    if (rawCount) {
      if (!/^\d+$/.test(rawCount) || Number(rawCount) > MAX_USAGE_COUNT) problems.push({ code: 'USAGE_COUNT_INVALID', params: { value: rawCount, max: MAX_USAGE_COUNT } });
      else count = Number(rawCount);
    }
    if (problems.length) {
      errors.push(...problems.map((problem) => ({ row, ...problem })));
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
