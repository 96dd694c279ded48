import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MailDeliverer } from './mail-deliverer';
import { linksIn } from './mail-links';
import { MailRepository } from './mail.repository';

export interface OutgoingMail {
  /** Whose admins see it in the outbox; null for the installation's own mail (sign-up). */
  organisationId: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailRepository,
    private readonly deliverer: MailDeliverer,
  ) {}

  /**
   * Stores the mail in mail_outbox inside the caller's transaction, so a request that fails sends
   * nothing; it leaves by SMTP after commit when SMTP_URL is set. Without SMTP its links go to the
   * server log, so invitations and resets work on a fresh install.
   */
  async queue(tx: EntityManager, mail: OutgoingMail): Promise<void> {
    await this.outbox.insert(tx, mail);
    if (this.deliverer.sends) this.deliverer.afterQueue();
    else this.logger.log(`Mail to ${mail.to}: ${mail.subject} — ${linksIn(mail.text).join(' ')}`);
  }

  /** An absolute link into the web app: PUBLIC_URL + path + query. */
  link(path: string, query: Record<string, string> = {}): string {
    const search = new URLSearchParams(query).toString();
    return `${this.config.publicUrl}${path}${search ? `?${search}` : ''}`;
  }
}
