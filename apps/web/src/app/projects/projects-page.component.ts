import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';

import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';
import { projectStatusLabel } from './project-status';
import { ProjectsStore } from './projects.store';

@Component({
  selector: 'crm-projects-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButtonModule, MatCardModule, EmptyStateComponent, ErrorBannerComponent, LoadingStateComponent],
  template: `
    <main class="page">
      <div class="heading">
        <h1>Your projects</h1>
        <a mat-flat-button routerLink="/projects/new" data-testid="new-project">New project</a>
      </div>

      @switch (list().status) {
        @case ('loading') {
          <crm-loading-state testId="projects-loading" label="Loading your projects…" />
        }
        @case ('error') {
          <div class="error" data-testid="projects-error">
            <crm-error-banner [message]="errorMessage()" />
            <button mat-stroked-button type="button" (click)="store.reload()">Try again</button>
          </div>
        }
        @case ('loaded') {
          @if (store.projects().length === 0) {
            <crm-empty-state
              testId="projects-empty"
              heading="No projects yet"
              message="A project tracks one CRM rollout: which CRM you are implementing, when work starts and when you plan to go live. Create your first one to get started."
            >
              <a mat-flat-button routerLink="/projects/new">Create your first project</a>
            </crm-empty-state>
          } @else {
            <ul class="list" data-testid="project-list" aria-label="Projects">
              @for (project of store.projects(); track project.id) {
                <li data-testid="project-item">
                  <mat-card appearance="outlined" class="item">
                    <mat-card-header>
                      <mat-card-title>
                        <h2 class="name">
                          <a class="open" [routerLink]="['/projects', project.id]" data-testid="project-link">{{
                            project.name
                          }}</a>
                        </h2>
                      </mat-card-title>
                      <mat-card-subtitle>{{ project.crmProduct }}</mat-card-subtitle>
                    </mat-card-header>
                    <mat-card-content>
                      <dl>
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
                      </dl>
                    </mat-card-content>
                  </mat-card>
                </li>
              }
            </ul>
          }
        }
      }
    </main>
  `,
  styleUrl: './projects-page.component.scss',
})
export class ProjectsPageComponent {
  protected readonly store = inject(ProjectsStore);
  protected readonly list = this.store.list;
  protected readonly statusLabel = projectStatusLabel;

  protected errorMessage(): string {
    const list = this.list();
    return list.status === 'error' ? `We could not load your projects. ${list.message}` : '';
  }
}
