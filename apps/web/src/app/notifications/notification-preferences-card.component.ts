import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatRadioModule } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';

import { NotificationChannel, NotificationKind } from '@crm/domain';
import { NotificationPreferencesGQL, NotificationPreferencesQuery, UpdateNotificationPreferencesGQL } from '@crm/graphql-client';

import { userMessageOf } from '../shared/graphql/graphql-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';
import { NOTIFICATION_KIND_WORDS } from './notification-kind-labels';

type Preference = NotificationPreferencesQuery['notificationPreferences'][number];

export const CHANNEL_CHOICES: readonly { value: NotificationChannel; label: string }[] = [
  { value: 'INBOX', label: $localize`:@@notifications.channel.inbox:Inbox` },
  { value: 'EMAIL', label: $localize`:@@notifications.channel.email:Email` },
  { value: 'BOTH', label: $localize`:@@notifications.channel.both:Both` },
  { value: 'NONE', label: $localize`:@@notifications.channel.none:None` },
];

/** The profile's card for choosing, per kind of notification, where it reaches you. */
@Component({
  selector: 'crm-notification-preferences-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, MatRadioModule, ErrorBannerComponent, LoadingStateComponent],
  templateUrl: './notification-preferences-card.component.html',
  styles: `
    mat-card {
      padding: 16px 24px 24px;
      align-items: flex-start;
    }
    h2 {
      font: var(--mat-sys-title-medium);
    }
    .grid {
      align-self: stretch;
      display: flex;
      flex-direction: column;
      margin-bottom: 16px;
      overflow-x: auto;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(180px, 1fr) repeat(4, 72px);
      align-items: center;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      min-height: 44px;
    }
    .head {
      font: var(--mat-sys-label-large);
    }
    .channel {
      text-align: center;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NotificationPreferencesCardComponent {
  private readonly preferencesGQL = inject(NotificationPreferencesGQL);
  private readonly updateGQL = inject(UpdateNotificationPreferencesGQL);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly channels = CHANNEL_CHOICES;
  protected readonly rows = signal<Preference[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  /** What the form shows: the saved channel per kind, with the user's unsaved choices over it. */
  protected readonly chosen = signal<Partial<Record<NotificationKind, NotificationChannel>>>({});
  protected readonly changed = computed(() => (this.rows() ?? []).some((row) => this.chosen()[row.kind] !== row.channel));

  constructor() {
    this.preferencesGQL.fetch({ fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => data && this.show(data.notificationPreferences),
      error: (error: unknown) => this.loadError.set(userMessageOf(error)),
    });
  }

  protected kindLabel(kind: NotificationKind): string {
    return NOTIFICATION_KIND_WORDS[kind];
  }

  protected channelLabel(channel: NotificationChannel): string {
    return CHANNEL_CHOICES.find((c) => c.value === channel)?.label ?? channel;
  }

  protected choose(kind: NotificationKind, channel: NotificationChannel): void {
    this.chosen.update((current) => ({ ...current, [kind]: channel }));
  }

  protected save(): void {
    const preferences = (this.rows() ?? []).filter((row) => this.chosen()[row.kind] !== row.channel).map((row) => ({ kind: row.kind, channel: this.chosen()[row.kind]! }));
    if (preferences.length === 0) return;
    this.saving.set(true);
    this.updateGQL.mutate({ variables: { input: { preferences } } }).subscribe({
      next: ({ data }) => {
        this.saving.set(false);
        if (data) this.show(data.updateNotificationPreferences);
        this.snackBar.open($localize`:@@notifications.preferences.saved:Notification settings saved.`, undefined, { duration: 4000 });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.snackBar.open($localize`:@@notifications.preferences.notSaved:Not saved. ${userMessageOf(error)}:reason:`, $localize`:@@notifications.dismiss:Dismiss`);
      },
    });
  }

  private show(rows: Preference[]): void {
    this.rows.set(rows);
    this.chosen.set(Object.fromEntries(rows.map((row) => [row.kind, row.channel])));
  }
}
