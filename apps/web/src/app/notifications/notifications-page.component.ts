import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';

import { NotificationItemFragment, NotificationsGQL } from '@crm/graphql-client';

import { userMessageOf } from '../shared/graphql/graphql-errors';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { LoadErrorComponent } from '../shared/ui/load-error.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';
import { DateTimePipe } from '../shared/format/format.pipes';
import { NotificationTextPipe } from './notification-text.pipe';
import { whenText } from './notification-time';
import { NotificationsStore } from './notifications.store';

export const INBOX_PAGE = 25;

/** Everything you were told, newest first, all or only what is unread, a page at a time. */
const DISMISS = $localize`:@@notifications.dismiss:Dismiss`;

@Component({
  selector: 'crm-notifications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatButtonToggleModule, EmptyStateComponent, LoadErrorComponent, LoadingStateComponent, NotificationTextPipe, DateTimePipe],
  templateUrl: './notifications-page.component.html',
  styles: `
    .notifications-page {
      max-width: 800px;
      margin: 0 auto;
      padding: 24px 16px;
      display: flex;
      flex-direction: column;
      gap: 16px;
      align-items: flex-start;
    }
    .heading {
      display: flex;
      align-items: center;
      justify-content: space-between;
      align-self: stretch;
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      align-self: stretch;
    }
    .item {
      display: flex;
      align-items: flex-start;
      gap: 12px;
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .text {
      flex: 1;
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .item.unread .title {
      font-weight: 600;
    }
    .body,
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .dot {
      width: 8px;
      height: 8px;
      margin-top: 8px;
      border-radius: 50%;
    }
    .dot.shown {
      background: var(--mat-sys-primary);
    }
  `,
})
export class NotificationsPageComponent {
  private readonly listGQL = inject(NotificationsGQL);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  protected readonly bell = inject(NotificationsStore);

  protected readonly unreadOnly = signal(false);
  protected readonly items = signal<NotificationItemFragment[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly hasMore = signal(false);
  protected readonly loadingMore = signal(false);
  private endCursor: string | null = null;
  private request = 0;

  constructor() {
    this.show(false);
  }

  protected show(unreadOnly: boolean): void {
    this.unreadOnly.set(unreadOnly);
    this.items.set(null);
    this.error.set(null);
    this.endCursor = null;
    this.page(false);
  }

  protected more(): void {
    this.page(true);
  }

  private page(append: boolean): void {
    // Only the answer to the newest request counts: switching the filter drops an older one.
    const request = ++this.request;
    this.loadingMore.set(append);
    this.listGQL
      .fetch({ variables: { first: INBOX_PAGE, after: append ? this.endCursor : null, unreadOnly: this.unreadOnly() }, fetchPolicy: 'network-only' })
      .subscribe({
        next: ({ data }) => {
          if (request !== this.request || !data) return;
          const page = data.notifications;
          this.items.set([...(append ? (this.items() ?? []) : []), ...page.edges.map((e) => e.node)]);
          this.hasMore.set(page.pageInfo.hasNextPage);
          this.endCursor = page.pageInfo.endCursor ?? null;
          this.bell.unreadCount.set(page.unreadCount);
          this.loadingMore.set(false);
        },
        error: (error: unknown) => {
          if (request !== this.request) return;
          this.loadingMore.set(false);
          if (append) this.snackBar.open(userMessageOf(error), DISMISS);
          else this.error.set(userMessageOf(error));
        },
      });
  }

  protected readonly allReadHeading = $localize`:@@notifications.inbox.allReadHeading:All read`;
  protected readonly emptyHeading = $localize`:@@notifications.inbox.emptyHeading:No notifications yet`;
  protected readonly allReadMessage = $localize`:@@notifications.inbox.allReadMessage:You have read everything you were told.`;
  protected readonly emptyMessage = $localize`:@@notifications.inbox.emptyMessage:When a task comes to you, someone mentions you or a milestone is due, it shows up here.`;

  protected markReadLabel(title: string): string {
    return $localize`:@@notifications.inbox.markReadLabel:Mark read: ${title}:title:`;
  }

  protected meta(item: NotificationItemFragment): string {
    return [whenText(item.createdAt), item.projectName, item.actor?.name].filter(Boolean).join(' · ');
  }

  /** A plain click opens it in the app (links may carry a query); other clicks (new tab) are the browser's. */
  protected open(event: MouseEvent, item: NotificationItemFragment): void {
    if (!item.read) this.bell.markRead([item.id]).catch(() => undefined);
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    void this.router.navigateByUrl(item.link);
  }

  protected markRead(item: NotificationItemFragment): void {
    this.bell
      .markRead([item.id])
      .then(() => this.items.update((list) => list?.map((n) => (n.id === item.id ? { ...n, read: true } : n)) ?? list))
      .catch((error: unknown) => this.snackBar.open(userMessageOf(error), DISMISS));
  }

  protected markAllRead(): void {
    this.bell
      .markRead([])
      .then(() => {
        this.snackBar.open($localize`:@@notifications.inbox.allMarkedRead:All marked read.`, undefined, { duration: 3000 });
        if (this.unreadOnly()) this.show(true);
        else this.items.update((list) => list?.map((n) => ({ ...n, read: true })) ?? list);
      })
      .catch((error: unknown) => this.snackBar.open(userMessageOf(error), DISMISS));
  }
}
