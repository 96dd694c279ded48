import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';

/**
 * The print rules that reach outside the health page: when it is printed, the app's toolbar, the
 * project header and the tabs are left off the paper. They apply only while the health page is on
 * screen (`body:has(crm-health-page)`), and Angular drops them when the page is left.
 */
@Component({
  selector: 'crm-health-print',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  template: '',
  styles: `
    @media print {
      body:has(crm-health-page) {
        background: #fff !important;
        color: #000 !important;
      }
      body:has(crm-health-page) crm-root > header,
      body:has(crm-health-page) crm-project-shell .frame,
      body:has(crm-health-page) crm-project-shell nav,
      body:has(crm-health-page) .cdk-overlay-container {
        display: none !important;
      }
      @page {
        margin: 16mm;
      }
    }
  `,
})
export class HealthPrintComponent {}
