/** A mail as a test reads it: from the SMTP inbox or from the outbox table. */
export interface ReceivedMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  html?: string;
  /** Every http(s) link in the text, in order. */
  links: string[];
}

/** How long a test waits for a mail before it fails naming what it waited for. */
export const MAIL_WAIT_LIMIT_MS = 60_000;

export function linksIn(text: string): string[] {
  return text.match(/https?:\/\/[^\s<>"')]+/g) ?? [];
}

/** The first link in the mail whose path is `path` (e.g. '/reset-password'). */
export function linkTo(mail: ReceivedMail, path: string): URL {
  const link = mail.links.map((l) => new URL(l)).find((url) => url.pathname === path);
  if (!link) throw new Error(`The mail "${mail.subject}" to ${mail.to} holds no link to ${path}; its links: ${mail.links.join(' ') || 'none'}`);
  return link;
}

export type MailMatch = (mail: ReceivedMail) => boolean;

export function describeWait(to: string, match?: MailMatch): string {
  return `a mail to ${to}${match ? ` matching ${match.toString()}` : ''}`;
}
