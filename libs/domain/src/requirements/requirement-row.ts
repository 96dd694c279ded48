import { REQUIREMENT_CSV_COLUMNS } from '../exports/csv-columns';
import type { Message } from '../messages/message';

/** The longest title a requirement may have, as the API's input checks it too. */
const REQUIREMENT_TITLE_MAX = 200;

export const DEPARTMENTS = ['SALES', 'MARKETING', 'FINANCE', 'SERVICE', 'IT', 'MANAGEMENT', 'CUSTOMER'] as const;
export const MOSCOW = ['MUST', 'SHOULD', 'COULD', 'WONT'] as const;
export const REQUIREMENT_STATUSES = ['CAPTURED', 'AGREED', 'COVERED', 'REJECTED'] as const;

export type Department = (typeof DEPARTMENTS)[number];
export type MoscowPriority = (typeof MOSCOW)[number];
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

/** The CSV columns, in the order export writes them and import expects them. */
export { REQUIREMENT_CSV_COLUMNS };

export interface RequirementDraft {
  title: string;
  description: string;
  department: Department;
  priority: MoscowPriority;
  status: RequirementStatus;
  stakeholderEmail: string | null;
  gapNote: string;
}

export type RowResult = { ok: true; value: RequirementDraft } | { ok: false; problems: Message[] };

function pick<T extends string>(allowed: readonly T[], raw: string | undefined, fallback: T | undefined, column: string, problems: Message[]): T {
  const value = (raw ?? '').trim().toUpperCase().replace(/[\s-]+/g, '_') || fallback;
  if (value && (allowed as readonly string[]).includes(value)) return value as T;
  problems.push({ code: 'CELL_NOT_ONE_OF', params: { table: 'requirements', column, choices: allowed.join(', '), given: raw?.trim() ?? '' } });
  return allowed[0];
}

/**
 * Checks one CSV row of requirements. Department and priority are required; status defaults to
 * CAPTURED. Values are case-insensitive ("Must", "must" and "MUST" are the same).
 */
export function parseRequirementRow(row: Record<string, string | undefined>): RowResult {
  const problems: Message[] = [];
  const title = (row['title'] ?? '').trim();
  if (!title) problems.push({ code: 'CELL_REQUIRED', params: { table: 'requirements', column: 'title' } });
  if (title.length > REQUIREMENT_TITLE_MAX) problems.push({ code: 'CELL_TOO_LONG', params: { table: 'requirements', column: 'title', max: REQUIREMENT_TITLE_MAX } });
  const department = pick(DEPARTMENTS, row['department'], undefined, 'department', problems);
  const priority = pick(MOSCOW, row['priority'], undefined, 'priority', problems);
  const status = pick(REQUIREMENT_STATUSES, row['status'], 'CAPTURED', 'status', problems);
  const email = (row['stakeholder_email'] ?? '').trim().toLowerCase();
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) problems.push({ code: 'CELL_NOT_AN_EMAIL', params: { table: 'requirements', column: 'stakeholder_email', value: email } });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      title,
      description: (row['description'] ?? '').trim(),
      department,
      priority,
      status,
      stakeholderEmail: email || null,
      gapNote: (row['gap_note'] ?? '').trim(),
    },
  };
}
