import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { OrganisationRole } from '@crm/domain';

/** An account as the rest of the API sees it; the password hash never leaves this file unasked. */
export interface UserRow {
  id: string;
  email: string;
  name: string;
}

/** What every request needs to know about the account behind its token. */
export interface AccountRow extends UserRow {
  organisationId: string;
  organisationRole: OrganisationRole;
  tokenVersion: number;
  deactivated: boolean;
  locale: string | null;
  timeZone: string | null;
  version: number;
}

const ACCOUNT_COLUMNS = `u.id, u.email, u.name, u.organisation_id AS "organisationId", u.organisation_role AS "organisationRole",
  u.token_version AS "tokenVersion", u.deactivated_at IS NOT NULL AS deactivated, u.locale, u.time_zone AS "timeZone", u.version`;

/** The users table, and only this file writes it. Emails are stored normalised. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The new account, or undefined when the email is taken: ON CONFLICT keeps two simultaneous
   * sign-ups with one email from both succeeding.
   */
  async insertIfNew(
    tx: EntityManager,
    user: { email: string; name: string; passwordHash: string | null; organisationId: string; organisationRole: OrganisationRole },
  ): Promise<AccountRow | undefined> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO users (email, name, password_hash, organisation_id, organisation_role) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [user.email, user.name, user.passwordHash, user.organisationId, user.organisationRole],
    );
    return rows[0] ? this.account(rows[0].id, tx) : undefined;
  }

  /** For signing in only: the account, its hash, and whether its organisation allows passwords. */
  async withPasswordHash(email: string): Promise<(AccountRow & { passwordHash: string | null; passwordSignIn: boolean; organisationSlug: string }) | undefined> {
    const rows = await this.db.query(
      `SELECT ${ACCOUNT_COLUMNS}, u.password_hash AS "passwordHash", o.password_sign_in AS "passwordSignIn", o.slug AS "organisationSlug"
       FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.email = $1`,
      [email],
    );
    return rows[0];
  }

  async account(id: string, tx: EntityManager = this.db.manager): Promise<AccountRow | undefined> {
    const rows: AccountRow[] = await tx.query(`SELECT ${ACCOUNT_COLUMNS} FROM users u WHERE u.id = $1`, [id]);
    return rows[0];
  }

  async accountByEmail(email: string, tx: EntityManager = this.db.manager): Promise<AccountRow | undefined> {
    const rows: AccountRow[] = await tx.query(`SELECT ${ACCOUNT_COLUMNS} FROM users u WHERE u.email = $1`, [email]);
    return rows[0];
  }

  async byId(id: string): Promise<UserRow | undefined> {
    const rows: UserRow[] = await this.db.query('SELECT id, email, name FROM users WHERE id = $1', [id]);
    return rows[0];
  }

  async byEmail(email: string, tx: EntityManager = this.db.manager): Promise<UserRow | undefined> {
    const rows: UserRow[] = await tx.query('SELECT id, email, name FROM users WHERE email = $1', [email]);
    return rows[0];
  }

  async passwordHashOf(tx: EntityManager, id: string): Promise<string | null> {
    const rows: { password_hash: string | null }[] = await tx.query('SELECT password_hash FROM users WHERE id = $1 FOR UPDATE', [id]);
    return rows[0]?.password_hash ?? null;
  }

  /** A new password ends every session the account had: the token version moves on. */
  async setPassword(tx: EntityManager, id: string, passwordHash: string): Promise<void> {
    await tx.query('UPDATE users SET password_hash = $2, token_version = token_version + 1 WHERE id = $1', [id, passwordHash]);
  }

  async endAllSessions(tx: EntityManager, id: string): Promise<void> {
    await tx.query('UPDATE users SET token_version = token_version + 1 WHERE id = $1', [id]);
  }

  /** Undefined when the version was stale (the caller answers CONFLICT). */
  async updateProfile(
    tx: EntityManager,
    id: string,
    version: number,
    set: { name?: string; locale?: string | null; timeZone?: string | null },
  ): Promise<AccountRow | undefined> {
    // An UPDATE answers [rows, count] through TypeORM, not the rows alone.
    const [rows] = (await tx.query(
      `UPDATE users SET name = COALESCE($3, name),
         locale = CASE WHEN $4::boolean THEN $5 ELSE locale END,
         time_zone = CASE WHEN $6::boolean THEN $7 ELSE time_zone END,
         version = version + 1
       WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, set.name ?? null, set.locale !== undefined, set.locale ?? null, set.timeZone !== undefined, set.timeZone ?? null],
    )) as [{ id: string }[], number];
    return rows[0] ? this.account(id, tx) : undefined;
  }
}
