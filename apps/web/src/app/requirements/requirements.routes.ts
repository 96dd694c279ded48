import { Routes } from '@angular/router';

import { RequirementsPageComponent } from './requirements-page.component';

/** Mounted under /projects/:projectId/requirements by the project shell, which also sets the page title. */
export const requirementsRoutes: Routes = [{ path: '', component: RequirementsPageComponent }];
