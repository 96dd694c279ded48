import { ChangeDetectionStrategy, Component, effect, inject, Injector, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';

import { LoadErrorComponent } from '../shared/ui/load-error.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';
import { PageNoticeComponent } from '../shared/ui/page-notice.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { KpiCardComponent } from './kpi-card.component';
import { Kpi } from './kpi-chart';
import { KpiDialogComponent, KpiDialogData } from './kpi-dialog.component';
import { KpiStore } from './kpis.store';
import { MeasurementDialogComponent, MeasurementDialogData } from './measurement-dialog.component';

/**
 * The program's measurable goals: each KPI with its baseline, target and measured values, and
 * whether it is on track. A CRM program is judged by these, not by features delivered.
 */
@Component({
  selector: 'crm-kpis-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [KpiStore],
  imports: [EmptyStateComponent, MatButtonModule, LoadErrorComponent, LoadingStateComponent, PageNoticeComponent, KpiCardComponent],
  template: `
    <section class="page" aria-labelledby="kpis-heading">
      <div class="heading">
        <h2 id="kpis-heading">KPIs</h2>
        @if (store.canEdit()) {
          <button mat-flat-button type="button" data-testid="new-kpi" (click)="openKpiDialog(null)">Add KPI</button>
        }
      </div>
      <p class="lead">
        The business goals the CRM should move, such as user adoption, data accuracy or sales conversion. Record measurements as they
        come in; each KPI shows whether it is on track for its target.
      </p>

      @if (store.notice(); as notice) {
        <crm-page-notice
          [notice]="notice"
          testId="kpi-notice"
          problemTestId="kpi-problem"
          (reload)="store.reload()"
          (dismiss)="store.dismissNotice()"
        />
      }

      @switch (store.load().status) {
        @case ('loading') {
          <crm-loading-state testId="kpis-loading" label="Loading the KPIs…" />
        }
        @case ('error') {
          <crm-load-error testId="kpis-error" [message]="loadErrorMessage()" (retry)="store.reload()" />
        }
        @case ('loaded') {
          @if (store.kpis().length === 0) {
            <crm-empty-state testId="kpis-empty" heading="No KPIs yet" message="Start from the goals the program was approved for: for example user adoption (active users out of licensed users).">
              @if (store.canEdit()) {
                <button mat-flat-button type="button" (click)="openKpiDialog(null)">Add the first KPI</button>
              }
            </crm-empty-state>
          } @else {
            <div class="cards">
              @for (kpi of store.kpis(); track kpi.id) {
                <crm-kpi-card [kpi]="kpi" [canEdit]="store.canEdit()" (edit)="openKpiDialog(kpi)" (measure)="openMeasurementDialog(kpi)" />
              }
            </div>
          }
        }
      }
    </section>
  `,
  styles: `
    .page {
      display: flex;
      flex-direction: column;
      gap: 16px;
      padding: 16px;
    }
    .heading {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 16px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    .lead {
      max-width: 80ch;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(360px, 1fr));
      gap: 16px;
      align-items: start;
    }
    @media (max-width: 420px) {
      .cards {
        grid-template-columns: 1fr;
      }
    }
  `,
})
export class KpisPageComponent {
  protected readonly store = inject(KpiStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  readonly projectId = input.required<string>();

  constructor() {
    effect(() => {
      const projectId = this.projectId();
      untracked(() => this.store.open(projectId));
    });
  }

  protected loadErrorMessage(): string {
    const load = this.store.load();
    return load.status === 'error' ? `We could not load the KPIs. ${load.message}` : '';
  }

  protected openKpiDialog(kpi: Kpi | null): void {
    this.dialog.open<KpiDialogComponent, KpiDialogData, Kpi>(KpiDialogComponent, {
      data: { kpi },
      injector: this.injector,
      width: '600px',
      maxWidth: '95vw',
    });
  }

  protected openMeasurementDialog(kpi: Kpi): void {
    this.dialog.open<MeasurementDialogComponent, MeasurementDialogData, Kpi>(MeasurementDialogComponent, {
      data: { kpi },
      injector: this.injector,
      width: '520px',
      maxWidth: '95vw',
    });
  }
}
