import { RecordKindName } from '../common/access/project-access.repository';

/** A kind of record that can be removed to the trash and restored, as the API names it (`deleteX`, `restoreX`). */
export interface TrashableKind {
  table: string;
  /** SQL over the record as `r` naming it in the trash and in history. */
  title: string;
  /** How the project-access guard finds the record's program; undefined for the shared people directory. */
  guard?: RecordKindName;
  /** How errors name the record, e.g. "This milestone". */
  what: string;
  /**
   * Why this record may not be removed, as `[state, message]`, judged from its row; e.g. the
   * standard roles and phases the program's rules are built on. Undefined when it may.
   */
  refuse?: (row: Record<string, unknown>, takenAlong: ReadonlyMap<string, number>) => [state: string, message: string] | undefined;
  /**
   * A place unique within `scope` (a phase's position in its program): when something else took
   * it while the record was in the trash, the record comes back at the end instead.
   */
  place?: { column: string; scope: string };
}

const nameOf = (table: string, idColumn: string) => `(SELECT x.name FROM ${table} x WHERE x.id = r.${idColumn})`;

export const TRASHABLE = {
  Phase: {
    table: 'phases',
    title: 'r.name',
    guard: 'Phase',
    what: 'This phase',
    place: { column: 'position', scope: 'project_id' },
    refuse: (row) =>
      row['kind'] === 'CUSTOM' ? undefined : ['STANDARD_PHASE', 'The standard phases carry the program’s gates and rules; only phases you added can be removed.'],
  },
  ExitCriterion: { table: 'exit_criteria', title: 'r.label', guard: 'ExitCriterion', what: 'This exit criterion', place: { column: 'position', scope: 'phase_id' } },
  Milestone: { table: 'milestones', title: 'r.name', guard: 'Milestone', what: 'This milestone' },
  Task: { table: 'tasks', title: 'r.title', guard: 'Task', what: 'This task' },
  Role: {
    table: 'roles',
    title: 'r.name',
    guard: 'Role',
    what: 'This role',
    refuse: (row) => (row['custom'] ? undefined : ['STANDARD_ROLE', 'The standard roles are used by the program’s rules; only roles you added can be removed.']),
  },
  RoleAssignment: {
    table: 'role_assignments',
    title: `${nameOf('people', 'person_id')} || ' as ' || ${nameOf('roles', 'role_id')}`,
    guard: 'RoleAssignment',
    what: 'This role assignment',
  },
  Person: { table: 'people', title: 'r.name', what: 'This person' },
  Requirement: { table: 'requirements', title: 'r.title', guard: 'Requirement', what: 'This requirement' },
  Process: { table: 'processes', title: 'r.name', guard: 'Process', what: 'This process' },
  Vendor: { table: 'vendors', title: 'r.name', guard: 'Vendor', what: 'This vendor' },
  Criterion: { table: 'selection_criteria', title: 'r.name', guard: 'SelectionCriterion', what: 'This criterion', place: { column: 'position', scope: 'project_id' } },
  Score: {
    table: 'vendor_scores',
    title: `${nameOf('vendors', 'vendor_id')} || ' · ' || ${nameOf('selection_criteria', 'criterion_id')}`,
    guard: 'Score',
    what: 'This score',
  },
  RolloutWave: { table: 'rollout_waves', title: 'r.name', guard: 'RolloutWave', what: 'This wave' },
  ReadinessItem: { table: 'wave_readiness_items', title: 'r.label', guard: 'ReadinessItem', what: 'This readiness item' },
  // A message of a wave's communications plan; it also goes with its wave (ON DELETE CASCADE).
  Communication: { table: 'communications', title: 'r.title', guard: 'Communication', what: 'This message' },
  TrainingSession: {
    table: 'training_sessions',
    title: 'r.topic',
    guard: 'TrainingSession',
    what: 'This training session',
    refuse: (_row, takenAlong) =>
      takenAlong.get('attendance')
        ? ['INVITATIONS_SENT', 'People were invited to this session; cancel it instead, so it stays in the history of its wave.']
        : undefined,
  },
  AttendanceEntry: {
    table: 'attendance',
    title: `${nameOf('people', 'person_id')} || ' · ' || (SELECT s.topic FROM training_sessions s WHERE s.id = r.session_id)`,
    guard: 'AttendanceEntry',
    what: 'This attendance entry',
  },
  UsageReview: {
    table: 'usage_reviews',
    title: `coalesce(${nameOf('people', 'person_id')}, r.business_unit, 'Usage review') || ' · ' || r.reviewed_on::text`,
    guard: 'UsageReview',
    what: 'This usage review',
  },
  Kpi: { table: 'kpis', title: 'r.name', guard: 'Kpi', what: 'This KPI' },
  KpiMeasurement: {
    table: 'kpi_measurements',
    title: `(SELECT k.name FROM kpis k WHERE k.id = r.kpi_id) || ' · ' || r.measured_on::text`,
    guard: 'KpiMeasurement',
    what: 'This measurement',
  },
  Risk: { table: 'risks', title: 'r.title', guard: 'Risk', what: 'This risk' },
  // Its items go with it (ON DELETE CASCADE) and come back with it; nothing else points at a baseline.
  Baseline: { table: 'baselines', title: 'r.name', guard: 'Baseline', what: 'This baseline' },
} satisfies Record<string, TrashableKind>;

export type TrashableKindName = keyof typeof TRASHABLE;
export const TRASHABLE_KINDS = Object.keys(TRASHABLE) as TrashableKindName[];

/**
 * What happens to rows that point at a removed record, where the database's own rule is not what
 * the product wants. Unlisted keys follow the database: ON DELETE CASCADE rows go with the record
 * (and come back with it), SET NULL references are cleared (and put back), anything else blocks
 * the removal until the user deals with it (a role that owns tasks, a vendor named in the
 * selection decision, a person who trains sessions).
 */
export const REFERENCE_POLICY: Record<string, 'cascade' | 'relink' | 'block'> = {
  // A custom phase goes with its tasks; they come back with it.
  'tasks.phase_id': 'cascade',
  // A person leaves the directory with their role assignments, key-user places, attendance and reviews.
  'role_assignments.person_id': 'cascade',
  'wave_key_users.person_id': 'cascade',
  'attendance.person_id': 'cascade',
  'usage_reviews.person_id': 'cascade',
  // … and with their imported CRM use and their places in waves added by hand.
  'usage_events.person_id': 'cascade',
  'wave_users.person_id': 'cascade',
  // … and stops being named on tasks, risks and requirements, which fall back to their role.
  'tasks.assignee_id': 'relink',
  'risks.owner_id': 'relink',
  'requirements.stakeholder_id': 'relink',
  // A removed custom role no longer owns risks or processes; they show as unowned.
  'risks.role_id': 'relink',
  'processes.owner_role_id': 'relink',
  // … nor is it reminded of milestones: they go back to the project manager.
  'milestones.owner_role_id': 'relink',
  // The jobs table has no reference to a removable record (its subject_id has no foreign key):
  // JobsService.subjectsRemoved deletes the jobs of everything a removal takes along, and a
  // restore schedules them anew (a reminder's moment may have passed meanwhile).
  // notifications and notification_preferences need no entry: they reference only users and
  // projects (ON DELETE CASCADE, actor SET NULL), which are never moved to the trash. Their
  // subject is a loose (type, id) without a foreign key, so a trashed task keeps its notifications,
  // whose link shows "Not found" until it is restored.
  // … nor phase gates or KPIs: the project manager and the CRM analyst answer for them again.
  'phases.owner_role_id': 'relink',
  'kpis.owner_role_id': 'relink',
  // … and a removed custom role no longer sends messages: the communications lead is reminded instead.
  'communications.owner_role_id': 'relink',
};

/**
 * Rows that point at records of several kinds by a kind column and an id column, so no foreign
 * key can say what goes with a removal: they go with the record they name and come back with it.
 * Their own children (a comment's revisions and mentions) follow the foreign keys as usual.
 */
export const POLYMORPHIC_CHILDREN: readonly { table: string; typeColumn: string; idColumn: string; types: Readonly<Record<string, string>> }[] = [
  {
    table: 'comments',
    typeColumn: 'subject_type',
    idColumn: 'subject_id',
    types: { tasks: 'TASK', milestones: 'MILESTONE', risks: 'RISK', requirements: 'REQUIREMENT', processes: 'PROCESS', training_sessions: 'TRAINING_SESSION' },
  },
];

/** The record kind each table holds, for telling a user what goes with a removal (link tables included). */
export const TABLE_KIND: Record<string, string> = {
  ...Object.fromEntries(Object.entries(TRASHABLE).map(([kind, k]) => [k.table, kind])),
  task_dependencies: 'TaskDependency',
  process_requirements: 'ProcessRequirementLink',
  criterion_requirements: 'CriterionRequirementLink',
  wave_key_users: 'WaveKeyUser',
  wave_users: 'WaveUser',
  usage_events: 'UsageEvent',
  session_materials: 'SessionMaterial',
  selection_decisions: 'SelectionDecision',
  comments: 'Comment',
  comment_revisions: 'CommentRevision',
  comment_mentions: 'CommentMention',
  baseline_items: 'BaselineItem',
};
