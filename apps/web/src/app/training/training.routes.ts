import { Routes } from '@angular/router';

import { TrainingPageComponent } from './training-page.component';

/**
 * Mounted under /projects/:projectId/training by the project shell, which also sets the page
 * title. `?wave=<id>` opens the page on one wave, e.g. from the wave's card on the rollout page.
 */
export const trainingRoutes: Routes = [{ path: '', component: TrainingPageComponent }];
