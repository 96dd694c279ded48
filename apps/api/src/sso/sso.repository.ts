import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface SsoOrganisation {
  id: string;
  name: string;
  slug: string;
  passwordSignIn: boolean;
  issuer: string | null;
  clientId: string | null;
  clientSecret: string | null;
  allowedDomains: string[];
  version: number;
}

export interface PendingSsoLogin {
  organisationId: string;
  codeVerifier: string;
  nonce: string;
  /** SHA-256 of the cookie set in the browser that started the sign-in. */
  browserHash: string;
  /** The provider the browser was sent to; a callback is finished only with that same one. */
  issuer: string;
  clientId: string;
}

const ORGANISATION_COLUMNS = `id, name, slug, password_sign_in AS "passwordSignIn", sso_issuer AS issuer, sso_client_id AS "clientId",
  sso_client_secret AS "clientSecret", sso_allowed_domains AS "allowedDomains", version`;

/** sso_logins, and the organisation's single sign-on columns. */
@Injectable()
export class SsoRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async organisationBySlug(slug: string): Promise<SsoOrganisation | undefined> {
    const rows: SsoOrganisation[] = await this.db.query(`SELECT ${ORGANISATION_COLUMNS} FROM organisations WHERE slug = $1`, [slug]);
    return rows[0];
  }

  async organisationById(id: string): Promise<SsoOrganisation | undefined> {
    const rows: SsoOrganisation[] = await this.db.query(`SELECT ${ORGANISATION_COLUMNS} FROM organisations WHERE id = $1`, [id]);
    return rows[0];
  }

  /** False when the organisation changed since the admin's page read `version`. */
  async saveSettings(
    tx: EntityManager,
    organisationId: string,
    version: number,
    settings: { issuer: string; clientId: string; clientSecret: string | null; allowedDomains: string[]; passwordSignIn: boolean },
  ): Promise<boolean> {
    // A null secret keeps the stored one: the admin did not retype it.
    const [rows] = (await tx.query(
      `UPDATE organisations SET sso_issuer = $3, sso_client_id = $4, sso_client_secret = COALESCE($5, sso_client_secret),
         sso_allowed_domains = $6, password_sign_in = $7, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`,
      [organisationId, version, settings.issuer, settings.clientId, settings.clientSecret, settings.allowedDomains, settings.passwordSignIn],
    )) as [unknown[], number];
    return rows.length === 1;
  }

  /** Single sign-on off again: password sign-in comes back, since it is then the only way in. */
  async clearSettings(tx: EntityManager, organisationId: string, version: number): Promise<boolean> {
    const [rows] = (await tx.query(
      `UPDATE organisations SET sso_issuer = NULL, sso_client_id = NULL, sso_client_secret = NULL, sso_allowed_domains = '{}',
         password_sign_in = true, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`,
      [organisationId, version],
    )) as [unknown[], number];
    return rows.length === 1;
  }

  /** The emails of the organisation's active admins: the domains it may allow for single sign-on. */
  async adminEmails(organisationId: string): Promise<string[]> {
    const rows: { email: string }[] = await this.db.query(
      "SELECT email FROM users WHERE organisation_id = $1 AND organisation_role = 'ADMIN' AND deactivated_at IS NULL",
      [organisationId],
    );
    return rows.map((row) => row.email);
  }

  /** Sign-ins abandoned at the provider are kept a day for the log, then dropped as new ones start. */
  async dropStaleLogins(): Promise<void> {
    await this.db.query("DELETE FROM sso_logins WHERE expires_at < now() - interval '1 day'");
  }

  async startLogin(login: PendingSsoLogin & { state: string; expiresAt: Date }): Promise<void> {
    await this.db.query(
      `INSERT INTO sso_logins (state, organisation_id, code_verifier, nonce, browser_hash, issuer, client_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [login.state, login.organisationId, login.codeVerifier, login.nonce, login.browserHash, login.issuer, login.clientId, login.expiresAt],
    );
  }

  /** Marks the login used in the same statement that finds it, so a replayed state (or two replicas at once) gets nothing. */
  async takeLogin(state: string): Promise<(PendingSsoLogin & { state: string }) | undefined> {
    // An UPDATE answers [rows, count] through TypeORM.
    const [rows] = (await this.db.query(
      `UPDATE sso_logins SET used_at = now() WHERE state = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING state, organisation_id AS "organisationId", code_verifier AS "codeVerifier", nonce, browser_hash AS "browserHash",
         issuer, client_id AS "clientId"`,
      [state],
    )) as [(PendingSsoLogin & { state: string })[], number];
    return rows[0];
  }

  /** The provider vouched for `userId`: the browser may now trade the completion code (its hash here) for a session, once. */
  async allowCompletion(state: string, userId: string, completionHash: string, expiresAt: Date): Promise<void> {
    await this.db.query('UPDATE sso_logins SET user_id = $2, completion_hash = $3, completion_expires_at = $4 WHERE state = $1', [
      state,
      userId,
      completionHash,
      expiresAt,
    ]);
  }

  /** The account a completion code stands for, used up in the same statement; undefined for an unknown, used or expired code. */
  async takeCompletion(completionHash: string): Promise<{ userId: string; browserHash: string } | undefined> {
    const [rows] = (await this.db.query(
      `UPDATE sso_logins SET completed_at = now()
       WHERE completion_hash = $1 AND completed_at IS NULL AND completion_expires_at > now()
       RETURNING user_id AS "userId", browser_hash AS "browserHash"`,
      [completionHash],
    )) as [{ userId: string; browserHash: string }[], number];
    return rows[0];
  }
}
