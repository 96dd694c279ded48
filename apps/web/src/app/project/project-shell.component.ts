import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink, RouterOutlet } from '@angular/router';

import { switchMap } from 'rxjs';

import { ProjectHeaderGQL } from '@crm/graphql-client';

import { projectStatusLabel } from '../projects/project-status';
import { ProjectSearchComponent } from '../search/project-search.component';
import { LOADING, queryStates } from '../shared/graphql/query-state';
import { LiveProjectService } from '../shared/live/live-project.service';
import { LiveStatusComponent } from '../shared/live/live-status.component';
import { ProgramNavState } from '../shared/navigation/program-nav-state';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { ProgramNavComponent } from './program-nav.component';
import { DayPipe } from '../shared/format/format.pipes';

/** The frame of one project: the side navigation to its sections, what it is and when it runs. */
@Component({
  selector: 'crm-project-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DayPipe,
    RouterLink,
    RouterOutlet,
    MatButtonModule,
    MatProgressSpinnerModule,
    ProgramNavComponent,
    ErrorBannerComponent,
    ProjectSearchComponent,
    LiveStatusComponent,
  ],
  templateUrl: './project-shell.component.html',
  styleUrl: './project-shell.component.scss',
})
export class ProjectShellComponent {
  readonly projectId = input.required<string>();

  private readonly headerGQL = inject(ProjectHeaderGQL);
  private readonly headerRef = computed(() =>
    this.headerGQL.watch({ variables: { id: this.projectId() }, fetchPolicy: 'cache-and-network' }),
  );
  protected readonly header = toSignal(
    toObservable(this.headerRef).pipe(switchMap((ref) => queryStates(ref.valueChanges, (data) => data.project))),
    { initialValue: LOADING },
  );
  protected readonly project = computed(() => {
    const state = this.header();
    return state.status === 'loaded' ? state.data : null;
  });
  protected readonly errorMessage = computed(() => {
    const state = this.header();
    if (state.status !== 'error') return '';
    return $localize`:@@program.frame.loadError:We could not open this program. ${state.message}:problem:`;
  });

  protected readonly live = inject(LiveProjectService);

  constructor() {
    // Colleagues' changes reach every page of the program while it is open.
    effect((onCleanup) => onCleanup(this.live.follow(this.projectId())));
    // The top bar offers the drawer's menu button only while a program is shown.
    inject(DestroyRef).onDestroy(inject(ProgramNavState).attach());
  }

  protected readonly statusLabel = projectStatusLabel;

  protected reload(): void {
    this.headerRef()
      .refetch()
      .catch(() => undefined);
  }
}
