import { setTimeout as sleep } from 'node:timers/promises';

import { describeWait, linksIn, MAIL_WAIT_LIMIT_MS, MailMatch, ReceivedMail } from './received-mail';

export { linkTo } from './received-mail';
export type { ReceivedMail } from './received-mail';

type Query = (sql: string, params: unknown[]) => Promise<unknown[]>;

interface OutboxRow {
  to_email: string;
  subject: string;
  text_body: string;
  html_body: string | null;
}

/** The same `waitFor` as SmtpInbox, read from the mail_outbox table, for suites without SMTP. */
export class OutboxMailbox {
  constructor(
    private readonly query: Query,
    private readonly from = 'outbox',
  ) {}

  /** Oldest first, as they were queued. */
  async all(to?: string): Promise<ReceivedMail[]> {
    const rows = (await this.query(
      `SELECT to_email, subject, text_body, html_body FROM mail_outbox WHERE ($1::text IS NULL OR to_email = $1) ORDER BY created_at, id`,
      [to === undefined ? null : to.trim().toLowerCase()],
    )) as OutboxRow[];
    return rows.map((row) => ({
      to: row.to_email,
      from: this.from,
      subject: row.subject,
      text: row.text_body,
      html: row.html_body ?? undefined,
      links: linksIn(row.text_body),
    }));
  }

  /** The first mail to the address (and matching, if given) that is or comes into the outbox. */
  async waitFor(to: string, match?: MailMatch): Promise<ReceivedMail> {
    const deadline = Date.now() + MAIL_WAIT_LIMIT_MS;
    for (;;) {
      const found = (await this.all(to)).find((mail) => !match || match(mail));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No ${describeWait(to, match)} came into the outbox within ${MAIL_WAIT_LIMIT_MS / 1000} s`);
      await sleep(100);
    }
  }
}
