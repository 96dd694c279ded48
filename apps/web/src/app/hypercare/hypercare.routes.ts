import { Routes } from '@angular/router';

import { HypercarePageComponent } from './hypercare-page.component';

/** Mounted under /projects/:projectId/hypercare by the project shell, which also sets the page title. */
export const hypercareRoutes: Routes = [{ path: '', component: HypercarePageComponent }];
