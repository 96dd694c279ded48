import { ChangeDetectionStrategy, Component, effect, inject, Injector, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';

import { LoadErrorComponent } from '../shared/ui/load-error.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';
import { PageNoticeComponent } from '../shared/ui/page-notice.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { RolloutStore, RolloutWave } from './rollout.store';
import { WaveCardComponent } from './wave-card.component';
import { WaveDialogComponent, WaveDialogData } from './wave-dialog.component';
import { WaveTimelineComponent } from './wave-timeline.component';

/**
 * The phased rollout: the waves in which the organisation goes live, one business unit, region or
 * country at a time, each with its readiness checklist and key users. A wave goes live only when
 * every readiness check is ticked.
 */
@Component({
  selector: 'crm-rollout-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RolloutStore],
  imports: [EmptyStateComponent, MatButtonModule, LoadErrorComponent, LoadingStateComponent, PageNoticeComponent, WaveCardComponent, WaveTimelineComponent],
  templateUrl: './rollout-page.component.html',
  styleUrl: './rollout-page.component.scss',
})
export class RolloutPageComponent {
  protected readonly store = inject(RolloutStore);
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
    return load.status === 'error' ? `We could not load the rollout plan. ${load.message}` : '';
  }

  protected openDialog(wave: RolloutWave | null): void {
    this.dialog.open<WaveDialogComponent, WaveDialogData, RolloutWave>(WaveDialogComponent, {
      data: { wave },
      injector: this.injector,
      width: '600px',
      maxWidth: '95vw',
    });
  }
}
