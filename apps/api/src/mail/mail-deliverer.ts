import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MailRepository } from './mail.repository';
import { MailTransport, smtpTransport } from './mail-transport';

/** While mail waits (not yet committed, or a failed send to try again), the outbox is looked at this often. */
export const MAIL_POLL_MS = 2_000;

/**
 * Sends the outbox by SMTP after the queuing transaction commits. Each mail is sent while its row
 * is locked (FOR UPDATE SKIP LOCKED), so several replicas on one database never send it twice.
 * Without SMTP_URL it does nothing: mail stays in the outbox.
 */
@Injectable()
export class MailDeliverer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: MailTransport | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: MailRepository,
  ) {
    this.transport = config.smtpUrl ? smtpTransport(config.smtpUrl) : undefined;
  }

  get sends(): boolean {
    return this.transport !== undefined;
  }

  onApplicationBootstrap(): void {
    this.kick();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    this.transport?.close();
  }

  /**
   * Called right after a mail is queued: on the next turn (after the caller's commit, most often),
   * and again a moment later in case that commit was not visible yet.
   */
  afterQueue(): void {
    if (!this.transport || this.stopped) return;
    setImmediate(() => this.kick());
    this.schedule();
  }

  private kick(): void {
    if (!this.transport || this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  private schedule(): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.kick();
    }, MAIL_POLL_MS);
    this.timer.unref();
  }

  private async run(): Promise<void> {
    const transport = this.transport;
    if (!transport) return;
    // A mail that failed in this round waits for the next poll instead of being tried again at once.
    const failed: string[] = [];
    try {
      while (!this.stopped && (await this.sendOne(transport, failed))) {
        // one mail per transaction, so a lock is held only while its own mail is sent
      }
      if (!this.stopped && (await this.outbox.hasPending())) this.schedule();
    } catch (error) {
      // The database went away (or the app is closing): the next poll tries again.
      this.logger.warn(`Mail delivery paused: ${error instanceof Error ? error.message : String(error)}`);
      this.schedule();
    }
  }

  /** Sends the oldest unsent mail; false when there is none left to try. */
  private sendOne(transport: MailTransport, failed: string[]): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const mail = await this.outbox.claimNext(tx, failed);
      if (!mail) return false;
      try {
        await transport.send({
          from: this.config.mailFrom,
          to: mail.to_email,
          subject: mail.subject,
          text: mail.text_body,
          html: mail.html_body ?? undefined,
          attachments: mail.attachments,
        });
        await this.outbox.markSent(tx, mail.id);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        failed.push(mail.id);
        await this.outbox.markFailed(tx, mail.id, message.slice(0, 1000));
        this.logger.warn(`Mail to ${mail.to_email} not sent (attempt ${mail.attempts + 1}): ${message}`);
      }
      return true;
    });
  }
}
