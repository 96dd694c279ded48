import { EMPTY, expand, Observable, reduce } from 'rxjs';

export interface Page<T> {
  edges: readonly { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Enough for any real plan (100 pages of 100 tasks); stops a server that never ends a list. */
export const MAX_PAGES = 100;

/**
 * Every node of a cursor-paginated list, fetched one page after another (the API caps a page at
 * 100). Each page asks for the one after the previous page's end cursor.
 */
export function allPages<T>(fetchPage: (after: string | null) => Observable<Page<T>>): Observable<T[]> {
  let fetched = 0;
  return fetchPage(null).pipe(
    expand((page) => {
      fetched++;
      const { hasNextPage, endCursor } = page.pageInfo;
      return hasNextPage && endCursor && fetched < MAX_PAGES ? fetchPage(endCursor) : EMPTY;
    }),
    reduce((all: T[], page) => {
      for (const edge of page.edges) all.push(edge.node);
      return all;
    }, []),
  );
}
