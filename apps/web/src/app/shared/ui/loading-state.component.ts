import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

/** A page's content on its way: a spinner and what is loading, announced to screen readers. */
@Component({
  selector: 'crm-loading-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressSpinnerModule],
  host: { role: 'status', '[attr.data-testid]': 'testId()' },
  template: `
    <mat-spinner diameter="32" aria-hidden="true" />
    <span>{{ label() }}</span>
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 16px;
      padding: 24px 0;
    }
  `,
})
export class LoadingStateComponent {
  readonly label = input.required<string>();
  readonly testId = input.required<string>();
}
