import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { switchMap } from 'rxjs';

import { ProjectHeaderGQL } from '@crm/graphql-client';

import { projectStatusLabel } from '../projects/project-status';
import { ProjectSearchComponent } from '../search/project-search.component';
import { LOADING, queryStates } from '../shared/graphql/query-state';
import { LiveProjectService } from '../shared/live/live-project.service';
import { LiveStatusComponent } from '../shared/live/live-status.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { DayPipe } from '../shared/format/format.pipes';

/** The sections of a project, in the order a project manager works through them. */
const TABS = [
  { path: 'overview', label: 'Overview' },
  { path: 'board', label: 'Board' },
  { path: 'team', label: 'Team' },
  { path: 'timeline', label: 'Timeline' },
  { path: 'requirements', label: 'Requirements' },
  { path: 'processes', label: 'Processes' },
  { path: 'selection', label: 'Selection' },
  { path: 'rollout', label: 'Rollout' },
  { path: 'training', label: 'Training' },
  { path: 'hypercare', label: 'Hypercare' },
  { path: 'kpis', label: 'KPIs' },
  { path: 'risks', label: 'Risks' },
  { path: 'health', label: 'Health' },
  { path: 'history', label: 'History' },
  { path: 'settings', label: 'Settings' },
  { path: 'trash', label: 'Trash' },
] as const;

/** The frame of one project: what it is, when it runs, and the tabs to its sections. */
@Component({
  selector: 'crm-project-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DayPipe,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    MatButtonModule,
    MatProgressSpinnerModule,
    MatTabsModule,
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
    return `We could not open this project. ${state.message}`;
  });

  protected readonly live = inject(LiveProjectService);

  constructor() {
    // Colleagues' changes reach every page of the program while it is open.
    effect((onCleanup) => onCleanup(this.live.follow(this.projectId())));
  }

  protected readonly tabs = TABS;
  protected readonly statusLabel = projectStatusLabel;

  protected reload(): void {
    this.headerRef()
      .refetch()
      .catch(() => undefined);
  }
}
