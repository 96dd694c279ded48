/** What the user is typing after an `@` at the caret, and where it starts; null when not in a mention. */
export interface MentionQuery {
  /** Index of the `@`. */
  start: number;
  text: string;
}

/** The `@` word the caret is in, if the `@` starts a word (not an e-mail address). */
export function mentionQueryAt(value: string, caret: number): MentionQuery | null {
  const before = value.slice(0, caret);
  const match = /(^|[^\w.@-])@([\w]*(?: [\w]*)?)$/.exec(before);
  if (!match) return null;
  const text = match[2];
  // A second word is allowed (people's names), but not after a finished word and a space.
  if (/ $/.test(text) && text.trim().includes(' ')) return null;
  return { start: before.length - text.length - 1, text };
}

export interface MentionChoice {
  kind: 'person' | 'role';
  id: string;
  /** What the list shows. */
  label: string;
  /** Shown beside the label, smaller: what kind of mention it is. */
  note: string;
  /** What goes into the text after the `@`. */
  insert: string;
}

/** Roles matching what was typed, by key or name, case-insensitive. */
export function matchingRoles(roles: readonly { id: string; key: string; name: string }[], text: string): MentionChoice[] {
  const typed = text.trim().toLowerCase();
  return roles
    .filter((r) => !typed || r.key.toLowerCase().includes(typed.replace(/ /g, '_')) || r.name.toLowerCase().includes(typed))
    .map((r) => ({ kind: 'role' as const, id: r.id, label: r.name, note: $localize`:@@shared.composer.roleNote:@${r.key.toLowerCase()}:key: · all holders`, insert: r.key.toLowerCase() }));
}

/** The value with the mention at `query` replaced by `@insert `, and the caret after it. */
export function withMention(value: string, query: MentionQuery, insert: string, caret: number): { value: string; caret: number } {
  const replaced = `@${insert} `;
  return { value: value.slice(0, query.start) + replaced + value.slice(caret), caret: query.start + replaced.length };
}
