import { ObservableQuery } from '@apollo/client';
import { catchError, map, Observable, of } from 'rxjs';

import { userMessageOf } from './graphql-errors';

/** What a page shows for one query: a spinner, a message with a retry, or the data. */
export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'loaded'; data: T };

export const LOADING: QueryState<never> = { status: 'loading' };

/**
 * Turns a watched query into the states a page renders. Data we already have keeps showing while a
 * refresh is under way or has failed: a flaky connection should not blank a page someone is reading.
 */
export function queryStates<TData, T>(
  results: Observable<ObservableQuery.Result<TData>>,
  pick: (data: TData) => T,
): Observable<QueryState<T>> {
  return results.pipe(
    map((result): QueryState<T> => {
      if (result.dataState === 'complete') return { status: 'loaded', data: pick(result.data as TData) };
      if (result.error) return { status: 'error', message: userMessageOf(result.error) };
      return LOADING;
    }),
    catchError((error: unknown) => of<QueryState<T>>({ status: 'error', message: userMessageOf(error) })),
  );
}
