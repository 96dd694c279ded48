/**
 * `@role` mentions in a comment's Markdown: `@trainer`, `@key_user`, the role's key in lower case.
 * Text inside code (inline `…` spans and fenced blocks) is quoted, not addressed, and an e-mail
 * address (`ana@trainer.example`) mentions nobody, so only an `@` that starts a word counts.
 */
export function roleMentions<R extends { key: string }>(body: string, roles: readonly R[]): R[] {
  const byKey = new Map(roles.map((role) => [role.key.toLowerCase(), role]));
  const found = new Map<string, R>();
  for (const match of withoutCode(body).matchAll(MENTION)) {
    const role = byKey.get(match[1].toLowerCase());
    if (role && !found.has(role.key)) found.set(role.key, role);
  }
  return [...found.values()];
}

/** `@` at the start of the text or after anything but a word character, `.`, `-` or another `@`. */
const MENTION = /(?<![\w.@-])@([a-z][a-z0-9_]*)(?![\w@-])/gi;

/** The body with fenced code blocks and inline code spans blanked out. */
export function withoutCode(body: string): string {
  const lines = body.split('\n');
  let fence: string | null = null;
  const kept = lines.map((line) => {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (opener && opener[1][0] === fence[0] && opener[1].length >= fence.length && line.trim() === opener[1]) fence = null;
      return '';
    }
    if (opener) {
      fence = opener[1];
      return '';
    }
    return line;
  });
  // An inline span opens and closes with the same number of backticks.
  return kept.join('\n').replace(/(`+)[\s\S]*?\1/g, ' ');
}
