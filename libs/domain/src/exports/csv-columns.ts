/**
 * The columns of each CSV file the product writes, in the order export writes them. They sit
 * apart from the rules that read the files so that the message catalogues can name a column by
 * its header (csv-headers.ts) without importing those rules, which word their own messages.
 */
export const REQUIREMENT_CSV_COLUMNS = ['title', 'description', 'department', 'priority', 'status', 'stakeholder_email', 'gap_note'] as const;

export const PLAN_CSV_COLUMNS = ['title', 'phase', 'role', 'start', 'finish', 'duration', 'predecessors'] as const;

export const ATTENDANCE_CSV_COLUMNS = ['session', 'date', 'person', 'email', 'attendance'] as const;
