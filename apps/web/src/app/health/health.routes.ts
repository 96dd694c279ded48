import { Routes } from '@angular/router';

import { HealthPageComponent } from './health-page.component';

/** Mounted under /projects/:projectId/health by the project shell, which also sets the page title. */
export const healthRoutes: Routes = [{ path: '', component: HealthPageComponent }];
