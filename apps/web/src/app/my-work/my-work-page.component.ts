import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { Router, RouterLink } from '@angular/router';

import { groupByDue } from '@crm/domain';

import { formatDay, todayIso } from '../shared/dates/calendar-days';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';
import { countsByKind, DUE_GROUP_WORDS, KIND_LABELS, KIND_ORDER, KindFilter, kindFromParam, linkOf, MyWorkItem, REASON_LABELS, statusLabel, withKind } from './my-work-view';
import { MyWorkStore } from './my-work.store';
import { formatInstant } from '../shared/format/formats';
import { USER_TIME_ZONE } from '../shared/format/user-time-zone';

/**
 * Everything the signed-in user has to do, across their programs, under due headings (the rule
 * of libs/domain); each row opens the record in its program. The kind filter lives in the URL
 * (?kind=RISK), so a filtered list can be bookmarked.
 */
@Component({
  selector: 'crm-my-work-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatButtonToggleModule, EmptyStateComponent, ErrorBannerComponent, LoadingStateComponent],
  providers: [MyWorkStore],
  templateUrl: './my-work-page.component.html',
  styleUrl: './my-work-page.component.scss',
})
export class MyWorkPageComponent {
  private readonly router = inject(Router);
  protected readonly store = inject(MyWorkStore);
  private readonly viewerZone = inject(USER_TIME_ZONE);

  /** ?kind= from the router. */
  readonly kind = input<string>();

  protected readonly today = todayIso();
  protected readonly kinds = KIND_ORDER;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly reasonLabels = REASON_LABELS;
  protected readonly groupLabels = DUE_GROUP_WORDS;
  protected readonly linkOf = linkOf;

  protected readonly filter = computed(() => kindFromParam(this.kind()));
  private readonly work = computed(() => {
    const state = this.store.state();
    return state.status === 'loaded' ? state.data : null;
  });
  protected readonly counts = computed(() => countsByKind(this.work()?.items ?? []));
  protected readonly total = computed(() => this.work()?.items.length ?? 0);
  protected readonly groups = computed(() => groupByDue(withKind(this.work()?.items ?? [], this.filter()), this.today));
  protected readonly truncated = computed(() => (this.work()?.truncatedKinds ?? []).map((k) => KIND_LABELS[k].inText).join($localize`:@@myWork.page.and: and `));
  protected readonly emptyKindMessage = computed(() => {
    const kind = this.filter();
    return kind === 'ALL' ? '' : KIND_LABELS[kind].none;
  });
  protected readonly errorMessage = computed(() => {
    const state = this.store.state();
    return state.status === 'error' ? $localize`:@@myWork.page.loadError:We could not load your work. ${state.message}:problem:` : '';
  });

  protected chooseKind(kind: KindFilter): void {
    void this.router.navigate([], { queryParams: { kind: kind === 'ALL' ? null : kind }, queryParamsHandling: 'merge', replaceUrl: true });
  }

  /**
   * "Due 2 Mar 2027"; a session at its place's time, and the viewer's when that differs:
   * "2 Mar 2027, 09:00 CET (03:00 EST your time)"; nothing for undated work.
   */
  protected whenOf(item: MyWorkItem): string {
    if (item.kind === 'TRAINING_SESSION' && item.startsAt && item.timeZone) {
      const there = formatInstant(item.startsAt, item.timeZone, 'time');
      const here = formatInstant(item.startsAt, this.viewerZone(), 'time');
      const day = formatDay(item.dueDate ?? '');
      return here === there ? `${day}, ${there}` : $localize`:@@myWork.page.sessionTimeBoth:${day}:date:, ${there}:there: (${here}:here: your time)`;
    }
    return item.dueDate ? $localize`:@@myWork.page.due:Due ${formatDay(item.dueDate)}:date:` : '';
  }

  protected statusOf(item: MyWorkItem): string {
    return statusLabel(item);
  }
}
