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
  template: `
    <section class="rollout-page" aria-labelledby="rollout-heading">
      <div class="heading">
        <h2 id="rollout-heading">Phased rollout</h2>
        @if (store.canEdit()) {
          <button mat-flat-button type="button" data-testid="new-wave" (click)="openDialog(null)">New wave</button>
        }
      </div>
      <p class="lead">
        Roll out in waves so each part of the organisation can absorb the change, and involve its key users early. A wave
        goes live only when every check on its readiness list is ticked.
      </p>

      @if (store.notice(); as notice) {
        <crm-page-notice
          [notice]="notice"
          testId="rollout-notice"
          problemTestId="rollout-problem"
          reloadTestId="rollout-reload"
          (reload)="store.reload()"
          (dismiss)="store.dismissNotice()"
        />
      }

      @switch (store.load().status) {
        @case ('loading') {
          <crm-loading-state testId="rollout-loading" label="Loading the rollout plan…" />
        }
        @case ('error') {
          <crm-load-error testId="rollout-error" [message]="loadErrorMessage()" (retry)="store.reload()" />
        }
        @case ('loaded') {
          @if (store.waves().length === 0) {
            <crm-empty-state testId="rollout-empty" heading="No waves planned yet" message="Plan the first wave: a group of users small enough to support closely, often one business unit or country. Later waves learn from it.">
              @if (store.canEdit()) {
                <button mat-flat-button type="button" (click)="openDialog(null)">Plan the first wave</button>
              }
            </crm-empty-state>
          } @else {
            <section class="plan" aria-label="Waves by go-live date">
              <crm-wave-timeline [timeline]="store.timeline()" />
            </section>
            <div class="cards" [class.refreshing]="store.refreshing()">
              @for (wave of store.waves(); track wave.id) {
                <crm-wave-card [wave]="wave" [canEdit]="store.canEdit()" (edit)="openDialog(wave)" />
              }
            </div>
          }
        }
      }
    </section>
  `,
  styles: `
    .rollout-page {
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
    .plan {
      padding: 12px 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
      overflow-x: auto;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(340px, 1fr));
      gap: 16px;
      align-items: start;
    }
    .cards.refreshing {
      opacity: 0.7;
    }
  `,
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
