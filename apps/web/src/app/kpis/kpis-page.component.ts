import { ChangeDetectionStrategy, Component, inject, Injector, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';

import { followProject } from '../shared/data/area-store';
import { AREA_PAGE } from '../shared/ui/area-page.component';
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
  imports: [AREA_PAGE, MatButtonModule, KpiCardComponent],
  templateUrl: './kpis-page.component.html',
  styleUrl: './kpis-page.component.scss',
})
export class KpisPageComponent {
  protected readonly store = inject(KpiStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  readonly projectId = input.required<string>();

  constructor() {
    followProject(this.store, this.projectId);
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
