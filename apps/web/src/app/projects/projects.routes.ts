import { Routes } from '@angular/router';

import { NewProjectPageComponent } from './new-project-page.component';
import { ProjectsPageComponent } from './projects-page.component';
import { ProjectsStore } from './projects.store';

export const projectsRoutes: Routes = [
  {
    path: '',
    providers: [ProjectsStore],
    children: [
      { path: '', title: 'Your projects · CRM Rollout Tracker', component: ProjectsPageComponent },
      { path: 'new', title: 'New project · CRM Rollout Tracker', component: NewProjectPageComponent },
    ],
  },
];
