import { ChangeDetectionStrategy, Component, computed, inject, Injector, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';

import { followProject } from '../shared/data/area-store';
import { reloadOnRemovals } from '../shared/data/reload-on-removals';
import { MessageTextPipe } from '../shared/i18n/message-text.pipe';
import { RecordRemoval } from '../shared/trash/record-removal.service';
import { AREA_PAGE } from '../shared/ui/area-page.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { CriterionDialogComponent, CriterionDialogData } from './criterion-dialog.component';
import { DecisionPanelComponent } from './decision-panel.component';
import { RankingChartComponent } from './ranking-chart.component';
import { Criterion, formatScore, MAX_SCORE, MIN_SCORE, Vendor } from './score-matrix';
import { ScoreMatrixComponent } from './score-matrix.component';
import { coverageSentence, flipSentence, unscoredNote } from './selection-analysis';
import { SelectionStore } from './selection.store';
import { VendorDialogComponent } from './vendor-dialog.component';

/**
 * The technology selection: vendors scored against weighted criteria, the ranking those scores make,
 * whether that ranking survives a small change of priorities, which MUST requirements the evaluation
 * misses, and the decision with its rationale.
 */
@Component({
  selector: 'crm-selection-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SelectionStore],
  imports: [
    AREA_PAGE, MatButtonModule,
    DecisionPanelComponent,
    ErrorBannerComponent,
    MessageTextPipe,
    RankingChartComponent,
    ScoreMatrixComponent,
  ],
  templateUrl: './selection-page.component.html',
  styleUrl: './selection-page.component.scss',
})
export class SelectionPageComponent {
  protected readonly store = inject(SelectionStore);
  protected readonly scale = { min: MIN_SCORE, max: MAX_SCORE };
  private readonly dialog = inject(MatDialog);
  private readonly removal = inject(RecordRemoval);
  private readonly injector = inject(Injector);

  readonly projectId = input.required<string>();

  protected readonly format = formatScore;
  protected readonly flipSentence = flipSentence;
  protected readonly coverageSentence = coverageSentence;
  protected readonly unscoredNote = unscoredNote;

  protected readonly emptyTitle = computed(() => {
    const vendors = this.store.vendors().length;
    const criteria = this.store.criteria().length;
    if (vendors === 0 && criteria === 0) return $localize`:@@selection.page.emptyNothing:Nothing to compare yet`;
    return vendors === 0 ? $localize`:@@selection.page.emptyVendors:Add the vendors to compare` : $localize`:@@selection.page.emptyCriteria:Add the criteria to judge them by`;
  });

  constructor() {
    followProject(this.store, this.projectId);
    // A removed requirement also drops out of the criteria's tracing.
    reloadOnRemovals(['Vendor', 'Criterion', 'Score', 'Requirement'], () => this.store.reload());
  }

  /** Removes a vendor (with its scores) to the trash after the removal's confirmation; the page loads again by itself. */
  protected removeVendor(vendor: Vendor): void {
    this.removal.remove('Vendor', { id: vendor.id, version: vendor.version, title: vendor.name }).subscribe();
  }

  protected analysisErrorMessage(): string {
    const load = this.store.analysisLoad();
    return load.status === 'error' ? $localize`:@@selection.ranking.error:We could not work out the ranking. ${load.message}:reason:` : '';
  }

  protected addVendor(): void {
    this.dialog.open<VendorDialogComponent, void, Vendor>(VendorDialogComponent, {
      injector: this.injector,
      width: '560px',
      maxWidth: '95vw',
    });
  }

  protected openCriterion(criterion: Criterion | null): void {
    this.dialog.open<CriterionDialogComponent, CriterionDialogData, Criterion>(CriterionDialogComponent, {
      data: { criterion },
      injector: this.injector,
      width: '640px',
      maxWidth: '95vw',
    });
  }
}
