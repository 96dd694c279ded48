import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { ComplianceFigures, complianceExplanation, complianceText } from './compliance';

/**
 * How well a wave's first 90 days are covered by training, as a coloured badge whose words carry
 * the same meaning as its colour: red for nothing planned, amber for too few or a gap of more than
 * 30 days, green for on track,
 * blue for more than planned.
 */
@Component({
  selector: 'crm-compliance-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    'data-testid': 'compliance-badge',
    '[attr.data-status]': 'compliance().status',
    '[class]': '"badge " + compliance().status.toLowerCase()',
    '[attr.title]': 'explanation()',
  },
  template: `{{ text() }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-large);
      border: 1px solid transparent;
    }
    :host(.not_planned) {
      background: #ffdad6;
      color: #93000a;
      border-color: #ba1a1a;
    }
    :host(.under),
    :host(.gap) {
      background: #ffe08a;
      color: #3d2e00;
      border-color: #7c5800;
    }
    :host(.on_track) {
      background: #c4eed0;
      color: #00391c;
      border-color: #006d3b;
    }
    :host(.over) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      border-color: var(--mat-sys-outline);
    }
  `,
})
export class ComplianceBadgeComponent {
  readonly compliance = input.required<ComplianceFigures>();

  protected readonly text = computed(() => complianceText(this.compliance()));
  protected readonly explanation = computed(() => complianceExplanation(this.compliance()));
}
