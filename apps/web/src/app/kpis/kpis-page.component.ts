import { ChangeDetectionStrategy, Component, inject, Injector, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';

import { formatDay } from '../shared/dates/calendar-days';
import { followProject } from '../shared/data/area-store';
import { reloadOnRemovals } from '../shared/data/reload-on-removals';
import { confirmAction } from '../shared/ui/confirm-dialog.component';
import { AREA_PAGE } from '../shared/ui/area-page.component';
import { KpiCardComponent } from './kpi-card.component';
import { Kpi, KpiMeasurement, kpiValue } from './kpi-chart';
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
    reloadOnRemovals(['Kpi', 'KpiMeasurement'], () => this.store.reload());
  }

  protected openKpiDialog(kpi: Kpi | null): void {
    this.dialog.open<KpiDialogComponent, KpiDialogData, Kpi>(KpiDialogComponent, {
      data: { kpi },
      injector: this.injector,
      width: '600px',
      maxWidth: '95vw',
    });
  }

  protected openMeasurementDialog(kpi: Kpi, measurement?: KpiMeasurement): void {
    this.dialog.open<MeasurementDialogComponent, MeasurementDialogData, Kpi>(MeasurementDialogComponent, {
      data: { kpi, measurement },
      injector: this.injector,
      width: '520px',
      maxWidth: '95vw',
    });
  }

  protected confirmRemoval(kpi: Kpi, measurement: KpiMeasurement): void {
    confirmAction(this.dialog, {
      title: $localize`:@@kpis.removeMeasurement.title:Remove this measurement?`,
      message: $localize`:@@kpis.removeMeasurement.message:${kpiValue(measurement.value, kpi.unit)}:value:, measured on ${formatDay(measurement.measuredOn)}:day:, is taken off “${kpi.name}:kpi:” and its chart, and the KPI is judged again without it. You can undo it, or restore it from the program’s trash for 30 days.`,
      confirmLabel: $localize`:@@kpis.removeMeasurement.confirm:Remove measurement`,
    }).subscribe((confirmed) => {
      if (confirmed) this.store.removeMeasurement(measurement);
    });
  }
}
