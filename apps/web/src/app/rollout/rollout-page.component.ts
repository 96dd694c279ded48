import { ChangeDetectionStrategy, Component, inject, Injector, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';

import { followProject } from '../shared/data/area-store';
import { reloadOnRemovals } from '../shared/data/reload-on-removals';
import { AREA_PAGE } from '../shared/ui/area-page.component';
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
  imports: [AREA_PAGE, MatButtonModule, WaveCardComponent, WaveTimelineComponent],
  templateUrl: './rollout-page.component.html',
  styleUrl: './rollout-page.component.scss',
})
export class RolloutPageComponent {
  protected readonly store = inject(RolloutStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  readonly projectId = input.required<string>();

  constructor() {
    followProject(this.store, this.projectId);
    reloadOnRemovals(['RolloutWave', 'ReadinessItem'], () => this.store.reload());
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
