import { CHANNEL_LABELS } from '../communications/communication-view';
import { CATEGORY_LABELS } from '../hypercare/hypercare-view';
import { PERMISSION_LABELS } from '../shared/access/permission-labels';
import { formatDay } from '../shared/dates/calendar-days';
import { formatIntlLocale } from '../shared/format/format-locale';
import { formatInstant, formatPct } from '../shared/format/formats';
import { browserTimeZone } from '../shared/format/user-time-zone';
import { kindWords } from '../shared/trash/kind-words';

/**
 * Turns an audit event's raw before/after JSON (the changed database columns, snake_case) into
 * lines a project manager can read: "Due date: Mar 2, 2026 → Mar 9, 2026". Some records are
 * audited with their GraphQL fields instead (camelCase: `ownerRole`, `wentLiveAt`), so every key
 * is read in snake_case first and both spellings get the same words.
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
  name: $localize`:@@history.field.name:Name`,
  title: $localize`:@@history.field.title:Title`,
  label: $localize`:@@history.field.label:Label`,
  description: $localize`:@@history.field.description:Description`,
  status: $localize`:@@history.field.status:Status`,
  priority: $localize`:@@history.field.priority:Priority`,
  email: $localize`:@@history.field.email:Email`,
  permission: $localize`:@@history.field.permission:Permission`,
  reason: $localize`:@@history.field.reason:Reason`,
  kind: $localize`:@@history.field.kind:Kind`,
  notes: $localize`:@@history.field.notes:Notes`,
  crm_product: $localize`:@@history.field.crmProduct:CRM product`,
  target_go_live_date: $localize`:@@history.field.targetGoLive:Target go-live`,
  go_live_date: $localize`:@@history.field.goLive:Go-live`,
  start_date: $localize`:@@history.field.startDate:Start date`,
  due_date: $localize`:@@history.field.dueDate:Due date`,
  planned_start: $localize`:@@history.field.plannedStart:Planned start`,
  planned_end: $localize`:@@history.field.plannedEnd:Planned end`,
  planned_on: $localize`:@@history.field.plannedOn:Planned for`,
  actual_start: $localize`:@@history.field.actualStart:Actual start`,
  actual_end: $localize`:@@history.field.actualEnd:Actual end`,
  completed_at: $localize`:@@history.field.completed:Completed`,
  assignee_id: $localize`:@@history.field.assignee:Assignee`,
  owner_id: $localize`:@@history.field.owner:Owner`,
  person_id: $localize`:@@history.field.person:Person`,
  role_id: $localize`:@@history.field.role:Role`,
  role_key: $localize`:@@history.field.role:Role`,
  owner_role_key: $localize`:@@history.field.ownerRole:Owner role`,
  phase_id: $localize`:@@history.field.phase:Phase`,
  milestone_id: $localize`:@@history.field.milestone:Milestone`,
  wave_id: $localize`:@@history.field.wave:Wave`,
  is_primary: $localize`:@@history.field.primary:Primary holder`,
  allocation_percent: $localize`:@@history.field.allocation:Allocation`,
  estimate_hours: $localize`:@@history.field.estimate:Estimate (hours)`,
  capacity_hours_per_week: $localize`:@@history.field.capacity:Capacity (hours a week)`,
  depends_on_ids: $localize`:@@history.field.dependsOn:Depends on`,
  done: $localize`:@@history.field.done:Done`,
  likelihood: $localize`:@@history.field.likelihood:Likelihood`,
  impact: $localize`:@@history.field.impact:Impact`,
  mitigation: $localize`:@@history.field.mitigation:Mitigation`,
  channel: $localize`:@@history.field.channel:Channel`,
  audience: $localize`:@@history.field.audience:Audience`,
  location: $localize`:@@history.field.location:Location`,
  starts_at: $localize`:@@history.field.startsAt:Starts`,
  ends_at: $localize`:@@history.field.endsAt:Ends`,
  time_zone: $localize`:@@history.field.timeZone:Time zone`,
  capacity: $localize`:@@history.field.seats:Seats`,
  target: $localize`:@@history.field.target:Target`,
  baseline: $localize`:@@history.field.baseline:Baseline`,
  value: $localize`:@@history.field.value:Value`,
  unit: $localize`:@@history.field.unit:Unit`,
  severity: $localize`:@@history.field.severity:Severity`,
  items: $localize`:@@history.field.items:Items`,
  owner_role: $localize`:@@history.field.ownerRole:Owner role`,
  went_live_at: $localize`:@@history.field.wentLiveAt:Went live`,
  number: $localize`:@@history.field.number:Number`,
  category: $localize`:@@history.field.category:Category`,
};

/** `ownerRole` → `owner_role`, `waveId` → `wave_id`; snake_case keys stay as they are. */
export function snakeKey(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * Kinds of record the history names that the trash does not hold (the trash's own come from
 * KIND_WORDS), lower case as they read inside a sentence.
 */
const HISTORY_KIND_WORDS: Readonly<Record<string, string>> = {
  Project: $localize`:@@history.kind.project:program`,
  ProjectMember: $localize`:@@history.kind.projectMember:program member`,
  Invitation: $localize`:@@history.kind.invitation:invitation`,
  SelectionCriterion: $localize`:@@history.kind.selectionCriterion:selection criterion`,
  VendorScore: $localize`:@@history.kind.vendorScore:vendor score`,
  SupportItem: $localize`:@@history.kind.supportItem:support item`,
  HypercareTargets: $localize`:@@history.kind.hypercareTargets:hypercare targets`,
  UsageImport: $localize`:@@history.kind.usageImport:usage data import`,
};

/**
 * What happened, as a sentence around the kind of record ("Phase reopened"). One message per
 * action, so a language can word each in its own order (Italian names the action first:
 * "Riapertura fase"); an action this client does not know yet reads as its code in words.
 */
const ACTION_WORDS: Readonly<Record<string, (kind: string) => string>> = {
  CREATED: (kind) => $localize`:@@history.action.created:${kind}:kind: created`,
  UPDATED: (kind) => $localize`:@@history.action.updated:${kind}:kind: updated`,
  DELETED: (kind) => $localize`:@@history.action.deleted:${kind}:kind: deleted`,
  RESTORED: (kind) => $localize`:@@history.action.restored:${kind}:kind: restored`,
  COMPLETED: (kind) => $localize`:@@history.action.completed:${kind}:kind: completed`,
  REOPENED: (kind) => $localize`:@@history.action.reopened:${kind}:kind: reopened`,
  STATUS_CHANGED: (kind) => $localize`:@@history.action.statusChanged:${kind}:kind: status changed`,
  STATUS_MOVED_BACK: (kind) => $localize`:@@history.action.statusMovedBack:${kind}:kind: status moved back`,
  CHECKED: (kind) => $localize`:@@history.action.checked:${kind}:kind: checked`,
  UNCHECKED: (kind) => $localize`:@@history.action.unchecked:${kind}:kind: unchecked`,
  ASSIGNED: (kind) => $localize`:@@history.action.assigned:${kind}:kind: assigned`,
  UNASSIGNED: (kind) => $localize`:@@history.action.unassigned:${kind}:kind: unassigned`,
  MEASURED: (kind) => $localize`:@@history.action.measured:${kind}:kind: measured`,
  MEASUREMENT_CORRECTED: (kind) => $localize`:@@history.action.measurementCorrected:${kind}:kind: measurement corrected`,
  MEASUREMENT_REMOVED: (kind) => $localize`:@@history.action.measurementRemoved:${kind}:kind: measurement removed`,
  IMPORTED: (kind) => $localize`:@@history.action.imported:${kind}:kind: imported`,
  MOVED: (kind) => $localize`:@@history.action.moved:${kind}:kind: moved`,
  CARRIED_OVER: (kind) => $localize`:@@history.action.carriedOver:${kind}:kind: carried over`,
  SIGNED_OFF: (kind) => $localize`:@@history.action.signedOff:${kind}:kind: signed off`,
  WENT_LIVE: (kind) => $localize`:@@history.action.wentLive:${kind}:kind: went live`,
  CLOSED: (kind) => $localize`:@@history.action.closed:${kind}:kind: closed`,
  ARCHIVED: (kind) => $localize`:@@history.action.archived:${kind}:kind: archived`,
  CANCELLED: (kind) => $localize`:@@history.action.cancelled:${kind}:kind: cancelled`,
  SCHEDULED: (kind) => $localize`:@@history.action.scheduled:${kind}:kind: scheduled`,
  RETRAINING_SCHEDULED: (kind) => $localize`:@@history.action.retrainingScheduled:${kind}:kind: scheduled for re-training`,
  RECORDED: (kind) => $localize`:@@history.action.recorded:${kind}:kind: recorded`,
  ATTENDANCE_RECORDED: (kind) => $localize`:@@history.action.attendanceRecorded:${kind}:kind: attendance recorded`,
  KEY_USERS_CHANGED: (kind) => $localize`:@@history.action.keyUsersChanged:${kind}:kind: key users changed`,
  USERS_SET: (kind) => $localize`:@@history.action.usersSet:${kind}:kind: users set`,
  INVITED: (kind) => $localize`:@@history.action.invited:${kind}:kind: invited`,
  LEFT: (kind) => $localize`:@@history.action.left:${kind}:kind: left`,
  REMOVED: (kind) => $localize`:@@history.action.removed:${kind}:kind: removed`,
};

/** Enum values the history shows in words; others read as their code in sentence case. */
const VALUE_WORDS: Readonly<Record<string, string>> = {
  TODO: $localize`:@@history.value.todo:To do`,
  IN_PROGRESS: $localize`:@@history.value.inProgress:In progress`,
  BLOCKED: $localize`:@@history.value.blocked:Blocked`,
  DONE: $localize`:@@history.value.done:Done`,
  NOT_STARTED: $localize`:@@history.value.notStarted:Not started`,
  COMPLETED: $localize`:@@history.value.completed:Completed`,
  PLANNED: $localize`:@@history.value.planned:Planned`,
  ACTIVE: $localize`:@@history.value.active:Active`,
  ON_HOLD: $localize`:@@history.value.onHold:On hold`,
  CANCELLED: $localize`:@@history.value.cancelled:Cancelled`,
  OPEN: $localize`:@@history.value.open:Open`,
  CLOSED: $localize`:@@history.value.closed:Closed`,
  MONITORING: $localize`:@@history.value.monitoring:Monitoring`,
  RESOLVED: $localize`:@@history.value.resolved:Resolved`,
  WAITING: $localize`:@@history.value.waiting:Waiting`,
  PENDING: $localize`:@@history.value.pending:Pending`,
  ...PERMISSION_LABELS,
  CRITICAL: $localize`:@@history.value.critical:Critical`,
  HIGH: $localize`:@@history.value.high:High`,
  MEDIUM: $localize`:@@history.value.medium:Medium`,
  LOW: $localize`:@@history.value.low:Low`,
  READY: $localize`:@@history.value.ready:Ready`,
  LIVE: $localize`:@@history.value.live:Live`,
  SCHEDULED: $localize`:@@history.value.scheduled:Scheduled`,
  HELD: $localize`:@@history.value.held:Held`,
  SENT: $localize`:@@history.value.sent:Sent`,
  SKIPPED: $localize`:@@history.value.skipped:Skipped`,
  CAPTURED: $localize`:@@history.value.captured:Captured`,
  AGREED: $localize`:@@history.value.agreed:Agreed`,
  COVERED: $localize`:@@history.value.covered:Covered`,
  REJECTED: $localize`:@@history.value.rejected:Rejected`,
  DOCUMENTED: $localize`:@@history.value.documented:Documented`,
  REDESIGNED: $localize`:@@history.value.redesigned:Redesigned`,
  VALIDATED: $localize`:@@history.value.validated:Validated`,
  AUTOMATED: $localize`:@@history.value.automated:Automated`,
};

/**
 * Codes whose words depend on the column: a support item's category and a message's channel,
 * in the words their own pages use.
 */
const COLUMN_VALUE_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  category: CATEGORY_LABELS,
  channel: CHANNEL_LABELS,
};

/** MoSCoW priorities are written in capitals in every language. */
const KEPT_AS_WRITTEN = new Set(['MUST', 'SHOULD', 'COULD', 'WONT']);

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
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !HIDDEN.has(snakeKey(k)));
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
  const kind = HISTORY_KIND_WORDS[entityType] ?? kindWords(entityType).one;
  const words = ACTION_WORDS[action];
  const sentence = words ? words(kind) : $localize`:@@history.action.other:${kind}:kind: ${action.replace(/_/g, ' ').toLowerCase()}:action:`;
  return capitalised(sentence);
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
  const known = FIELD_LABELS[snakeKey(key)];
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
const ENUM_COLUMNS = new Set(['status', 'priority', 'permission', 'kind', 'template', 'team_model', 'category', 'channel']);
const LONG_TEXT = 120;
const NONE = $localize`:@@history.value.none:none`;

/** A column's value as the history shows it; a moment is shown in `timeZone` (the viewer's), the zone named. */
export function displayValue(rawKey: string, value: unknown, names: NameLookup = new Map(), timeZone: string = browserTimeZone()): string {
  const key = snakeKey(rawKey);
  if (value === null || value === undefined || value === '') return NONE;
  if (typeof value === 'boolean') return value ? $localize`:@@history.value.yes:yes` : $localize`:@@history.value.no:no`;
  if (typeof value === 'number') return key.endsWith('_percent') ? formatPct(value / 100, '1.0-2') : String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return NONE;
    return value.map((item) => displayValue(key, item, names, timeZone)).join(', ');
  }
  if (typeof value === 'string') {
    if (UUID.test(value)) return names.get(value) ?? $localize`:@@history.value.anotherRecord:another record`;
    // Date columns are days; some drivers send them as midnight UTC timestamps.
    if (ISO_DAY.test(value) || (isDayColumn(key) && ISO_TIMESTAMP.test(value))) return formatDay(value);
    if (ISO_TIMESTAMP.test(value)) {
      const at = new Date(value);
      return Number.isNaN(at.getTime()) ? value : formatInstant(at, timeZone);
    }
    if (ENUM.test(value) && (ENUM_COLUMNS.has(key) || value.includes('_'))) {
      if (KEPT_AS_WRITTEN.has(value)) return value;
      return COLUMN_VALUE_WORDS[key]?.[value] ?? VALUE_WORDS[value] ?? sentenceCase(value.replace(/_/g, ' ').toLowerCase());
    }
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

/** Only the first letter is raised, so a kind written in capitals ("KPI") keeps them. */
function capitalised(text: string): string {
  return text ? text[0].toLocaleUpperCase(formatIntlLocale()) + text.slice(1) : text;
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
  if (Math.abs(amount) < 45) return $localize`:@@history.when.justNow:just now`;
  for (const [unit, size] of STEPS) {
    if (Math.abs(Math.round(amount)) < size) return new Intl.RelativeTimeFormat(formatIntlLocale(), { numeric: 'auto' }).format(Math.round(amount), unit);
    amount /= size;
  }
  return at;
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
    who: event.actorName?.trim() || $localize`:@@history.row.someone:Someone`,
    what: describeAuditEvent(event.entityType, event.action),
    subject,
    // A new record's name is already its subject; listing it again adds nothing.
    changes: auditChanges(before, after, names, timeZone).filter((c) => !(c.from === undefined && c.to === subject)),
  };
}
