import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { OrganisationRole, StoredInvitationStatus } from '@crm/domain';

import { ProjectPermission } from '../common/access/project-access';

export interface InvitationRow {
  id: string;
  organisation_id: string;
  email: string;
  role: OrganisationRole;
  project_id: string | null;
  permission: ProjectPermission | null;
  expires_at: Date;
  status: StoredInvitationStatus;
  invited_by: string | null;
  created_at: Date;
  sent_at: Date;
  project_name: string | null;
  invited_by_name: string | null;
  invited_by_email: string | null;
  organisation_name: string;
}

const WITH_NAMES = `SELECT i.id, i.organisation_id, i.email, i.role, i.project_id, i.permission, i.expires_at, i.status, i.invited_by,
    i.created_at, i.sent_at, p.name AS project_name, u.name AS invited_by_name, u.email AS invited_by_email, o.name AS organisation_name
  FROM organisation_invitations i
  JOIN organisations o ON o.id = i.organisation_id
  LEFT JOIN projects p ON p.id = i.project_id
  LEFT JOIN users u ON u.id = i.invited_by`;

/** The organisation_invitations table, and only this file writes it. */
@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async countSentSince(tx: EntityManager, userId: string, since: Date): Promise<number> {
    const [row]: { n: string }[] = await tx.query('SELECT count(*) AS n FROM organisation_invitations WHERE invited_by = $1 AND sent_at > $2', [userId, since]);
    return Number(row.n);
  }

  /** A new pending invitation, or the open one for the same email and program with a new link. */
  async upsertPending(
    tx: EntityManager,
    invitation: { organisationId: string; email: string; role: OrganisationRole; projectId: string | null; permission: ProjectPermission | null; hash: string; expiresAt: Date; invitedBy: string },
  ): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO organisation_invitations (organisation_id, email, role, project_id, permission, token_hash, expires_at, invited_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (organisation_id, email, project_id) WHERE status = 'PENDING'
       DO UPDATE SET role = EXCLUDED.role, permission = EXCLUDED.permission, token_hash = EXCLUDED.token_hash,
         expires_at = EXCLUDED.expires_at, invited_by = EXCLUDED.invited_by, sent_at = now()
       RETURNING id`,
      [invitation.organisationId, invitation.email, invitation.role, invitation.projectId, invitation.permission, invitation.hash, invitation.expiresAt, invitation.invitedBy],
    );
    return row.id;
  }

  async find(tx: EntityManager, id: string): Promise<InvitationRow | undefined> {
    const rows: InvitationRow[] = await tx.query(`${WITH_NAMES} WHERE i.id = $1`, [id]);
    return rows[0];
  }

  /** Locked: two acceptances of one link take turns, and the second finds it accepted. */
  async lockByHash(tx: EntityManager, hash: string): Promise<InvitationRow | undefined> {
    const rows: InvitationRow[] = await tx.query(`${WITH_NAMES} WHERE i.token_hash = $1 FOR UPDATE OF i`, [hash]);
    return rows[0];
  }

  async lockInOrganisation(tx: EntityManager, organisationId: string, id: string): Promise<InvitationRow | undefined> {
    const rows: InvitationRow[] = await tx.query(`${WITH_NAMES} WHERE i.id = $1 AND i.organisation_id = $2 FOR UPDATE OF i`, [id, organisationId]);
    return rows[0];
  }

  async byHash(hash: string): Promise<(InvitationRow & { account_exists: boolean }) | undefined> {
    const rows: (InvitationRow & { account_exists: boolean })[] = await this.db.query(
      `SELECT x.*, EXISTS (SELECT 1 FROM users a WHERE a.email = x.email) AS account_exists FROM (${WITH_NAMES} WHERE i.token_hash = $1) x`,
      [hash],
    );
    return rows[0];
  }

  async renewLink(tx: EntityManager, id: string, hash: string, expiresAt: Date): Promise<void> {
    await tx.query('UPDATE organisation_invitations SET token_hash = $2, expires_at = $3, sent_at = now() WHERE id = $1', [id, hash, expiresAt]);
  }

  async settle(tx: EntityManager, id: string, status: 'ACCEPTED' | 'REVOKED', acceptedBy: string | null): Promise<void> {
    await tx.query('UPDATE organisation_invitations SET status = $2, answered_at = now(), accepted_by = $3 WHERE id = $1', [id, status, acceptedBy]);
  }

  /** The program's invitations still waiting for an answer (expired ones too: they can be sent again), newest first. */
  pendingOfProject(organisationId: string, projectId: string): Promise<InvitationRow[]> {
    return this.db.query(`${WITH_NAMES} WHERE i.organisation_id = $1 AND i.project_id = $2 AND i.status = 'PENDING' ORDER BY i.sent_at DESC LIMIT 500`, [organisationId, projectId]);
  }

  /** Pending ones first, each group newest first. */
  ofOrganisation(organisationId: string): Promise<InvitationRow[]> {
    return this.db.query(`${WITH_NAMES} WHERE i.organisation_id = $1 ORDER BY i.status <> 'PENDING', i.sent_at DESC LIMIT 500`, [organisationId]);
  }
}
