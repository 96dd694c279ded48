import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MailDeliverer } from './mail-deliverer';
import { linksIn } from './mail-links';
import { MailRepository, NewBatchedRow } from './mail.repository';
import { MailAttachment } from './mail-transport';

export interface OutgoingMail {
  /** Whose admins see it in the outbox; null for the installation's own mail (sign-up). */
  organisationId: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: readonly MailAttachment[];
}

/** One item of a mail that gathers items of its kind to one address for a few minutes. */
export interface BatchedMailItem<T> {
  organisationId: string | null;
  kind: string;
  to: string;
  item: T;
  attachments?: readonly MailAttachment[];
}

/** Words a gathered mail from all its items, oldest first. */
export type ComposeBatch<T> = (kind: string, items: readonly T[]) => { subject: string; text: string };

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

  /**
   * Queues items so that those of one kind to one address become one mail: an item joins the
   * mail of its kind to its address that is still waiting (locked FOR UPDATE while it grows), or
   * starts one that waits `waitMinutes` for more (0: it leaves at once, gathering only the items
   * of this call). Three statements at most, however many items.
   */
  async queueBatched<T>(tx: EntityManager, items: readonly BatchedMailItem<T>[], waitMinutes: number, compose: ComposeBatch<T>): Promise<void> {
    if (items.length === 0) return;
    const groups = new Map<string, BatchedMailItem<T>[]>();
    for (const item of items) {
      const key = JSON.stringify([item.kind, item.to]);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    const open = waitMinutes > 0 ? await this.outbox.lockOpenBatches(tx, [...groups.values()].map((g) => ({ kind: g[0]!.kind, to: g[0]!.to }))) : [];
    const openOf = new Map<string, (typeof open)[number]>();
    // Newest first: should two batches be open (two writers raced), the newest grows.
    for (const row of open) {
      const key = JSON.stringify([row.kind, row.to_email]);
      if (!openOf.has(key)) openOf.set(key, row);
    }
    const fresh: NewBatchedRow[] = [];
    const grown: { id: string; to: string; subject: string; text: string; batch: T[]; attachments: MailAttachment[] }[] = [];
    for (const [key, group] of groups) {
      const first = group[0]!;
      const attachments = group.flatMap((g) => g.attachments ?? []);
      const existing = openOf.get(key);
      if (existing) {
        const batch = [...(existing.batch as T[]), ...group.map((g) => g.item)];
        grown.push({ id: existing.id, to: first.to, ...compose(first.kind, batch), batch, attachments });
      } else {
        const batch = group.map((g) => g.item);
        fresh.push({ organisationId: first.organisationId, kind: first.kind, to: first.to, ...compose(first.kind, batch), batch, attachments, waitMinutes });
      }
    }
    await this.outbox.growBatches(tx, grown);
    await this.outbox.insertBatches(tx, fresh);
    if (this.deliverer.sends) this.deliverer.afterQueue();
    else for (const mail of [...fresh, ...grown]) this.logger.log(`Mail to ${mail.to}: ${mail.subject} — ${linksIn(mail.text).join(' ')}`);
  }

  /** An absolute link into the web app: PUBLIC_URL + path + query. */
  link(path: string, query: Record<string, string> = {}): string {
    const search = new URLSearchParams(query).toString();
    return `${this.config.publicUrl}${path}${search ? `?${search}` : ''}`;
  }
}
