import { formatDay } from '../shared/dates/calendar-days';
import { formatIntlLocale } from '../shared/format/format-locale';
import { formatInstant, formatPct } from '../shared/format/formats';
import { browserTimeZone } from '../shared/format/user-time-zone';

/**
 * Turns an audit event's raw before/after JSON (the changed database columns, snake_case) into
 * lines a project manager can read: "Due date: Mar 2, 2026 → Mar 9, 2026".
 */

export interface AuditChange {
  field: string;
  /** Absent for a record that was created (nothing before). */
  from?: string;
  /** Absent for a record that was deleted or removed (nothing after). */
  to?: string;
}

/** Names of records the history may refer to by id (phases, milestones, users…). */
export type NameLookup = ReadonlyMap<string, string>;

/** Columns that say nothing to a reader: keys, ordering and bookkeeping. */
const HIDDEN = new Set(['id', 'project_id', 'version', 'seq', 'position', 'created_at', 'updated_at', 'created_by']);

const FIELD_LABELS: Record<string, string> = {
  crm_product: 'CRM product',
  target_go_live_date: 'Target go-live',
  start_date: 'Start date',
  due_date: 'Due date',
  planned_start: 'Planned start',
  planned_end: 'Planned end',
  actual_start: 'Actual start',
  actual_end: 'Actual end',
  completed_at: 'Completed',
  assignee_id: 'Assignee',
  person_id: 'Person',
  role_id: 'Role',
  role_key: 'Role',
  phase_id: 'Phase',
  milestone_id: 'Milestone',
  is_primary: 'Primary holder',
  allocation_percent: 'Allocation',
  estimate_hours: 'Estimate (hours)',
  capacity_hours_per_week: 'Capacity (hours a week)',
  depends_on_ids: 'Depends on',
  done: 'Done',
};

const ENTITY_LABELS: Record<string, string> = {
  Task: 'Task',
  Milestone: 'Milestone',
  Phase: 'Phase',
  Project: 'Project',
  ExitCriterion: 'Exit criterion',
  RoleAssignment: 'Role assignment',
  Role: 'Role',
  ProjectMember: 'Project member',
  Person: 'Person',
};

/** Parses a before/after column; anything that is not a JSON object reads as "nothing". */
export function parseAuditValues(json: string | null | undefined): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * The readable changes between two sets of column values: one line per field that differs, in the
 * order the columns came, with ids resolved to names where the lookup knows them.
 */
export function auditChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  names: NameLookup = new Map(),
  timeZone: string = browserTimeZone(),
): AuditChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !HIDDEN.has(k));
  const changes: AuditChange[] = [];
  for (const key of keys) {
    const old = before?.[key];
    const now = after?.[key];
    if (before && after && JSON.stringify(old) === JSON.stringify(now)) continue;
    // A record created or deleted lists what it held; its empty columns are noise.
    if (!(before && after) && isEmpty(before ? old : now)) continue;
    const change: AuditChange = { field: fieldLabel(key) };
    if (before && key in before) change.from = displayValue(key, old, names, timeZone);
    if (after && key in after) change.to = displayValue(key, now, names, timeZone);
    changes.push(change);
  }
  return changes;
}

/** "Milestone completed", "Exit criterion checked", "Task status changed". */
export function describeAuditEvent(entityType: string, action: string): string {
  const entity = ENTITY_LABELS[entityType] ?? sentenceCase(entityType.replace(/([a-z])([A-Z])/g, '$1 $2'));
  return `${entity} ${action.replace(/_/g, ' ').toLowerCase()}`;
}

/**
 * What the event is about, for the reader: a name from the lookup, else the name, title or label
 * the event carries. Null when neither knows.
 */
export function auditSubject(
  entityId: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  names: NameLookup = new Map(),
): string | null {
  const known = names.get(entityId);
  if (known) return known;
  for (const values of [after, before]) {
    for (const key of ['name', 'title', 'label', 'email']) {
      const value = values?.[key];
      if (typeof value === 'string' && value.trim()) return value;
    }
  }
  return null;
}

export function fieldLabel(key: string): string {
  const known = FIELD_LABELS[key];
  if (known) return known;
  const words = key
    .replace(/_id$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ');
  return sentenceCase(words);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ENUM = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
/** Columns holding API enums (IN_PROGRESS…); elsewhere capitals may be a name, such as "SAP". */
const ENUM_COLUMNS = new Set(['status', 'priority', 'permission', 'kind', 'template', 'team_model']);
const LONG_TEXT = 120;

/** A column's value as the history shows it; a moment is shown in `timeZone` (the viewer's), the zone named. */
export function displayValue(key: string, value: unknown, names: NameLookup = new Map(), timeZone: string = browserTimeZone()): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return key.endsWith('_percent') ? formatPct(value / 100, '1.0-2') : String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    return value.map((item) => displayValue(key, item, names, timeZone)).join(', ');
  }
  if (typeof value === 'string') {
    if (UUID.test(value)) return names.get(value) ?? 'another record';
    // Date columns are days; some drivers send them as midnight UTC timestamps.
    if (ISO_DAY.test(value) || (isDayColumn(key) && ISO_TIMESTAMP.test(value))) return formatDay(value);
    if (ISO_TIMESTAMP.test(value)) {
      const at = new Date(value);
      return Number.isNaN(at.getTime()) ? value : formatInstant(at, timeZone);
    }
    if (value === 'TODO' && ENUM_COLUMNS.has(key)) return 'To do';
    if (ENUM.test(value) && (ENUM_COLUMNS.has(key) || value.includes('_'))) return sentenceCase(value.replace(/_/g, ' ').toLowerCase());
    return value.length > LONG_TEXT ? `${value.slice(0, LONG_TEXT - 1)}…` : value;
  }
  return JSON.stringify(value);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function isDayColumn(key: string): boolean {
  return /(_date|_start|_end)$/.test(key) && key !== 'completed_at';
}

function sentenceCase(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const lower = trimmed.toLowerCase();
  return lower[0].toUpperCase() + lower.slice(1);
}

// ---------------------------------------------------------------------------------------------
// When

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "just now", "5 minutes ago", "yesterday", "3 weeks ago". */
export function relativeTime(at: string, now: Date = new Date()): string {
  const time = new Date(at).getTime();
  if (Number.isNaN(time)) return at;
  let amount = (time - now.getTime()) / 1000;
  if (Math.abs(amount) < 45) return 'just now';
  for (const [unit, size] of STEPS) {
    if (Math.abs(Math.round(amount)) < size) return new Intl.RelativeTimeFormat(formatIntlLocale(), { numeric: 'auto' }).format(Math.round(amount), unit);
    amount /= size;
  }
  return at;
}

/** "Monday, 2 March 2026, 09:05 CET" in the viewer's zone, for the hover text. */
export function absoluteTime(at: string, timeZone: string = browserTimeZone()): string {
  return formatInstant(at, timeZone, 'full');
}

// ---------------------------------------------------------------------------------------------
// One row of the history

export interface AuditEventLike {
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  actorName: string | null;
  at: string;
  before: string | null;
  after: string | null;
}

export interface HistoryRow {
  id: string;
  at: string;
  /** "3 hours ago". */
  when: string;
  /** "Monday, 2 March 2026, 09:05 CET" in the viewer's zone, shown on hover. */
  whenExactly: string;
  who: string;
  what: string;
  subject: string | null;
  changes: AuditChange[];
}

export function historyRow(event: AuditEventLike, names: NameLookup = new Map(), now: Date = new Date(), timeZone: string = browserTimeZone()): HistoryRow {
  const before = parseAuditValues(event.before);
  const after = parseAuditValues(event.after);
  const subject = auditSubject(event.entityId, before, after, names);
  return {
    id: event.id,
    at: event.at,
    when: relativeTime(event.at, now),
    whenExactly: absoluteTime(event.at, timeZone),
    who: event.actorName?.trim() || 'Someone',
    what: describeAuditEvent(event.entityType, event.action),
    subject,
    // A new record's name is already its subject; listing it again adds nothing.
    changes: auditChanges(before, after, names, timeZone).filter((c) => !(c.from === undefined && c.to === subject)),
  };
}
