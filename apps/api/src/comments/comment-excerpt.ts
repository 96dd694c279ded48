import MarkdownIt from 'markdown-it';

/** How much of a comment its notification quotes. */
const EXCERPT_LENGTH = 140;

// The options the thread renders with, so the quote reads as the comment does on screen.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

/**
 * A comment's Markdown as one line of plain text: what the reader would see, without `**` or `#`
 * and without any markup to sanitise. The inbox and the mail quote this, not the source.
 */
export function commentPlainText(source: string): string {
  const parts: string[] = [];
  for (const token of markdown.parse(source, {})) {
    if (token.type === 'fence' || token.type === 'code_block') parts.push(token.content);
    if (token.type !== 'inline') continue;
    for (const child of token.children ?? []) {
      if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline') parts.push(child.content);
      else if (child.type === 'softbreak' || child.type === 'hardbreak') parts.push(' ');
    }
    parts.push(' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The start of a comment as its notification quotes it, plain text cut at a readable length. */
export function commentExcerpt(body: string): string {
  const flat = commentPlainText(body);
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}
