import { describe, expect, it } from 'vitest';

import { matchRanges, searchContext, searchWords } from './search-text';

/** The marked parts of a text, as a reader sees them. */
const marked = (text: string, ranges: { start: number; length: number }[]) => ranges.map((r) => text.slice(r.start, r.start + r.length));

describe('searchWords', () => {
  it('splits what was typed into lower-case words and drops punctuation', () => {
    expect(searchWords('  Data-Migration, Plan! ')).toEqual(['data', 'migration', 'plan']);
  });

  it('keeps each word once', () => {
    expect(searchWords('train Train TRAIN')).toEqual(['train']);
  });

  it('keeps accented letters and digits', () => {
    expect(searchWords('Schulung März 2027')).toEqual(['schulung', 'märz', '2027']);
  });

  it('punctuation alone is no words at all', () => {
    expect(searchWords('!!! -- ?')).toEqual([]);
  });
});

describe('matchRanges', () => {
  it('marks the typed start of a longer word: "train" in "Training"', () => {
    const title = 'Plan end-user Training';
    expect(marked(title, matchRanges(title, ['train']))).toEqual(['Train']);
  });

  it('marks only words that start with what was typed, not words that merely contain it', () => {
    const title = 'Retrain the trainers';
    expect(marked(title, matchRanges(title, ['train']))).toEqual(['train']);
  });

  it('marks every word typed, each time it occurs', () => {
    const text = 'Data owners sign off the data model';
    expect(marked(text, matchRanges(text, ['data', 'model']))).toEqual(['Data', 'data', 'model']);
  });

  it('marks the longest typed word when two fit', () => {
    expect(marked('Dataset', matchRanges('Dataset', ['data', 'datas']))).toEqual(['Datas']);
  });

  it('marks nothing when nothing was typed', () => {
    expect(matchRanges('Anything', [])).toEqual([]);
  });
});

describe('searchContext', () => {
  const long =
    'The steering group agreed the scope last week. Before go-live every branch needs a cleaned customer list, ' +
    'so the data steward reviews duplicates with each key user and signs off the migration plan in writing. ' +
    'Afterwards the admins load the accounts into the sandbox.';

  it('shows a short text whole, with its matches', () => {
    const context = searchContext(['Clean up duplicate accounts'], ['dup']);
    expect(context.text).toBe('Clean up duplicate accounts');
    expect(marked(context.text, context.matches)).toEqual(['dup']);
  });

  it('cuts a long text around its first match, between words, with … where it was cut', () => {
    const context = searchContext([long], ['migration']);
    expect(context.text.length).toBeLessThanOrEqual(122);
    expect(context.text.startsWith('…')).toBe(true);
    expect(context.text.endsWith('…')).toBe(true);
    expect(context.text).toContain('migration plan');
    expect(marked(context.text, context.matches)).toEqual(['migration']);
  });

  it('never starts in the middle of a word', () => {
    const context = searchContext([long], ['sandbox']);
    const firstWord = context.text.slice(1).split(' ')[0];
    expect(long.split(' ')).toContain(firstWord);
    expect(marked(context.text, context.matches)).toEqual(['sandbox']);
  });

  it('takes the first text that holds a match: a match in the mitigation shows the mitigation', () => {
    const context = searchContext(['Key users are too busy', 'Book a training slot per wave'], ['train']);
    expect(context.text).toBe('Book a training slot per wave');
    expect(marked(context.text, context.matches)).toEqual(['train']);
  });

  it('without a match in any text it shows the start of the first, unmarked (the title matched)', () => {
    const context = searchContext(['', long], ['steering']);
    expect(context.matches.length).toBe(1);
    const unmarked = searchContext(['', long], ['nowhere']);
    expect(unmarked.text.startsWith('The steering group')).toBe(true);
    expect(unmarked.text.endsWith('…')).toBe(true);
    expect(unmarked.matches).toEqual([]);
  });

  it('reads line breaks and runs of spaces as one space', () => {
    const context = searchContext(['First line\n\n   second   line'], ['second']);
    expect(context.text).toBe('First line second line');
    expect(marked(context.text, context.matches)).toEqual(['second']);
  });

  it('no text at all is an empty context', () => {
    expect(searchContext([null, '   '], ['x'])).toEqual({ text: '', matches: [] });
  });
});
