import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { LiveStatus } from './live-connection';

/** "Live" while colleagues' changes arrive as they happen, "Reconnecting…" while they cannot. */
@Component({
  selector: 'crm-live-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (status() !== 'idle') {
      <span
        class="live"
        [class.reconnecting]="status() === 'reconnecting'"
        role="status"
        data-testid="live-status"
        [attr.title]="status() === 'live' ? texts.liveTitle : texts.reconnectingTitle"
      >
        <span class="dot" aria-hidden="true"></span>
        {{ status() === 'live' ? texts.live : texts.reconnecting }}
      </span>
    }
  `,
  styles: `
    .live {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .dot {
      width: 8px;
      height: 8px;
      border-radius: 50%;
      background: #2e7d32;
    }
    .reconnecting .dot {
      background: #ed6c02;
    }
  `,
})
export class LiveStatusComponent {
  readonly status = input.required<LiveStatus>();

  protected readonly texts = {
    live: $localize`:@@shared.live.live:Live`,
    reconnecting: $localize`:@@shared.live.reconnecting:Reconnecting…`,
    liveTitle: $localize`:@@shared.live.liveTitle:Changes by others appear here as they are made.`,
    reconnectingTitle: $localize`:@@shared.live.reconnectingTitle:Changes by others will appear once we are connected again.`,
  };
}
