import { ChangeDetectionStrategy, Component, computed, inject, OnDestroy } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';

import { NotificationItemFragment } from '@crm/graphql-client';

import { userMessageOf } from '../shared/graphql/graphql-errors';
import { DateTimePipe } from '../shared/format/format.pipes';
import { NotificationTextPipe } from './notification-text.pipe';
import { whenText } from './notification-time';
import { NotificationsStore } from './notifications.store';

/** The bell in the top bar: how many notifications are unread, and the newest in a menu. */
@Component({
  selector: 'crm-notification-bell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatMenuModule, NotificationTextPipe, RouterLink, DateTimePipe],
  templateUrl: './notification-bell.component.html',
  styles: `
    .bell {
      position: relative;
    }
    .badge {
      position: absolute;
      top: 2px;
      right: 2px;
      min-width: 18px;
      height: 18px;
      padding: 0 4px;
      box-sizing: border-box;
      border-radius: 9px;
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font: var(--mat-sys-label-small);
      line-height: 18px;
      text-align: center;
    }
    .panel-head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 16px;
      padding: 4px 8px 4px 16px;
    }
    .panel-title {
      font: var(--mat-sys-title-small);
    }
    .panel-note {
      margin: 8px 16px;
      max-width: 40ch;
    }
    .item {
      height: auto;
      min-height: 56px;
      padding-block: 6px;
    }
    /* Menu items wrap their content in a text span of their own: this row keeps the dot beside the title. */
    .item .line {
      display: flex;
      align-items: flex-start;
    }
    .item .text {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .item .title {
      white-space: normal;
    }
    .item.unread .title {
      font-weight: 600;
    }
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .dot {
      flex-shrink: 0;
      width: 8px;
      height: 8px;
      margin: 6px 8px 0 0;
      border-radius: 50%;
    }
    .dot.shown {
      background: var(--mat-sys-primary);
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class NotificationBellComponent implements OnDestroy {
  protected readonly store = inject(NotificationsStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly label = computed(() => {
    const count = this.store.unreadCount();
    return count > 0 ? $localize`:@@notifications.bell.labelUnread:Notifications, ${count}:count: unread` : $localize`:@@notifications.bell.label:Notifications`;
  });
  protected readonly badge = computed(() => (this.store.unreadCount() > 99 ? '99+' : String(this.store.unreadCount())));

  constructor() {
    this.store.start();
  }

  ngOnDestroy(): void {
    this.store.stop();
  }

  /** "5 minutes ago · Nordics rollout". */
  protected meta(item: NotificationItemFragment): string {
    return [whenText(item.createdAt), item.projectName].filter(Boolean).join(' · ');
  }

  protected open(item: NotificationItemFragment): void {
    if (!item.read) this.store.markRead([item.id]).catch(() => undefined);
    void this.router.navigateByUrl(item.link);
  }

  protected markAllRead(): void {
    this.store.markRead([]).catch((error: unknown) => this.snackBar.open(userMessageOf(error), $localize`:@@notifications.dismiss:Dismiss`));
  }
}
