import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { InvitationStatus } from '@crm/domain';

import { ProjectPermission } from '../common/access/project-access';
import { InvitationRow } from './models/project-invitation.model';

const WITH_NAMES = `SELECT i.*, p.name AS project_name, p.organisation_id, u.name AS invited_by_name
  FROM project_invitations i JOIN projects p ON p.id = i.project_id JOIN users u ON u.id = i.invited_by`;

/** The project_invitations table, and only this file writes it. */
@Injectable()
export class ProjectInvitationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** How many invitations the account created since `since`, whatever became of them. */
  async countSentSince(tx: EntityManager, userId: string, since: Date): Promise<number> {
    const [row]: { n: string }[] = await tx.query('SELECT count(*) AS n FROM project_invitations WHERE invited_by = $1 AND created_at > $2', [userId, since]);
    return Number(row.n);
  }

  /**
   * A new pending invitation, or the open one for the same email with the new permission; `created`
   * tells which. The partial unique index keeps one pending invitation per project and email.
   */
  async upsertPending(
    tx: EntityManager,
    invitation: { projectId: string; email: string; permission: ProjectPermission; invitedBy: string },
  ): Promise<{ id: string; created: boolean; previousPermission: ProjectPermission | null }> {
    const [existing]: { id: string; permission: ProjectPermission }[] = await tx.query(
      `SELECT id, permission FROM project_invitations WHERE project_id = $1 AND email = $2 AND status = 'PENDING' FOR UPDATE`,
      [invitation.projectId, invitation.email],
    );
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO project_invitations (project_id, email, permission, invited_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (project_id, email) WHERE status = 'PENDING' DO UPDATE SET permission = EXCLUDED.permission
       RETURNING id`,
      [invitation.projectId, invitation.email, invitation.permission, invitation.invitedBy],
    );
    return { id: row.id, created: !existing, previousPermission: existing?.permission ?? null };
  }

  async find(tx: EntityManager, id: string): Promise<InvitationRow | undefined> {
    const rows: InvitationRow[] = await tx.query(`${WITH_NAMES} WHERE i.id = $1 FOR UPDATE OF i`, [id]);
    return rows[0];
  }

  async settle(tx: EntityManager, id: string, status: InvitationStatus): Promise<void> {
    await tx.query('UPDATE project_invitations SET status = $2, answered_at = now() WHERE id = $1', [id, status]);
  }

  /** Pending invitations addressed to the email, newest first. */
  pendingFor(organisationId: string, email: string): Promise<InvitationRow[]> {
    return this.db.query(`${WITH_NAMES} WHERE i.email = $1 AND p.organisation_id = $2 AND i.status = 'PENDING' ORDER BY i.created_at DESC`, [email, organisationId]);
  }

  /** Pending invitations of the project, newest first. */
  pendingOf(projectId: string): Promise<InvitationRow[]> {
    return this.db.query(`${WITH_NAMES} WHERE i.project_id = $1 AND i.status = 'PENDING' ORDER BY i.created_at DESC`, [projectId]);
  }
}
