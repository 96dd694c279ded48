import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';

import { switchMap } from 'rxjs';

import { HealthPageGQL } from '@crm/graphql-client';

import { LOADING, queryStates } from '../shared/graphql/query-state';
import { MessageTextPipe } from '../shared/i18n/message-text.pipe';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { HealthPrintComponent } from './health-print.component';
import { driverSeparator, healthView } from './health-view';
import { DayPipe, DateTimePipe } from '../shared/format/format.pipes';

/**
 * The sponsor's one page: green, amber or red, the reasons behind it, and the few figures that
 * explain it. It prints as a status report for a steering committee.
 */
@Component({
  selector: 'crm-health-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DayPipe, DateTimePipe, RouterLink, MatButtonModule, MatProgressSpinnerModule, ErrorBannerComponent, HealthPrintComponent, MessageTextPipe],
  templateUrl: './health-page.component.html',
  styleUrl: './health-page.component.scss',
})
export class HealthPageComponent {
  readonly projectId = input.required<string>();

  private readonly healthGQL = inject(HealthPageGQL);
  private readonly healthRef = computed(() =>
    this.healthGQL.watch({ variables: { projectId: this.projectId() }, fetchPolicy: 'cache-and-network' }),
  );
  protected readonly state = toSignal(
    toObservable(this.healthRef).pipe(switchMap((ref) => queryStates(ref.valueChanges, (data) => ({ project: data.project, view: healthView(data) })))),
    { initialValue: LOADING },
  );
  protected readonly loaded = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.data : null;
  });
  protected percentDone(percent: number): string {
    return $localize`:@@health.page.percentDone:${percent}:percent:% done`;
  }

  protected readonly errorMessage = computed(() => {
    const state = this.state();
    return state.status === 'error' ? $localize`:@@health.page.loadError:We could not work out the program’s health. ${state.message}:problem:` : '';
  });

  protected readonly driverSeparator = driverSeparator;

  protected reload(): void {
    this.healthRef()
      .refetch()
      .catch(() => undefined);
  }

  protected print(): void {
    window.print();
  }
}
