import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { ErrorBannerComponent } from './error-banner.component';

/** A page that could not load: what went wrong, and a way to try again. */
@Component({
  selector: 'crm-load-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, ErrorBannerComponent],
  host: { '[attr.data-testid]': 'testId()' },
  template: `
    <crm-error-banner [message]="message()" />
    <button mat-stroked-button type="button" (click)="retry.emit()" i18n="@@shared.loadError.retry">Try again</button>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 8px;
    }
  `,
})
export class LoadErrorComponent {
  readonly message = input.required<string>();
  readonly testId = input.required<string>();

  readonly retry = output();
}
