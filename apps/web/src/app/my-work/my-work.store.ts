import { inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';

import { MyWorkGQL, MyWorkQuery } from '@crm/graphql-client';

import { LOADING, QueryState, queryStates } from '../shared/graphql/query-state';

/**
 * "My work" across every program of the signed-in user. Not a project area, so not an AreaStore:
 * one query, always asked of the network when the page opens (work changes in other tabs and by
 * other people), with a reload. Provided by the page, so it lives as long as the page.
 */
@Injectable()
export class MyWorkStore {
  private readonly query = inject(MyWorkGQL).watch({ fetchPolicy: 'network-only' });

  readonly state = toSignal(queryStates(this.query.valueChanges, (data) => data.myWork), {
    initialValue: LOADING as QueryState<MyWorkQuery['myWork']>,
  });

  reload(): void {
    // A failed refetch is reported through the watched results; the rejected promise adds nothing.
    this.query.refetch().catch(() => undefined);
  }
}
