import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';

import { followProject } from '../../shared/data/area-store';
import { reloadOnRemovals } from '../../shared/data/reload-on-removals';
import { RecordRemoval } from '../../shared/trash/record-removal.service';
import { formatDay } from '../../shared/dates/calendar-days';
import { EmptyStateComponent } from '../../shared/ui/empty-state.component';
import { ErrorBannerComponent } from '../../shared/ui/error-banner.component';
import { LoadingStateComponent } from '../../shared/ui/loading-state.component';
import { PageNoticeComponent } from '../../shared/ui/page-notice.component';
import { BaselineDialogComponent } from './baseline-dialog.component';
import { Baseline, BaselinesStore, VarianceRow } from './baselines.store';
import { VarianceTableComponent } from './variance-table.component';

/** Saving the plan as a baseline, the program's baselines, and the variance of the one picked. */
@Component({
  selector: 'crm-baselines-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [BaselinesStore],
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule, EmptyStateComponent, ErrorBannerComponent, LoadingStateComponent, PageNoticeComponent, VarianceTableComponent],
  templateUrl: './baselines-panel.component.html',
  styleUrl: './baselines-panel.component.scss',
})
export class BaselinesPanelComponent {
  readonly projectId = input.required<string>();
  /** The picked baseline's items against today's plan, for the timeline to draw as ghost bars. */
  readonly varianceShown = output<readonly VarianceRow[]>();

  protected readonly store = inject(BaselinesStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly removal = inject(RecordRemoval);

  protected readonly loadError = computed(() => {
    const load = this.store.load();
    return load.status === 'error' ? $localize`:@@baselines.panel.loadFailed:We could not load the baselines. ${load.message}:reason:` : '';
  });
  protected readonly varianceError = computed(() => {
    const load = this.store.varianceLoad();
    return load.status === 'error' ? $localize`:@@baselines.panel.compareFailed:We could not compare with this baseline. ${load.message}:reason:` : '';
  });

  constructor() {
    followProject(this.store, this.projectId);
    // Removed here (the list loads again) or brought back with Undo or from the trash.
    reloadOnRemovals(['Baseline'], () => this.store.reload());
    effect(() => this.varianceShown.emit(this.store.variance()));
  }

  /** Through the trash, like every record: restorable for 30 days, with an Undo at once. */
  protected removeBaseline(baseline: Baseline): void {
    // Baselines are never edited, so they carry no version of their own; the API ignores it.
    this.removal.remove('Baseline', { id: baseline.id, version: 1, title: baseline.name }).subscribe();
  }

  protected saveBaseline(): void {
    this.dialog.open(BaselineDialogComponent, { injector: this.injector, width: '520px', maxWidth: '95vw' });
  }

  protected describe(baseline: Baseline): string {
    const when = formatDay(baseline.createdAt.slice(0, 10));
    return baseline.createdBy ? $localize`:@@baselines.panel.savedBy:${when}:day: by ${baseline.createdBy.name}:name:` : when;
  }

}
