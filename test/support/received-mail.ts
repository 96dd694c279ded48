/** A mail as a test reads it: from the SMTP inbox or from the outbox table. */
export interface ReceivedMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  html?: string;
  /** Every http(s) link in the text, in order. */
  links: string[];
  /** Files sent with it (the SMTP inbox reads them; the outbox table keeps them as JSON). */
  attachments?: { filename: string; contentType: string; content: string }[];
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

/**
 * The token of the newest link to `path` mailed to the address, read from the outbox table (every
 * mail goes there, sent by SMTP or not) with whatever runs SQL in-process.
 */
export async function outboxLinkToken(query: (sql: string, params: unknown[]) => Promise<{ subject: string; text_body: string }[]>, email: string, path: string): Promise<string> {
  const [mail] = await query('SELECT subject, text_body FROM mail_outbox WHERE to_email = $1 ORDER BY created_at DESC, id DESC LIMIT 1', [email.trim().toLowerCase()]);
  const token = mail && linksIn(mail.text_body).map((l) => new URL(l)).find((url) => url.pathname === path)?.searchParams.get('token');
  if (!token) throw new Error(`No mail to ${email} holds a link to ${path}; the newest is: ${mail?.subject ?? 'none'}`);
  return token;
}
