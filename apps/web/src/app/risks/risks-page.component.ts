import { ChangeDetectionStrategy, Component, computed, inject, Injector, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';

import { HIGH_RISK_SCORE, MAX_RISK_LEVEL, RISK_LEVELS } from '@crm/domain';

import { followProject } from '../shared/data/area-store';
import { reloadOnRemovals } from '../shared/data/reload-on-removals';
import { openLinkedRecord } from '../shared/navigation/linked-record';
import { AREA_PAGE } from '../shared/ui/area-page.component';
import { IMPACT_LABELS, LIKELIHOOD_LABELS, ownerView, RISK_STATUS_LABELS, SEVERITY_LABELS } from './heat-map';
import { RiskDialogComponent, RiskDialogData } from './risk-dialog.component';
import { RiskHeatmapComponent } from './risk-heatmap.component';
import { Risk, RiskStore } from './risks.store';

/**
 * What could derail the program, how likely and how bad, and who answers for it. The heat map
 * shows where the open risks gather; choosing a cell filters the register below it.
 */
@Component({
  selector: 'crm-risks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RiskStore],
  imports: [
    AREA_PAGE, MatButtonModule,
    MatSlideToggleModule,
    MatTableModule,
    RiskHeatmapComponent,
  ],
  templateUrl: './risks-page.component.html',
  styleUrl: './risks-page.component.scss',
})
export class RisksPageComponent {
  protected readonly store = inject(RiskStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  readonly projectId = input.required<string>();
  /** ?risk=<id> opens that risk (links from the search box lead here). */
  readonly risk = input<string>();

  protected readonly columns = computed(() => {
    const columns = ['title', 'score', 'severity', 'owner', 'mitigation', 'status'];
    return this.store.canEdit() ? [...columns, 'actions'] : columns;
  });
  protected readonly filterText = computed(() => {
    const cell = this.store.cell();
    return cell ? $localize`:@@risks.page.cellFilter:${LIKELIHOOD_LABELS[cell.likelihood]}:likelihood: likelihood × ${IMPACT_LABELS[cell.impact]}:impact: impact` : null;
  });
  protected readonly ownerOf = ownerView;
  protected readonly scale = { min: RISK_LEVELS[0], max: MAX_RISK_LEVEL, high: HIGH_RISK_SCORE };

  constructor() {
    followProject(this.store, this.projectId);
    reloadOnRemovals(['Risk', 'Role', 'Person'], () => this.store.reload());
    openLinkedRecord<Risk>({
      param: 'risk',
      id: this.risk,
      records: () => (this.store.data() ? this.store.risks() : null),
      open: (risk) => this.openDialog(risk),
      // A closed risk is listed only when asked for.
      widen: () => !this.store.includeClosed() && (this.store.setIncludeClosed(true), true),
      missing: $localize`:@@risks.page.missing:That risk is no longer in this program.`,
    });
  }

  // mat-table hands rows to the template untyped; these keep the lookups typed.
  protected severityLabel(risk: Risk): string {
    return SEVERITY_LABELS[risk.severity];
  }

  protected editLabel(risk: Risk): string {
    return $localize`:@@risks.table.editLabel:Edit ${risk.title}:title:`;
  }

  protected statusLabel(risk: Risk): string {
    return RISK_STATUS_LABELS[risk.status];
  }

  protected openDialog(risk: Risk | null): void {
    this.dialog.open<RiskDialogComponent, RiskDialogData, Risk>(RiskDialogComponent, {
      data: { risk },
      injector: this.injector,
      width: '640px',
      maxWidth: '95vw',
    });
  }
}
