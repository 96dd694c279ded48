import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface SsoOrganisation {
  id: string;
  name: string;
  slug: string;
  passwordSignIn: boolean;
  issuer: string | null;
  clientId: string | null;
  clientSecret: string | null;
  allowedDomains: string[];
}

export interface PendingSsoLogin {
  organisationId: string;
  codeVerifier: string;
  nonce: string;
}

const ORGANISATION_COLUMNS = `id, name, slug, password_sign_in AS "passwordSignIn", sso_issuer AS issuer, sso_client_id AS "clientId",
  sso_client_secret AS "clientSecret", sso_allowed_domains AS "allowedDomains"`;

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

  async saveSettings(
    organisationId: string,
    settings: { issuer: string; clientId: string; clientSecret: string | null; allowedDomains: string[]; passwordSignIn: boolean },
  ): Promise<void> {
    // A null secret keeps the stored one: the admin did not retype it.
    await this.db.query(
      `UPDATE organisations SET sso_issuer = $2, sso_client_id = $3, sso_client_secret = COALESCE($4, sso_client_secret),
         sso_allowed_domains = $5, password_sign_in = $6, version = version + 1 WHERE id = $1`,
      [organisationId, settings.issuer, settings.clientId, settings.clientSecret, settings.allowedDomains, settings.passwordSignIn],
    );
  }

  async startLogin(login: PendingSsoLogin & { state: string; expiresAt: Date }): Promise<void> {
    await this.db.query('INSERT INTO sso_logins (state, organisation_id, code_verifier, nonce, expires_at) VALUES ($1, $2, $3, $4, $5)', [
      login.state,
      login.organisationId,
      login.codeVerifier,
      login.nonce,
      login.expiresAt,
    ]);
  }

  /** Marks the login used in the same statement that finds it, so a replayed state (or two replicas at once) gets nothing. */
  async takeLogin(state: string): Promise<PendingSsoLogin | undefined> {
    const rows: PendingSsoLogin[] = await this.db.query(
      `UPDATE sso_logins SET used_at = now() WHERE state = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING organisation_id AS "organisationId", code_verifier AS "codeVerifier", nonce`,
      [state],
    );
    return rows[0];
  }
}
