import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * What a page shows when it has nothing to list yet: what would be here, why it matters, and
 * (projected) the button that adds the first one. Every page uses this one block, so an empty
 * page looks and reads the same everywhere.
 */
@Component({
  selector: 'crm-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-testid]': 'testId()' },
  template: `
    @if (heading(); as heading) {
      @if (level() === 2) {
        <h2>{{ heading }}</h2>
      } @else {
        <h3>{{ heading }}</h3>
      }
    }
    <p>{{ message() }}</p>
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
      padding: 24px 16px;
      text-align: center;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    h2,
    h3 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    p {
      max-width: 60ch;
      margin: 8px auto 16px;
    }
  `,
})
export class EmptyStateComponent {
  readonly heading = input<string | null>(null);
  /** 2 on a page whose own heading is the h1 (outside a project), so headings go down one level at a time. */
  readonly level = input<2 | 3>(3);
  readonly message = input.required<string>();
  readonly testId = input.required<string>();
}
