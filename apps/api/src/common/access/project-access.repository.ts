import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ProjectPermission } from './project-access';

const direct = (table: string) => `SELECT project_id FROM ${table} WHERE id = $1`;

/**
 * How to find the project of a record a client names by id: SQL selecting `project_id` for the
 * record whose id is $1. The guard looks records up here so every project-scoped operation is
 * checked the same way, whatever area it belongs to.
 */
const PROJECT_OF = {
  Project: 'SELECT id AS project_id FROM projects WHERE id = $1',
  Phase: direct('phases'),
  ExitCriterion: 'SELECT p.project_id FROM exit_criteria c JOIN phases p ON p.id = c.phase_id WHERE c.id = $1',
  Milestone: direct('milestones'),
  Task: direct('tasks'),
  Role: direct('roles'),
  RoleAssignment: direct('role_assignments'),
  Requirement: direct('requirements'),
  Process: direct('processes'),
  Vendor: direct('vendors'),
  SelectionCriterion: direct('selection_criteria'),
  RolloutWave: direct('rollout_waves'),
  ReadinessItem: 'SELECT w.project_id FROM wave_readiness_items i JOIN rollout_waves w ON w.id = i.wave_id WHERE i.id = $1',
  TrainingSession: direct('training_sessions'),
  Communication: direct('communications'),
  Kpi: direct('kpis'),
  Risk: direct('risks'),
  SupportItem: direct('support_items'),
  Baseline: direct('baselines'),
  KpiMeasurement: 'SELECT k.project_id FROM kpi_measurements m JOIN kpis k ON k.id = m.kpi_id WHERE m.id = $1',
  Score: direct('vendor_scores'),
  AttendanceEntry: 'SELECT s.project_id FROM attendance a JOIN training_sessions s ON s.id = a.session_id WHERE a.id = $1',
  UsageReview: 'SELECT w.project_id FROM usage_reviews u JOIN rollout_waves w ON w.id = u.wave_id WHERE u.id = $1',
  // Anything a thread of comments can sit under, by its id alone (ids are UUIDs, unique across tables).
  CommentSubject: ['tasks', 'milestones', 'risks', 'requirements', 'processes', 'training_sessions'].map(direct).join(' UNION ALL '),
  Comment: direct('comments'),
  // A removed record, by its own id: the program whose trash holds it.
  TrashedRecord: 'SELECT project_id FROM trash_entries WHERE record_id = $1 AND project_id IS NOT NULL ORDER BY removed_at DESC LIMIT 1',
} satisfies Record<string, string>;

export type RecordKindName = keyof typeof PROJECT_OF;

export interface Membership {
  projectId: string;
  permission: ProjectPermission | null;
  /** The program is archived: read-only until an owner unarchives it. */
  archived: boolean;
  /** The program was removed: nobody sees it, only an owner can restore it. */
  removed: boolean;
}

/** Membership lookups for the project-access guard: one statement per operation. */
@Injectable()
export class ProjectAccessRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The project of the record and the user's permission in it; undefined when there is no such record,
   * or when it belongs to another organisation (which answers exactly like a record that does not exist).
   */
  async membershipVia(kind: RecordKindName, recordId: string, userId: string): Promise<Membership | undefined> {
    const rows: { project_id: string; permission: ProjectPermission | null; archived: boolean; removed: boolean }[] = await this.db.query(
      `SELECT r.project_id, m.permission, p.archived_at IS NOT NULL AS archived, p.removed_at IS NOT NULL AS removed FROM (${PROJECT_OF[kind]}) r
       JOIN projects p ON p.id = r.project_id AND p.organisation_id = (SELECT u.organisation_id FROM users u WHERE u.id = $2)
       LEFT JOIN project_members m ON m.project_id = r.project_id AND m.user_id = $2`,
      [recordId, userId],
    );
    return rows[0] ? { projectId: rows[0].project_id, permission: rows[0].permission, archived: rows[0].archived, removed: rows[0].removed } : undefined;
  }

  /** For the few operations that must look inside a transaction (e.g. listing members while sharing). */
  async permissionOf(projectId: string, userId: string): Promise<ProjectPermission | null> {
    const rows: { permission: ProjectPermission }[] = await this.db.query(
      'SELECT permission FROM project_members WHERE project_id = $1 AND user_id = $2',
      [projectId, userId],
    );
    return rows[0]?.permission ?? null;
  }
}
