import { inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { filter, merge } from 'rxjs';

import type { TrashKind } from '@crm/graphql-client';

import { RecordRemoval } from '../trash/record-removal.service';

/**
 * Loads a page's data again whenever a record of one of `kinds` goes to the trash or comes back
 * from it (the snackbar's Undo, the trash page), for as long as the page lives. Call it from a
 * page component's constructor; the dialog that removed the record only has to close.
 */
export function reloadOnRemovals(kinds: readonly TrashKind[], reload: () => void): void {
  const removal = inject(RecordRemoval);
  merge(removal.removed$, removal.restored$)
    .pipe(
      filter((event) => kinds.includes(event.kind)),
      takeUntilDestroyed(),
    )
    .subscribe(() => reload());
}
