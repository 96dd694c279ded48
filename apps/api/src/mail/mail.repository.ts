import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { MailAttachment } from './mail-transport';

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
  attachments: MailAttachment[];
  send_after: Date;
}

/** A mail still waiting for more of its kind to the same address (see MailService.queueBatched). */
export interface OpenBatchRow {
  id: string;
  kind: string;
  to_email: string;
  batch: unknown[];
}

export interface NewBatchedRow {
  organisationId: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  attachments: readonly MailAttachment[];
  batch: readonly unknown[];
  /** It leaves this many minutes from now (0: at once). */
  waitMinutes: number;
}

export interface GrownBatchRow {
  id: string;
  subject: string;
  text: string;
  batch: readonly unknown[];
  /** Added to the attachments it already has. */
  attachments: readonly MailAttachment[];
}

export interface NewOutboxRow {
  organisationId: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: readonly MailAttachment[];
}

const COLUMNS = 'id, organisation_id, kind, to_email, subject, text_body, html_body, created_at, sent_at, attempts, last_error, attachments, send_after';

/** The mail_outbox table, and only this file writes it. */
@Injectable()
export class MailRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(tx: EntityManager, mail: NewOutboxRow): Promise<void> {
    await tx.query('INSERT INTO mail_outbox (organisation_id, kind, to_email, subject, text_body, html_body, attachments) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)', [
      mail.organisationId,
      mail.kind,
      mail.to,
      mail.subject,
      mail.text,
      mail.html ?? null,
      JSON.stringify(mail.attachments ?? []),
    ]);
  }

  /**
   * The batches still waiting for each (kind, address), locked until `tx` ends. Only a mail whose
   * time has not come is taken: one due may be on its way this instant, and once its sender
   * commits, the lock's wait ends with a row that no longer qualifies (sent_at is set).
   */
  async lockOpenBatches(tx: EntityManager, wanted: readonly { kind: string; to: string }[]): Promise<OpenBatchRow[]> {
    if (wanted.length === 0) return [];
    return tx.query(
      `SELECT o.id, o.kind, o.to_email, o.batch FROM mail_outbox o
        JOIN unnest($1::text[], $2::text[]) AS w(kind, to_email) ON w.kind = o.kind AND w.to_email = o.to_email
        WHERE o.sent_at IS NULL AND o.attempts = 0 AND o.batch IS NOT NULL AND o.send_after > now()
        ORDER BY o.created_at DESC, o.id DESC
        FOR UPDATE OF o`,
      [wanted.map((w) => w.kind), wanted.map((w) => w.to)],
    );
  }

  async insertBatches(tx: EntityManager, rows: readonly NewBatchedRow[]): Promise<void> {
    if (rows.length === 0) return;
    const json = rows.map((r) => ({ organisation_id: r.organisationId, kind: r.kind, to_email: r.to, subject: r.subject, text_body: r.text, attachments: r.attachments, batch: r.batch, wait: r.waitMinutes }));
    await tx.query(
      `INSERT INTO mail_outbox (organisation_id, kind, to_email, subject, text_body, attachments, batch, send_after)
       SELECT r.organisation_id, r.kind, r.to_email, r.subject, r.text_body, r.attachments, r.batch, now() + make_interval(mins => r.wait)
         FROM jsonb_to_recordset($1::jsonb) AS r(organisation_id uuid, kind text, to_email text, subject text, text_body text, attachments jsonb, batch jsonb, wait integer)`,
      [JSON.stringify(json)],
    );
  }

  async growBatches(tx: EntityManager, rows: readonly GrownBatchRow[]): Promise<void> {
    if (rows.length === 0) return;
    const json = rows.map((r) => ({ id: r.id, subject: r.subject, text_body: r.text, batch: r.batch, attachments: r.attachments }));
    await tx.query(
      `UPDATE mail_outbox o SET subject = u.subject, text_body = u.text_body, batch = u.batch, attachments = o.attachments || u.attachments
         FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, subject text, text_body text, batch jsonb, attachments jsonb)
        WHERE o.id = u.id`,
      [JSON.stringify(json)],
    );
  }

  /**
   * The oldest mail still to send whose time has come, locked until `tx` ends; SKIP LOCKED lets another replica take
   * the next one instead of waiting for (and then sending again) the one being sent here.
   */
  async claimNext(tx: EntityManager, skip: readonly string[]): Promise<OutboxRow | undefined> {
    const rows: OutboxRow[] = await tx.query(
      `SELECT ${COLUMNS} FROM mail_outbox
        WHERE sent_at IS NULL AND attempts < $1 AND send_after <= now() AND NOT (id = ANY($2::uuid[]))
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
