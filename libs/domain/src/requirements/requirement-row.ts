export const DEPARTMENTS = ['SALES', 'MARKETING', 'FINANCE', 'SERVICE', 'IT', 'MANAGEMENT', 'CUSTOMER'] as const;
export const MOSCOW = ['MUST', 'SHOULD', 'COULD', 'WONT'] as const;
export const REQUIREMENT_STATUSES = ['CAPTURED', 'AGREED', 'COVERED', 'REJECTED'] as const;

export type Department = (typeof DEPARTMENTS)[number];
export type MoscowPriority = (typeof MOSCOW)[number];
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

/** The CSV columns, in the order export writes them and import expects them. */
export const REQUIREMENT_CSV_COLUMNS = ['title', 'description', 'department', 'priority', 'status', 'stakeholder_email', 'gap_note'] as const;

export interface RequirementDraft {
  title: string;
  description: string;
  department: Department;
  priority: MoscowPriority;
  status: RequirementStatus;
  stakeholderEmail: string | null;
  gapNote: string;
}

export type RowResult = { ok: true; value: RequirementDraft } | { ok: false; problems: string[] };

function pick<T extends string>(allowed: readonly T[], raw: string | undefined, fallback: T | undefined, column: string, problems: string[]): T {
  const value = (raw ?? '').trim().toUpperCase().replace(/[\s-]+/g, '_') || fallback;
  if (value && (allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`${column} must be one of ${allowed.join(', ')}${raw?.trim() ? `, not "${raw.trim()}"` : ''}.`);
  return allowed[0];
}

/**
 * Checks one CSV row of requirements. Department and priority are required; status defaults to
 * CAPTURED. Values are case-insensitive ("Must", "must" and "MUST" are the same).
 */
export function parseRequirementRow(row: Record<string, string | undefined>): RowResult {
  const problems: string[] = [];
  const title = (row['title'] ?? '').trim();
  if (!title) problems.push('title is required.');
  if (title.length > 200) problems.push('title must be at most 200 characters.');
  const department = pick(DEPARTMENTS, row['department'], undefined, 'department', problems);
  const priority = pick(MOSCOW, row['priority'], undefined, 'priority', problems);
  const status = pick(REQUIREMENT_STATUSES, row['status'], 'CAPTURED', 'status', problems);
  const email = (row['stakeholder_email'] ?? '').trim().toLowerCase();
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) problems.push(`stakeholder_email "${email}" is not an email address.`);
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
