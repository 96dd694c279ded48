import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/app-config';

export interface OutgoingMail {
  /** Whose admins see it in the outbox; null for the installation's own mail. */
  organisationId: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

// Placeholder written by the lead so the callers compile; the mail helper replaces it with delivery by SMTP.
@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async queue(tx: EntityManager, mail: OutgoingMail): Promise<void> {
    await tx.query('INSERT INTO mail_outbox (organisation_id, kind, to_email, subject, text_body, html_body) VALUES ($1, $2, $3, $4, $5, $6)', [
      mail.organisationId,
      mail.kind,
      mail.to,
      mail.subject,
      mail.text,
      mail.html ?? null,
    ]);
    const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
    this.logger.log(`Mail to ${mail.to}: ${mail.subject} — ${links.join(' ')}`);
  }

  link(path: string, query: Record<string, string> = {}): string {
    const search = new URLSearchParams(query).toString();
    return `${this.config.publicUrl}${path}${search ? `?${search}` : ''}`;
  }
}
