import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A message about something that went wrong, announced to screen readers as it appears. */
@Component({
  selector: 'crm-error-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'alert', class: 'error-banner', '[attr.data-testid]': 'testId()' },
  template: `{{ message() }}`,
  styles: `
    :host {
      display: block;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class ErrorBannerComponent {
  readonly message = input.required<string>();
  readonly testId = input('error-banner');
}
