import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { switchMap } from 'rxjs';

import { ProjectHeaderGQL } from '@crm/graphql-client';

import { projectStatusLabel } from '../projects/project-status';
import { LOADING, queryStates } from '../shared/graphql/query-state';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';

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
  { path: 'kpis', label: 'KPIs' },
  { path: 'risks', label: 'Risks' },
  { path: 'health', label: 'Health' },
  { path: 'history', label: 'History' },
] as const;

/** The frame of one project: what it is, when it runs, and the tabs to its sections. */
@Component({
  selector: 'crm-project-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    MatButtonModule,
    MatProgressSpinnerModule,
    MatTabsModule,
    ErrorBannerComponent,
  ],
  template: `
    <div class="frame">
      <a class="back" routerLink="/projects">← All projects</a>
      @switch (header().status) {
        @case ('loading') {
          <div class="loading" role="status" data-testid="project-loading">
            <mat-spinner diameter="24" aria-hidden="true" />
            <span>Loading the project…</span>
          </div>
        }
        @case ('error') {
          <div class="error" data-testid="project-error">
            <crm-error-banner [message]="errorMessage()" />
            <button mat-stroked-button type="button" (click)="reload()">Try again</button>
          </div>
        }
        @case ('loaded') {
          @if (project(); as project) {
            <header class="header" data-testid="project-header">
              <h1 data-testid="project-name">{{ project.name }}</h1>
              <dl>
                <div>
                  <dt>CRM</dt>
                  <dd data-testid="project-crm">{{ project.crmProduct }}</dd>
                </div>
                <div>
                  <dt>Start</dt>
                  <dd><time [attr.datetime]="project.startDate">{{ project.startDate | date: 'mediumDate' }}</time></dd>
                </div>
                <div>
                  <dt>Target go-live</dt>
                  <dd>
                    <time [attr.datetime]="project.targetGoLiveDate">{{
                      project.targetGoLiveDate | date: 'mediumDate'
                    }}</time>
                  </dd>
                </div>
                <div>
                  <dt>Status</dt>
                  <dd>{{ statusLabel(project.status) }}</dd>
                </div>
                @if (project.myPermission === 'VIEWER') {
                  <div>
                    <dt>Your access</dt>
                    <dd>View only</dd>
                  </div>
                }
              </dl>
            </header>
          }
        }
      }
    </div>

    @if (header().status !== 'error') {
      <nav
        mat-tab-nav-bar
        class="tabs"
        mat-stretch-tabs="false"
        mat-align-tabs="start"
        [tabPanel]="panel"
        aria-label="Project sections"
      >
        @for (tab of tabs; track tab.path) {
          <a
            mat-tab-link
            [routerLink]="tab.path"
            routerLinkActive
            #active="routerLinkActive"
            [active]="active.isActive"
            [attr.data-testid]="'project-tab-' + tab.path"
            >{{ tab.label }}</a
          >
        }
      </nav>
      <mat-tab-nav-panel #panel>
        <router-outlet />
      </mat-tab-nav-panel>
    }
  `,
  styles: `
    .frame {
      max-width: 1280px;
      margin: 0 auto;
      padding: 16px 16px 0;
    }
    .back {
      font: var(--mat-sys-label-large);
    }
    .loading,
    .error {
      display: flex;
      align-items: center;
      gap: 16px;
      padding: 16px 0;
    }
    .error {
      flex-direction: column;
      align-items: flex-start;
    }
    h1 {
      margin: 8px 0;
      font: var(--mat-sys-headline-medium);
    }
    dl {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
      margin: 0 0 8px;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      font: var(--mat-sys-body-medium);
    }
    .tabs {
      max-width: 1280px;
      margin: 0 auto;
      padding: 0 16px;
    }
  `,
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

  protected readonly tabs = TABS;
  protected readonly statusLabel = projectStatusLabel;

  protected reload(): void {
    this.headerRef()
      .refetch()
      .catch(() => undefined);
  }
}
