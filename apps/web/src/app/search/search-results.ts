import type { Params } from '@angular/router';

import type { ProgramSearchHitFragment, SearchHitKind } from '@crm/graphql-client';

/** A hit as the panel lists it: its place in keyboard order, and the element id that place gets. */
export interface ListedHit {
  hit: ProgramSearchHitFragment;
  index: number;
}

export interface HitGroup {
  kind: SearchHitKind;
  label: string;
  hits: ListedHit[];
}

/** A piece of a title or snippet, marked when a searched word starts there. Rendered as text, never as HTML. */
export interface TextPart {
  text: string;
  marked: boolean;
}

/** Where a hit leads: a route inside the program and the query parameter that opens the record there. */
export interface HitLink {
  path: string[];
  queryParams: Params;
}

const KIND_LABELS: Record<SearchHitKind, string> = {
  TASK: $localize`:@@search.kind.task:Tasks`,
  MILESTONE: $localize`:@@search.kind.milestone:Milestones`,
  REQUIREMENT: $localize`:@@search.kind.requirement:Requirements`,
  PERSON: $localize`:@@search.kind.person:People`,
  RISK: $localize`:@@search.kind.risk:Risks`,
};

/** When two kinds' best hits rank alike, this order decides. */
const KIND_ORDER: readonly SearchHitKind[] = ['TASK', 'MILESTONE', 'REQUIREMENT', 'PERSON', 'RISK'];

/**
 * The hits grouped by kind, groups ordered by their best hit so the first entry is the best match
 * overall; inside a group the API's order (best first) stays. `index` counts through the groups in
 * the order shown, which is the order the arrow keys walk.
 */
export function groupHits(hits: readonly ProgramSearchHitFragment[]): HitGroup[] {
  const byKind = new Map<SearchHitKind, ProgramSearchHitFragment[]>();
  for (const hit of hits) byKind.set(hit.kind, [...(byKind.get(hit.kind) ?? []), hit]);
  const best = (kind: SearchHitKind) => Math.max(...(byKind.get(kind) ?? []).map((hit) => hit.rank));
  const kinds = [...byKind.keys()].sort((a, b) => best(b) - best(a) || KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b));
  let index = 0;
  return kinds.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    hits: (byKind.get(kind) ?? []).map((hit) => ({ hit, index: index++ })),
  }));
}

/** Cuts `text` at the marked ranges (they come sorted and apart from the API); out-of-range parts are ignored. */
export function markedParts(text: string, ranges: readonly { start: number; length: number }[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const range of ranges) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.start + range.length, text.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

/**
 * The page of the program that shows a hit's record, and the parameter with which that page opens
 * or points it out: a task's detail on the board, a milestone on the overview, a requirement or a
 * risk in its dialog, a person on the team page.
 */
export function hitLink(projectId: string, hit: Pick<ProgramSearchHitFragment, 'kind' | 'id'>): HitLink {
  const to = (section: string, param: string): HitLink => ({ path: ['/projects', projectId, section], queryParams: { [param]: hit.id } });
  switch (hit.kind) {
    case 'TASK':
      return to('board', 'task');
    case 'MILESTONE':
      return to('overview', 'milestone');
    case 'REQUIREMENT':
      return to('requirements', 'requirement');
    case 'PERSON':
      return to('team', 'person');
    case 'RISK':
      return to('risks', 'risk');
  }
}

/** The next place for the arrow keys among `count` entries, wrapping round; none (-1) when empty. */
export function stepIndex(current: number, step: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}

/** Whether a key press is the shortcut that jumps to the search box: "/" outside a text field, or Ctrl+K / ⌘K anywhere. */
export function isSearchShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, typingInField: boolean): boolean {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField;
}
