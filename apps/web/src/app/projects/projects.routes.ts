import { Routes } from '@angular/router';

import { NewProjectPageComponent } from './new-project-page.component';
import { ProjectsPageComponent } from './projects-page.component';
import { ProjectsStore } from './projects.store';

export const projectsRoutes: Routes = [
  {
    path: '',
    providers: [ProjectsStore],
    children: [
      { path: '', title: $localize`:@@projects.routes.list:Your programs · CRM Rollout Tracker`, component: ProjectsPageComponent },
      { path: 'new', title: $localize`:@@projects.routes.new:New program · CRM Rollout Tracker`, component: NewProjectPageComponent },
      // After 'new', so that "new" is never read as a project id.
      { path: ':projectId', loadChildren: () => import('../project/project.routes').then((m) => m.projectRoutes) },
    ],
  },
];
