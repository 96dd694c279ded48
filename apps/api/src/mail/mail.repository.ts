import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** After this many failed sends a mail stays in the outbox, unsent, with its last error. */
export const MAIL_MAX_ATTEMPTS = 5;

export interface OutboxRow {
  id: string;
  organisation_id: string | null;
  kind: string;
  to_email: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  created_at: Date;
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
}

export interface NewOutboxRow {
  organisationId: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

const COLUMNS = 'id, organisation_id, kind, to_email, subject, text_body, html_body, created_at, sent_at, attempts, last_error';

/** The mail_outbox table, and only this file writes it. */
@Injectable()
export class MailRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(tx: EntityManager, mail: NewOutboxRow): Promise<void> {
    await tx.query('INSERT INTO mail_outbox (organisation_id, kind, to_email, subject, text_body, html_body) VALUES ($1, $2, $3, $4, $5, $6)', [
      mail.organisationId,
      mail.kind,
      mail.to,
      mail.subject,
      mail.text,
      mail.html ?? null,
    ]);
  }

  /**
   * The oldest mail still to send, locked until `tx` ends; SKIP LOCKED lets another replica take
   * the next one instead of waiting for (and then sending again) the one being sent here.
   */
  async claimNext(tx: EntityManager, skip: readonly string[]): Promise<OutboxRow | undefined> {
    const rows: OutboxRow[] = await tx.query(
      `SELECT ${COLUMNS} FROM mail_outbox
        WHERE sent_at IS NULL AND attempts < $1 AND NOT (id = ANY($2::uuid[]))
        ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [MAIL_MAX_ATTEMPTS, skip],
    );
    return rows[0];
  }

  async markSent(tx: EntityManager, id: string): Promise<void> {
    await tx.query('UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1', [id]);
  }

  async markFailed(tx: EntityManager, id: string, error: string): Promise<void> {
    await tx.query('UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [id, error]);
  }

  async hasPending(): Promise<boolean> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM mail_outbox WHERE sent_at IS NULL AND attempts < $1 LIMIT 1', [MAIL_MAX_ATTEMPTS]);
    return rows.length > 0;
  }

  /** The organisation's mails, newest first. */
  ofOrganisation(organisationId: string, first: number): Promise<OutboxRow[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM mail_outbox WHERE organisation_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`, [organisationId, first]);
  }
}
