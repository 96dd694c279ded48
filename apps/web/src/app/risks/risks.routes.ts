import { Routes } from '@angular/router';

import { RisksPageComponent } from './risks-page.component';

/** Mounted under /projects/:projectId/risks by the project shell, which also sets the page title. */
export const risksRoutes: Routes = [{ path: '', component: RisksPageComponent }];
