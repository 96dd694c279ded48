import { booleanAttribute, ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { ErrorBannerComponent } from '../ui/error-banner.component';
import { EditSubmission } from './edit-submission';

/**
 * Why an edit form's last try was refused, above its fields; with a Reload button when the record
 * changed or went away meanwhile and the form can load it again (`reloadable`).
 */
@Component({
  selector: 'crm-submission-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, ErrorBannerComponent],
  template: `
    @if (submission().banner(); as message) {
      <div class="crm-dialog-banner">
        <crm-error-banner [message]="message" [testId]="testId()" />
        @if (reloadable() && submission().stale()) {
          <button mat-stroked-button type="button" [attr.data-testid]="reloadTestId()" (click)="reload.emit()" i18n="@@shared.submission.reload">Reload</button>
        }
      </div>
    }
  `,
})
export class SubmissionBannerComponent {
  readonly submission = input.required<EditSubmission>();
  readonly testId = input('error-banner');
  readonly reloadTestId = input<string | null>(null);
  readonly reloadable = input(false, { transform: booleanAttribute });

  readonly reload = output();
}
