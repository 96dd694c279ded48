import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { CommentSubjectType } from '@crm/domain';

/** What a comment needs to know of the record it is written under. */
export interface CommentSubjectRow {
  project_id: string;
  organisation_id: string;
  title: string;
  /** Someone named on the record who answers for it (assignee, owner, stakeholder, trainer). */
  person_id: string | null;
  /** The role that answers for it when nobody is named. */
  role_id: string | null;
  /** The rollout wave the record belongs to, whose holder of the role answers first. */
  wave_id: string | null;
}

/**
 * Per kind, the record's program, a name for it and who answers for it. Read-only: each kind's
 * area owns its table; this is the one statement comments need of them, kept beside the
 * polymorphic subject it resolves (the same role PROJECT_OF plays for the access guard).
 */
const SUBJECT_SQL: Record<CommentSubjectType, string> = {
  TASK: 'SELECT project_id, title, assignee_id AS person_id, role_id, wave_id FROM tasks WHERE id = $1',
  MILESTONE: 'SELECT project_id, name AS title, NULL::uuid AS person_id, owner_role_id AS role_id, NULL::uuid AS wave_id FROM milestones WHERE id = $1',
  RISK: 'SELECT project_id, title, owner_id AS person_id, role_id, NULL::uuid AS wave_id FROM risks WHERE id = $1',
  REQUIREMENT: 'SELECT project_id, title, stakeholder_id AS person_id, NULL::uuid AS role_id, NULL::uuid AS wave_id FROM requirements WHERE id = $1',
  PROCESS: 'SELECT project_id, name AS title, NULL::uuid AS person_id, owner_role_id AS role_id, NULL::uuid AS wave_id FROM processes WHERE id = $1',
  TRAINING_SESSION: 'SELECT project_id, topic AS title, trainer_id AS person_id, NULL::uuid AS role_id, wave_id FROM training_sessions WHERE id = $1',
};

@Injectable()
export class CommentSubjectsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The subject, locked against removal while the comment is written, so no comment is left without it. */
  async find(tx: EntityManager, type: CommentSubjectType, id: string): Promise<CommentSubjectRow | undefined> {
    const rows: CommentSubjectRow[] = await tx.query(
      `SELECT s.*, p.organisation_id FROM (${SUBJECT_SQL[type]} FOR KEY SHARE) s JOIN projects p ON p.id = s.project_id`,
      [id],
    );
    return rows[0];
  }

  /** Whether the subject is in the program, outside any transaction (reading a thread). */
  async isIn(type: CommentSubjectType, id: string, projectId: string): Promise<boolean> {
    const rows: { project_id: string }[] = await this.db.query(SUBJECT_SQL[type], [id]);
    return rows[0]?.project_id === projectId;
  }
}
