import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';

import { switchMap } from 'rxjs';

import { OverviewGoLiveForecastGQL } from '@crm/graphql-client';

import { LOADING, queryStates } from '../shared/graphql/query-state';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { forecastView } from './go-live-forecast-view';

/**
 * The overview's go-live forecast: when the program can go live at the pace its team kept over
 * the last weeks, against the target, and the critical tasks that decide it. Loaded on its own,
 * so the rest of the overview never waits for the schedule to be worked out.
 */
@Component({
  selector: 'crm-go-live-forecast-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatTooltipModule, ErrorBannerComponent],
  templateUrl: './go-live-forecast-card.component.html',
  styleUrl: './go-live-forecast-card.component.scss',
  host: { class: 'panel', 'data-testid': 'go-live-forecast' },
})
export class GoLiveForecastCardComponent {
  readonly projectId = input.required<string>();

  private readonly forecastGQL = inject(OverviewGoLiveForecastGQL);
  private readonly forecastRef = computed(() =>
    this.forecastGQL.watch({ variables: { projectId: this.projectId() }, fetchPolicy: 'cache-and-network' }),
  );
  protected readonly state = toSignal(
    toObservable(this.forecastRef).pipe(switchMap((ref) => queryStates(ref.valueChanges, (data) => forecastView(data.goLiveForecast)))),
    { initialValue: LOADING },
  );
  protected readonly view = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.data : null;
  });
  protected readonly errorMessage = computed(() => {
    const state = this.state();
    return state.status === 'error' ? $localize`:@@project.forecast.loadFailed:We could not work out the forecast. ${state.message}:reason:` : '';
  });

  protected reload(): void {
    this.forecastRef()
      .refetch()
      .catch(() => undefined);
  }
}
