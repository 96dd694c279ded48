import { AddressInfo } from 'node:net';

import { AddressObject, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

import { describeWait, linksIn, MAIL_WAIT_LIMIT_MS, MailMatch, ReceivedMail } from './received-mail';

export { linkTo } from './received-mail';
export type { ReceivedMail } from './received-mail';

interface Waiter {
  to: string;
  match?: MailMatch;
  resolve(mail: ReceivedMail): void;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
}

/**
 * A real SMTP server on 127.0.0.1 (any port, no TLS, no login needed) that keeps every mail it
 * receives, for tests that follow the links in mail as a user would.
 */
export class SmtpInbox {
  private readonly mails: ReceivedMail[] = [];
  private readonly waiters = new Set<Waiter>();
  private server: SMTPServer;
  url: string;

  static async start(): Promise<SmtpInbox> {
    const inbox = new SmtpInbox();
    await inbox.listen();
    return inbox;
  }

  private async listen(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        simpleParser(stream)
          .then((parsed) => {
            const to = addresses(parsed.to)[0] ?? envelopeTo[0] ?? '';
            const text = parsed.text ?? '';
            this.receive({
              to,
              from: addresses(parsed.from)[0] ?? session.envelope.mailFrom?.toString() ?? '',
              subject: parsed.subject ?? '',
              text,
              html: typeof parsed.html === 'string' ? parsed.html : undefined,
              links: linksIn(text),
              attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content.toString('utf8') })),
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.server.address() as AddressInfo;
    this.url = `smtp://127.0.0.1:${port}`;
  }

  private receive(mail: ReceivedMail): void {
    this.mails.push(mail);
    for (const waiter of [...this.waiters]) {
      if (matches(mail, waiter.to, waiter.match)) {
        this.waiters.delete(waiter);
        waiter.resolve(mail);
      }
    }
  }

  /** The first mail to the address (and matching, if given) that arrived or arrives. */
  waitFor(to: string, match?: MailMatch): Promise<ReceivedMail> {
    const arrived = this.mails.find((mail) => matches(mail, to, match));
    if (arrived) return Promise.resolve(arrived);
    return new Promise<ReceivedMail>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`No ${describeWait(to, match)} arrived within ${MAIL_WAIT_LIMIT_MS / 1000} s; received: ${this.summary()}`));
      }, MAIL_WAIT_LIMIT_MS);
      const waiter: Waiter = {
        to,
        match,
        resolve: (mail) => {
          clearTimeout(timer);
          resolve(mail);
        },
      };
      this.waiters.add(waiter);
    });
  }

  all(): ReceivedMail[] {
    return [...this.mails];
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private summary(): string {
    return this.mails.map((m) => `"${m.subject}" to ${m.to}`).join(', ') || 'nothing';
  }
}

function matches(mail: ReceivedMail, to: string, match?: MailMatch): boolean {
  return mail.to === to.trim().toLowerCase() && (!match || match(mail));
}

/** Starts a fresh inbox; stop it in afterAll. */
export function startSmtpInbox(): Promise<SmtpInbox> {
  return SmtpInbox.start();
}
