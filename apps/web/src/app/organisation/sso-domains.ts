/** The allowed-domains field holds a list typed as one line: commas, semicolons or spaces between. */
export function parseDomainList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((part) => part.trim()).filter(Boolean))];
}
