import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { OrganisationRole } from '@crm/domain';

export interface OrganisationRow {
  id: string;
  name: string;
  slug: string;
  password_sign_in: boolean;
  sso_issuer: string | null;
  sso_client_id: string | null;
  sso_allowed_domains: string[];
  version: number;
}

export interface MemberRow {
  id: string;
  email: string;
  name: string;
  organisation_role: OrganisationRole;
  deactivated_at: Date | null;
  created_at: Date;
  version: number;
}

const MEMBER_COLUMNS = 'id, email, name, organisation_role, deactivated_at, created_at, version';

const COLUMNS = 'id, name, slug, password_sign_in, sso_issuer, sso_client_id, sso_allowed_domains, version';

/** The organisations table and the organisation columns of users (role, deactivation); only this file writes them. */
@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A new organisation; the slug gets a number when another organisation already has it. */
  async insert(tx: EntityManager, name: string, slug: string): Promise<OrganisationRow> {
    for (let n = 1; ; n += 1) {
      const candidate = n === 1 ? slug : `${slug}-${n}`;
      const rows: OrganisationRow[] = await tx.query(
        `INSERT INTO organisations (name, slug) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING RETURNING ${COLUMNS}`,
        [name, candidate],
      );
      if (rows[0]) return rows[0];
    }
  }

  async find(id: string, tx: EntityManager = this.db.manager): Promise<OrganisationRow | undefined> {
    const rows: OrganisationRow[] = await tx.query(`SELECT ${COLUMNS} FROM organisations WHERE id = $1`, [id]);
    return rows[0];
  }

  async rename(tx: EntityManager, id: string, version: number, name: string): Promise<OrganisationRow | undefined> {
    // An UPDATE answers [rows, count] through TypeORM, not the rows alone.
    const [rows] = (await tx.query(
      `UPDATE organisations SET name = $3, version = version + 1 WHERE id = $1 AND version = $2 RETURNING ${COLUMNS}`,
      [id, version, name],
    )) as [OrganisationRow[], number];
    return rows[0];
  }

  /** Active members first, then by name. */
  members(organisationId: string): Promise<MemberRow[]> {
    return this.db.query(
      `SELECT ${MEMBER_COLUMNS} FROM users WHERE organisation_id = $1
       ORDER BY deactivated_at IS NOT NULL, lower(name), email`,
      [organisationId],
    );
  }

  /**
   * The member, locked, with the ids of the active admins (also locked): two admins demoting each
   * other at once take turns, so one of them stays admin.
   */
  async lockMember(tx: EntityManager, organisationId: string, userId: string): Promise<{ member: MemberRow | undefined; activeAdminIds: string[] }> {
    const admins: { id: string }[] = await tx.query(
      `SELECT id FROM users WHERE organisation_id = $1 AND organisation_role = 'ADMIN' AND deactivated_at IS NULL ORDER BY id FOR UPDATE`,
      [organisationId],
    );
    const rows: MemberRow[] = await tx.query(
      `SELECT ${MEMBER_COLUMNS} FROM users WHERE organisation_id = $1 AND id = $2 FOR UPDATE`,
      [organisationId, userId],
    );
    return { member: rows[0], activeAdminIds: admins.map((a) => a.id) };
  }

  async setRole(tx: EntityManager, userId: string, role: OrganisationRole): Promise<void> {
    await tx.query('UPDATE users SET organisation_role = $2 WHERE id = $1', [userId, role]);
  }

  /**
   * Deactivation ends the account's sessions at once: the token version moves on. The account's
   * version moves on too, so an admin's page loaded before it is stale for reactivating.
   */
  async deactivate(tx: EntityManager, userId: string): Promise<MemberRow> {
    const [rows] = (await tx.query(
      `UPDATE users SET deactivated_at = now(), token_version = token_version + 1, version = version + 1 WHERE id = $1 RETURNING ${MEMBER_COLUMNS}`,
      [userId],
    )) as [MemberRow[], number];
    return rows[0];
  }

  /**
   * The account may sign in again. The token version stays where deactivation moved it, so the
   * tokens issued before deactivation stay dead.
   */
  async reactivate(tx: EntityManager, userId: string): Promise<MemberRow> {
    const [rows] = (await tx.query(
      `UPDATE users SET deactivated_at = NULL, version = version + 1 WHERE id = $1 RETURNING ${MEMBER_COLUMNS}`,
      [userId],
    )) as [MemberRow[], number];
    return rows[0];
  }
}
