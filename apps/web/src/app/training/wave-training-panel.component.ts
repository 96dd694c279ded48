import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';

import { map, of } from 'rxjs';

import { TrainingWaveSummaryGQL, TrainingWaveSummaryQuery } from '@crm/graphql-client';

import { userMessageOf } from '../shared/graphql/graphql-errors';
import { gapText } from './compliance';
import { ComplianceBadgeComponent } from './compliance-badge.component';

type Summary = { status: 'closed' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'loaded'; data: TrainingWaveSummaryQuery };

/**
 * A wave's training at a glance, for its card on the rollout page: loaded only when asked for, so
 * the rollout plan does not pay for a query per wave it may never need.
 */
@Component({
  selector: 'crm-wave-training-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, ComplianceBadgeComponent],
  host: { 'data-testid': 'wave-training-panel' },
  template: `
    <div class="head">
      <h4 i18n="@@training.panel.title">Training</h4>
      <button mat-button type="button" data-testid="wave-training-toggle" [attr.aria-expanded]="summary().status !== 'closed'" (click)="toggle()">
        @if (summary().status === 'closed') {
          <ng-container i18n="@@training.panel.show">Show training</ng-container>
        } @else {
          <ng-container i18n="@@training.panel.hide">Hide</ng-container>
        }
      </button>
    </div>
    @switch (summary().status) {
      @case ('loading') {
        <p class="muted" role="status" i18n="@@training.panel.loading">Loading training…</p>
      }
      @case ('error') {
        <p class="muted" role="alert">{{ errorMessage() }}</p>
      }
      @case ('loaded') {
        @if (loaded(); as data) {
          <crm-compliance-badge [compliance]="data.trainingCompliance" />
          @for (gap of gaps(); track $index) {
            <p class="muted">{{ gap }}</p>
          }
          <p class="muted" i18n="@@training.panel.retrainingCount">{data.retrainingList.length, plural, =0 {Nobody needs re-training.} =1 {1 person needs re-training.} other {{{ data.retrainingList.length }} people need re-training.}}</p>
        }
      }
    }
    @if (projectId(); as projectId) {
      <a [routerLink]="['/projects', projectId, 'training']" [queryParams]="{ wave: waveId() }" data-testid="wave-training-link" i18n="@@training.panel.planLink">Plan training for this wave</a>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 4px;
    }
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      align-self: stretch;
    }
    h4 {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    p {
      margin: 0;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    a {
      font: var(--mat-sys-label-large);
    }
  `,
})
export class WaveTrainingPanelComponent {
  private readonly summaryGQL = inject(TrainingWaveSummaryGQL);

  readonly waveId = input.required<string>();

  // Optional so the card still renders where no route is active, e.g. in a component test.
  private readonly route = inject(ActivatedRoute, { optional: true });
  protected readonly projectId = toSignal(this.route?.paramMap.pipe(map((params) => params.get('projectId'))) ?? of(null), {
    initialValue: null,
  });
  protected readonly summary = signal<Summary>({ status: 'closed' });
  protected readonly loaded = computed(() => {
    const summary = this.summary();
    return summary.status === 'loaded' ? summary.data : null;
  });
  protected readonly gaps = computed(() => (this.loaded()?.trainingCompliance.gapDetails ?? []).map(gapText));
  protected readonly errorMessage = computed(() => {
    const summary = this.summary();
    return summary.status === 'error' ? $localize`:@@training.panel.loadError:We could not load this wave’s training. ${summary.message}:problem:` : '';
  });

  protected toggle(): void {
    if (this.summary().status !== 'closed') {
      this.summary.set({ status: 'closed' });
      return;
    }
    this.summary.set({ status: 'loading' });
    this.summaryGQL.fetch({ variables: { waveId: this.waveId() }, fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        // The user may have closed the panel while it was loading.
        if (this.summary().status !== 'loading') return;
        this.summary.set(data ? { status: 'loaded', data } : { status: 'error', message: userMessageOf(null) });
      },
      error: (error: unknown) => {
        if (this.summary().status === 'loading') this.summary.set({ status: 'error', message: userMessageOf(error) });
      },
    });
  }
}
