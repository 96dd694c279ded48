/** A piece of a mail's plain text: words, or a link to make clickable. */
export interface MailTextPart {
  text: string;
  href: string | null;
}

const LINK = /(https?:\/\/[^\s<>"]+)/g;

/** Splits plain mail text so its links can be shown as links without rendering any HTML from the mail. */
export function mailTextParts(text: string): MailTextPart[] {
  return text
    .split(LINK)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, href: /^https?:\/\//.test(part) ? part : null }));
}
