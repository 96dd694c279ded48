/**
 * How to find the project of a record a client names by id. The guard looks records up here so
 * that every project-scoped operation is checked the same way, whatever area it belongs to.
 */
export interface RecordKind {
  /** SQL that selects `project_id` for the record whose id is $1. */
  projectOf: string;
  /** How an error names the record: "This task was not found." */
  what: string;
}

const direct = (table: string, what: string): RecordKind => ({ projectOf: `SELECT project_id FROM ${table} WHERE id = $1`, what });

export const RECORD_KINDS = {
  Project: { projectOf: 'SELECT id AS project_id FROM projects WHERE id = $1', what: 'Project' },
  Phase: direct('phases', 'This phase'),
  ExitCriterion: {
    projectOf: 'SELECT p.project_id FROM exit_criteria c JOIN phases p ON p.id = c.phase_id WHERE c.id = $1',
    what: 'This exit criterion',
  },
  Milestone: direct('milestones', 'This milestone'),
  Task: direct('tasks', 'This task'),
  Role: direct('roles', 'This role'),
  RoleAssignment: direct('role_assignments', 'This role assignment'),
  Requirement: direct('requirements', 'This requirement'),
  Process: direct('processes', 'This process'),
  Vendor: direct('vendors', 'This vendor'),
  SelectionCriterion: direct('selection_criteria', 'This criterion'),
  RolloutWave: direct('rollout_waves', 'This wave'),
  ReadinessItem: {
    projectOf: 'SELECT w.project_id FROM wave_readiness_items i JOIN rollout_waves w ON w.id = i.wave_id WHERE i.id = $1',
    what: 'This readiness item',
  },
  TrainingSession: direct('training_sessions', 'This training session'),
  Kpi: direct('kpis', 'This KPI'),
  Risk: direct('risks', 'This risk'),
  KpiMeasurement: {
    projectOf: 'SELECT k.project_id FROM kpi_measurements m JOIN kpis k ON k.id = m.kpi_id WHERE m.id = $1',
    what: 'This measurement',
  },
  ProjectInvitation: direct('project_invitations', 'This invitation'),
} satisfies Record<string, RecordKind>;

export type RecordKindName = keyof typeof RECORD_KINDS;
