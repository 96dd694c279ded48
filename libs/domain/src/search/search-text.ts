/**
 * What a program's search box asks for and how a hit is shown. The API matches records whose
 * words start with every word typed (so "train" finds "training"); these functions say which
 * words those are and where they sit in a title or a snippet, so a screen can mark them without
 * ever receiving HTML.
 */

/** The longest text the search box sends; the API refuses longer ones. */
export const SEARCH_TEXT_MAX_LENGTH = 200;
/** At most this many hits of one kind (tasks, milestones, …) answer one search. */
export const SEARCH_HITS_PER_KIND = 20;
/** At most this many hits in all, best first. */
export const SEARCH_HITS_IN_ALL = 50;
/** A snippet around the first match is about this long. */
export const SEARCH_CONTEXT_LENGTH = 120;

/** A run of text to mark, in UTF-16 code units of the string it belongs to (JavaScript string indices). */
export interface TextRange {
  start: number;
  length: number;
}

export interface SearchContext {
  text: string;
  matches: TextRange[];
}

/** Letters (with their accents) and digits: what makes a word, for the search as for PostgreSQL's parser. */
const WORD = /[\p{L}\p{M}\p{Nd}]+/gu;

/**
 * The distinct words of what was typed, lower case, in the order typed. Punctuation separates
 * words and is otherwise ignored, so "e-mail" is "e" and "mail", and "!!!" has no words at all.
 */
export function searchWords(text: string): string[] {
  const words = (text.match(WORD) ?? []).map((word) => word.toLowerCase());
  return [...new Set(words)];
}

/** Where words of `text` start with one of `words`: the typed part of each such word, left to right. */
export function matchRanges(text: string, words: readonly string[]): TextRange[] {
  if (words.length === 0) return [];
  const ranges: TextRange[] = [];
  for (const token of text.matchAll(WORD)) {
    const lower = token[0].toLowerCase();
    const longest = words.filter((word) => lower.startsWith(word)).reduce((best, word) => Math.max(best, word.length), 0);
    if (longest === 0) continue;
    // Lower-casing can change a word's length (a dotted capital I); then the whole word is marked.
    const length = lower.length === token[0].length ? longest : token[0].length;
    ranges.push({ start: token.index, length });
  }
  return ranges;
}

/**
 * A short plain-text snippet of the first of `texts` that holds a match, around its first match,
 * with every match inside it; else the start of the first text that is not empty, unmarked.
 * Runs of white space (line breaks included) read as one space.
 */
export function searchContext(texts: readonly (string | null)[], words: readonly string[], maxLength = SEARCH_CONTEXT_LENGTH): SearchContext {
  const flat = texts.map((text) => (text ?? '').replace(/\s+/gu, ' ').trim()).filter((text) => text.length > 0);
  for (const text of flat) {
    const matches = matchRanges(text, words);
    if (matches.length > 0) return excerpt(text, matches, maxLength);
  }
  return flat[0] ? excerpt(flat[0], [], maxLength) : { text: '', matches: [] };
}

/** Up to `maxLength` characters of `text` from a little before its first match, cut between words, with … where cut. */
function excerpt(text: string, matches: TextRange[], maxLength: number): SearchContext {
  if (text.length <= maxLength) return { text, matches };
  const first = matches[0]?.start ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(maxLength / 3), text.length - maxLength));
  // Start at the beginning of a word: move forward to the next space, unless that passes the match.
  if (start > 0) {
    const space = text.indexOf(' ', start - 1);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const shift = lead.length - start;
  return {
    text: `${lead}${text.slice(start, end)}${tail}`,
    matches: matches.filter((m) => m.start >= start && m.start + m.length <= end).map((m) => ({ start: m.start + shift, length: m.length })),
  };
}
