import { computed, inject, Injectable, signal } from '@angular/core';

import { TrashGQL, TrashQuery } from '@crm/graphql-client';

import { AreaStore, problemNotice, toggledSet } from '../shared/data/area-store';
import { removalProblemOf } from '../shared/graphql/change-problems';
import { RecordRemoval } from '../shared/trash/record-removal.service';

export type TrashEntry = TrashQuery['trash'][number];

/** What was removed from one program in the last 30 days, and bringing it back. */
@Injectable()
export class TrashStore extends AreaStore<TrashQuery> {
  private readonly trashGQL = inject(TrashGQL);
  private readonly removal = inject(RecordRemoval);

  protected readonly content = $localize`:@@trash.store.content:the trash`;
  protected readonly thing = $localize`:@@trash.store.thing:this record`;

  /** Newest first. */
  readonly entries = computed<readonly TrashEntry[]>(() =>
    [...(this.data()?.trash ?? [])].sort((a, b) => b.removedAt.localeCompare(a.removedAt)),
  );
  /** Trash entries whose restore is on its way. */
  readonly restoring = signal<ReadonlySet<string>>(new Set());

  restore(entry: TrashEntry): void {
    this.restoring.update((ids) => toggledSet(ids, entry.id, true));
    this.notice.set(null);
    this.removal.restoreRecord(entry.kind, entry.recordId).subscribe({
      next: () => {
        this.restoring.update((ids) => toggledSet(ids, entry.id, false));
        this.data.update((data) => (data ? { ...data, trash: data.trash.filter((e) => e.id !== entry.id) } : data));
        this.changed($localize`:@@trash.store.restored:Restored “${entry.title}:title:” with what was removed with it.`);
      },
      error: (error: unknown) => {
        this.restoring.update((ids) => toggledSet(ids, entry.id, false));
        this.notice.set(problemNotice(removalProblemOf(error, $localize`:@@trash.store.quotedTitle:“${entry.title}:title:”`, 'restore')));
      },
    });
  }

  protected query() {
    return this.trashGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' });
  }
}
