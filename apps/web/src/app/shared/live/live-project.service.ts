import { computed, inject, Injectable, signal } from '@angular/core';

import { Apollo } from 'apollo-angular';
import { filter, Subscription } from 'rxjs';

import { ProjectChangedGQL } from '@crm/graphql-client';

import { AuthStore } from '../../auth/auth.store';
import { LiveConnection } from './live-connection';
import { LiveRefresh } from './live-refresh';

/**
 * Keeps the open program up to date while someone else changes it: subscribes to
 * `projectChanged` for the program on screen and, shortly after a colleague's change, has every
 * store of that program load again (through LiveRefresh, which AreaStore listens to) and refetches the active
 * Apollo queries (the header, the overview). Changes of the user's own are skipped: the page that
 * made them has already loaded the result.
 */
@Injectable({ providedIn: 'root' })
export class LiveProjectService {
  private readonly connection = inject(LiveConnection);
  private readonly apollo = inject(Apollo);
  private readonly projectChangedGQL = inject(ProjectChangedGQL);
  private readonly auth = inject(AuthStore);
  private readonly refresh = inject(LiveRefresh);
  private readonly following = signal<string | null>(null);
  private subscription?: Subscription;

  /** What the program header shows: nothing until a program is followed. */
  readonly status = computed(() => (this.following() ? this.connection.status() : 'idle'));

  constructor() {
    this.refresh.refresh$.pipe(filter((projectId) => projectId === this.following())).subscribe(() => {
      void this.apollo.client.refetchQueries({ include: 'active' }).catch(() => undefined);
    });
  }

  /** Follows `projectId` until the returned function is called (the program's frame closes). */
  follow(projectId: string): () => void {
    this.stop();
    this.following.set(projectId);
    this.connection.subscribed += 1;
    this.subscription = this.projectChangedGQL.subscribe({ variables: { projectId } }).subscribe({
      next: ({ data }) => {
        const change = data?.projectChanged;
        if (!change || change.actorUserId === this.auth.user()?.id) return;
        this.refresh.changed(change.projectId);
      },
      // The socket retries by itself; a refused subscription (no longer a member) just ends.
      error: () => undefined,
    });
    return () => {
      if (this.following() === projectId) this.stop();
    };
  }

  private stop(): void {
    if (!this.subscription) return;
    this.subscription.unsubscribe();
    this.subscription = undefined;
    this.connection.subscribed -= 1;
    this.following.set(null);
  }
}
