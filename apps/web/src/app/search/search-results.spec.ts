import { describe, expect, it } from 'vitest';

import type { ProgramSearchHitFragment, SearchHitKind } from '@crm/graphql-client';

import { groupHits, hitLink, isSearchShortcut, markedParts, stepIndex } from './search-results';

const hit = (kind: SearchHitKind, title: string, rank: number): ProgramSearchHitFragment => ({
  kind,
  id: `${kind}-${title}`,
  title,
  titleMatches: [],
  context: '',
  contextMatches: [],
  rank,
});

describe('groupHits', () => {
  it('groups by kind, the group of the best hit first, and numbers the hits in the order shown', () => {
    const groups = groupHits([hit('PERSON', 'Ann', 0.9), hit('TASK', 'Train admins', 0.6), hit('PERSON', 'Annette', 0.5), hit('TASK', 'Plan', 0.1)]);
    expect(groups.map((g) => [g.label, g.hits.map((h) => [h.hit.title, h.index])])).toEqual([
      ['People', [['Ann', 0], ['Annette', 1]]],
      ['Tasks', [['Train admins', 2], ['Plan', 3]]],
    ]);
  });

  it('keeps tasks before risks when their best hits rank alike', () => {
    expect(groupHits([hit('RISK', 'R', 0.6), hit('TASK', 'T', 0.6)]).map((g) => g.kind)).toEqual(['TASK', 'RISK']);
  });

  it('no hits is no groups', () => {
    expect(groupHits([])).toEqual([]);
  });
});

describe('markedParts', () => {
  it('cuts a title into plain and marked parts', () => {
    expect(markedParts('Plan end-user training', [{ start: 14, length: 5 }])).toEqual([
      { text: 'Plan end-user ', marked: false },
      { text: 'train', marked: true },
      { text: 'ing', marked: false },
    ]);
  });

  it('marks several words, at the very start and end too', () => {
    expect(markedParts('data model data', [{ start: 0, length: 4 }, { start: 11, length: 4 }])).toEqual([
      { text: 'data', marked: true },
      { text: ' model ', marked: false },
      { text: 'data', marked: true },
    ]);
  });

  it('without ranges the whole text is one plain part; text that looks like HTML stays text', () => {
    expect(markedParts('<b>bold</b>', [])).toEqual([{ text: '<b>bold</b>', marked: false }]);
  });

  it('ignores ranges that run past the text', () => {
    expect(markedParts('abc', [{ start: 2, length: 10 }, { start: 7, length: 1 }])).toEqual([
      { text: 'ab', marked: false },
      { text: 'c', marked: true },
    ]);
  });
});

describe('hitLink', () => {
  it('sends each kind to the page that shows its record', () => {
    const link = (kind: SearchHitKind) => hitLink('p1', { kind, id: 'x' });
    expect(link('TASK')).toEqual({ path: ['/projects', 'p1', 'board'], queryParams: { task: 'x' } });
    expect(link('MILESTONE')).toEqual({ path: ['/projects', 'p1', 'overview'], queryParams: { milestone: 'x' } });
    expect(link('REQUIREMENT')).toEqual({ path: ['/projects', 'p1', 'requirements'], queryParams: { requirement: 'x' } });
    expect(link('PERSON')).toEqual({ path: ['/projects', 'p1', 'team'], queryParams: { person: 'x' } });
    expect(link('RISK')).toEqual({ path: ['/projects', 'p1', 'risks'], queryParams: { risk: 'x' } });
  });
});

describe('stepIndex', () => {
  it('walks down and up and wraps round', () => {
    expect(stepIndex(-1, 1, 3)).toBe(0);
    expect(stepIndex(-1, -1, 3)).toBe(2);
    expect(stepIndex(2, 1, 3)).toBe(0);
    expect(stepIndex(0, -1, 3)).toBe(2);
  });

  it('has nowhere to go without hits', () => {
    expect(stepIndex(0, 1, 0)).toBe(-1);
  });
});

describe('isSearchShortcut', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

  it('"/" jumps to search, but not while typing in a field', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
  });

  it('Ctrl+K and ⌘K jump to search even from a field', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('k'), false)).toBe(false);
  });
});
