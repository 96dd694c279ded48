import { ChangeDetectionStrategy, Component, effect, inject, Injector, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
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
  imports: [MatButtonModule, MatProgressSpinnerModule, ErrorBannerComponent, WaveCardComponent, WaveTimelineComponent],
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
        <div class="notice" [class.done]="notice.kind === 'done'" data-testid="rollout-notice">
          @if (notice.kind === 'done') {
            <p role="status">{{ notice.message }}</p>
          } @else {
            <crm-error-banner [message]="notice.message" testId="rollout-problem" />
          }
          <div class="notice-actions">
            @if (notice.offerReload) {
              <button mat-stroked-button type="button" data-testid="rollout-reload" (click)="store.reload()">Reload</button>
            }
            <button mat-button type="button" (click)="store.dismissNotice()">Dismiss</button>
          </div>
        </div>
      }

      @switch (store.load().status) {
        @case ('loading') {
          <div class="loading" role="status" data-testid="rollout-loading">
            <mat-spinner diameter="32" aria-hidden="true" />
            <span>Loading the rollout plan…</span>
          </div>
        }
        @case ('error') {
          <div class="error" data-testid="rollout-error">
            <crm-error-banner [message]="loadErrorMessage()" />
            <button mat-stroked-button type="button" (click)="store.reload()">Try again</button>
          </div>
        }
        @case ('loaded') {
          @if (store.waves().length === 0) {
            <div class="empty" data-testid="rollout-empty">
              <h3>No waves planned yet</h3>
              <p>
                Plan the first wave: a group of users small enough to support closely, often one business unit or country.
                Later waves learn from it.
              </p>
              @if (store.canEdit()) {
                <button mat-flat-button type="button" (click)="openDialog(null)">Plan the first wave</button>
              }
            </div>
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
    .notice,
    .error {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 8px;
    }
    .notice-actions {
      display: flex;
      gap: 8px;
    }
    .notice.done p {
      margin: 0;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .loading {
      display: flex;
      align-items: center;
      gap: 16px;
      padding: 24px 0;
    }
    .empty {
      padding: 24px 16px;
      text-align: center;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .empty p {
      max-width: 60ch;
      margin: 8px auto 16px;
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
