import { Routes } from '@angular/router';

import { TeamPageComponent } from './team-page.component';

/** Mounted under /projects/:projectId/team by the project shell, which also sets the page title. */
export const teamRoutes: Routes = [{ path: '', component: TeamPageComponent }];
