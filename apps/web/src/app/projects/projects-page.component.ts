import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';

import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';
import { ProjectStandingComponent } from './project-standing.component';
import { projectStatusLabel } from './project-status';
import { RemovedProgramsComponent } from './removed-programs.component';
import { ProjectsStore } from './projects.store';
import { DayPipe } from '../shared/format/format.pipes';

@Component({
  selector: 'crm-projects-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DayPipe,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatSlideToggleModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingStateComponent,
    RemovedProgramsComponent,
    ProjectStandingComponent,
  ],
  templateUrl: './projects-page.component.html',
  styleUrl: './projects-page.component.scss',
})
export class ProjectsPageComponent {
  protected readonly store = inject(ProjectsStore);
  protected readonly list = this.store.list;
  protected readonly statusLabel = projectStatusLabel;

  protected errorMessage(): string {
    const list = this.list();
    return list.status === 'error' ? $localize`:@@projects.list.loadFailed:We could not load your programs. ${list.message}:reason:` : '';
  }
}
