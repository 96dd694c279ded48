import { inject, Injectable, signal } from '@angular/core';

import { firstValueFrom, Subscription } from 'rxjs';

import { MarkNotificationsReadGQL, NotificationAddedGQL, NotificationItemFragment, NotificationsGQL, UnreadNotificationCountGQL } from '@crm/graphql-client';

import { userMessageOf } from '../shared/graphql/graphql-errors';

/** Until the live link carries notificationAdded, the count is asked this often. */
export const UNREAD_POLL_MS = 60_000;
/** How many the bell's panel shows. */
export const BELL_PAGE = 8;

/**
 * The signed-in user's unread count and newest notifications, for the bell in the top bar. It
 * listens to notificationAdded and also asks for the count every minute, so the count is right
 * whether or not the live link is there.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly countGQL = inject(UnreadNotificationCountGQL);
  private readonly listGQL = inject(NotificationsGQL);
  private readonly markGQL = inject(MarkNotificationsReadGQL);
  private readonly addedGQL = inject(NotificationAddedGQL);
  private timer: ReturnType<typeof setInterval> | undefined;
  private live: Subscription | undefined;

  readonly unreadCount = signal(0);
  /** The newest notifications; null until the panel first asks for them. */
  readonly latest = signal<NotificationItemFragment[] | null>(null);
  readonly latestError = signal<string | null>(null);

  /** Starts counting for the signed-in user (again after a sign-in). */
  start(): void {
    if (this.timer) return;
    this.refreshCount();
    this.timer = setInterval(() => this.refreshCount(), UNREAD_POLL_MS);
    this.live = this.addedGQL.subscribe().subscribe({
      next: ({ data }) => {
        const added = data?.notificationAdded;
        if (!added) return;
        this.unreadCount.update((n) => n + (added.read ? 0 : 1));
        this.latest.update((list) => (list ? [added, ...list.filter((n) => n.id !== added.id)].slice(0, BELL_PAGE) : list));
      },
      // Without a live link the subscription fails at once; the poll keeps the count right.
      error: () => undefined,
    });
  }

  /** Signed out: nothing of the last user stays. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.live?.unsubscribe();
    this.live = undefined;
    this.unreadCount.set(0);
    this.latest.set(null);
  }

  refreshCount(): void {
    this.countGQL.fetch({ fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        if (data) this.unreadCount.set(data.unreadNotificationCount);
      },
      // A missed count is taken again at the next poll.
      error: () => undefined,
    });
  }

  loadLatest(): void {
    this.latestError.set(null);
    this.listGQL.fetch({ variables: { first: BELL_PAGE, unreadOnly: false }, fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        if (!data) return;
        this.latest.set(data.notifications.edges.map((e) => e.node));
        this.unreadCount.set(data.notifications.unreadCount);
      },
      error: (error: unknown) => this.latestError.set(userMessageOf(error)),
    });
  }

  /** Marks the notifications read (all with an empty list); the count follows the server's answer. */
  async markRead(ids: readonly string[]): Promise<void> {
    const result = await firstValueFrom(this.markGQL.mutate({ variables: { input: { ids: [...ids] } } }));
    const count = result.data?.markNotificationsRead;
    if (count !== undefined) this.unreadCount.set(count);
    const marked = new Set(ids);
    this.latest.update((list) => list?.map((n) => (ids.length === 0 || marked.has(n.id) ? { ...n, read: true } : n)) ?? list);
  }
}
