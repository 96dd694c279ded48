import { firstValueFrom, of } from 'rxjs';
import { describe, expect, it } from 'vitest';

import { allPages, MAX_PAGES, Page } from './all-pages';

function page(ids: string[], next: string | null): Page<{ id: string }> {
  return { edges: ids.map((id) => ({ node: { id } })), pageInfo: { hasNextPage: next !== null, endCursor: next } };
}

describe('allPages', () => {
  it('follows the end cursor until the last page and keeps the order', async () => {
    const asked: (string | null)[] = [];
    const pages: Record<string, Page<{ id: string }>> = {
      start: page(['a', 'b'], 'c1'),
      c1: page(['c', 'd'], 'c2'),
      c2: page(['e'], null),
    };

    const nodes = await firstValueFrom(
      allPages((after) => {
        asked.push(after);
        return of(pages[after ?? 'start']);
      }),
    );

    expect(nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(asked).toEqual([null, 'c1', 'c2']);
  });

  it('stops after a bounded number of pages if the server never says it is done', async () => {
    let calls = 0;
    const nodes = await firstValueFrom(
      allPages(() => {
        calls++;
        return of(page([`n${calls}`], `c${calls}`));
      }),
    );

    expect(calls).toBe(MAX_PAGES);
    expect(nodes).toHaveLength(MAX_PAGES);
  });
});
