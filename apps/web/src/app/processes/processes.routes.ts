import { Routes } from '@angular/router';

import { ProcessesPageComponent } from './processes-page.component';

/** Mounted under /projects/:projectId/processes by the project shell, which also sets the page title. */
export const processesRoutes: Routes = [{ path: '', component: ProcessesPageComponent }];
