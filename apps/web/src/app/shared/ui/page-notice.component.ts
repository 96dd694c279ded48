import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { ErrorBannerComponent } from './error-banner.component';

/** What a page says about the last change the user made: that it was done, or what went wrong. */
export interface PageNotice {
  kind: 'done' | 'problem';
  message: string;
  /** The page holds stale data: the way out is to load it again. */
  offerReload: boolean;
}

/**
 * The notice above an area page's content, with the way out of it: reload when the page is stale,
 * dismiss otherwise. A done notice is announced politely; a problem is announced as an alert.
 */
@Component({
  selector: 'crm-page-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, ErrorBannerComponent],
  host: { '[class.done]': "notice().kind === 'done'", '[attr.data-testid]': 'testId()' },
  template: `
    @if (notice().kind === 'done') {
      <p role="status">{{ notice().message }}</p>
    } @else {
      <crm-error-banner [message]="notice().message" [testId]="problemTestId()" />
    }
    <div class="notice-actions">
      @if (notice().offerReload) {
        <button mat-stroked-button type="button" [attr.data-testid]="reloadTestId()" (click)="reload.emit()" i18n="@@shared.notice.reload">Reload</button>
      }
      <button mat-button type="button" (click)="dismiss.emit()" i18n="@@shared.notice.dismiss">Dismiss</button>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 8px;
    }
    :host(.done) p {
      margin: 0;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .notice-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class PageNoticeComponent {
  readonly notice = input.required<PageNotice>();
  readonly testId = input.required<string>();
  readonly problemTestId = input.required<string>();
  /** Only some pages name their reload button for tests; without one the button has no test id. */
  readonly reloadTestId = input<string | null>(null);

  readonly reload = output();
  readonly dismiss = output();
}
