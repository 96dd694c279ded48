import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ProjectPermission } from '../common/access/project-access';
import { MilestoneStatus } from '../phases/models/phase.model';
import { ProjectRow } from '../projects/models/project.model';
import { RiskStatus } from '../risks/models/risk.model';
import { AttendanceStatus, SessionStatus } from '../training/models/training.model';

export interface MyProgramRow extends ProjectRow {
  permission: ProjectPermission;
  /** The person holds at least one role of the program (primary or not). */
  holds_a_role: boolean;
}

export interface MySessionRow {
  id: string;
  project_id: string;
  wave_id: string;
  topic: string;
  starts_at: Date;
  time_zone: string;
  status: SessionStatus;
  as_trainer: boolean;
}

export interface MyRiskRow {
  id: string;
  project_id: string;
  title: string;
  status: RiskStatus;
  likelihood: number;
  impact: number;
  /** Named as the risk's owner, rather than owning it as the primary holder of its role. */
  as_owner: boolean;
}

export interface MyMilestoneRow {
  id: string;
  project_id: string;
  phase_id: string;
  name: string;
  due_date: string;
  status: MilestoneStatus;
}

/**
 * The reads of "My work" that no area answers for one person across programs: sessions, risks and
 * milestones. It writes nothing; the tasks come from TasksRepository.ownedBy, the contract-tested
 * SQL form of `ownerFor`. Each read is one statement for any number of programs and rows, and
 * stops at `limit` rows (the caller asks for one more than it shows, to know there is more).
 */
@Injectable()
export class MyWorkRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The programs in use the user is a member of, with their permission and whether their person
   * holds a role there. An archived program is read-only and out of everyone's way: its work is
   * nobody's to do now.
   */
  programsOf(userId: string, personId: string | null): Promise<MyProgramRow[]> {
    return this.db.query(
      `SELECT p.*, m.permission,
              EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.project_id = p.id AND ra.person_id = $2) AS holds_a_role
       FROM projects p JOIN project_members m ON m.project_id = p.id AND m.user_id = $1
       WHERE p.archived_at IS NULL
       ORDER BY p.created_at DESC`,
      [userId, personId],
    );
  }

  /**
   * Scheduled sessions not over yet that the person trains, or is invited to or marked as
   * attending; excused and absent people have said they are not coming.
   */
  upcomingSessionsOf(personId: string, projectIds: readonly string[], limit: number): Promise<MySessionRow[]> {
    return this.db.query(
      `SELECT s.id, s.project_id, s.wave_id, s.topic, s.starts_at, s.time_zone, s.status, s.trainer_id = $1 AS as_trainer
       FROM training_sessions s
       WHERE s.project_id = ANY($2) AND s.status = '${SessionStatus.SCHEDULED}'
         AND s.starts_at + s.duration_minutes * interval '1 minute' > now()
         AND (s.trainer_id = $1 OR EXISTS (
           SELECT 1 FROM attendance a WHERE a.session_id = s.id AND a.person_id = $1
             AND a.status IN ('${AttendanceStatus.INVITED}', '${AttendanceStatus.ATTENDED}')))
       ORDER BY s.starts_at, s.id LIMIT $3`,
      [personId, projectIds, limit],
    );
  }

  /**
   * Risks not closed that the person owns by the owner rule the risk page shows (`ownerFor`: the
   * named owner, else the primary holder of the risk's role); written like the tasks' `ownedBy`,
   * the roles first as an array. test/api/my-work checks both branches and the case where someone
   * else is named.
   */
  openRisksOwnedBy(personId: string, projectIds: readonly string[], limit: number): Promise<MyRiskRow[]> {
    return this.db.query(
      `SELECT r.id, r.project_id, r.title, r.status, r.likelihood, r.impact, r.owner_id IS NOT NULL AS as_owner
       FROM risks r
       WHERE r.project_id = ANY($2) AND r.status <> '${RiskStatus.CLOSED}'
         AND (r.owner_id = $1 OR (r.owner_id IS NULL
           AND r.role_id = ANY(ARRAY(SELECT role_id FROM role_assignments WHERE person_id = $1 AND is_primary))))
       ORDER BY r.created_at, r.id LIMIT $3`,
      [personId, projectIds, limit],
    );
  }

  /** Milestones not done of the programs asked for, soonest due first. */
  openMilestonesOf(projectIds: readonly string[], limit: number): Promise<MyMilestoneRow[]> {
    return this.db.query(
      `SELECT m.id, m.project_id, m.phase_id, m.name, m.due_date, m.status
       FROM milestones m
       WHERE m.project_id = ANY($1) AND m.status <> '${MilestoneStatus.DONE}'
       ORDER BY m.due_date, m.name, m.id LIMIT $2`,
      [projectIds, limit],
    );
  }
}
