import { Routes } from '@angular/router';

import { RolloutPageComponent } from './rollout-page.component';

/** Mounted under /projects/:projectId/rollout by the project shell, which also sets the page title. */
export const rolloutRoutes: Routes = [{ path: '', component: RolloutPageComponent }];
