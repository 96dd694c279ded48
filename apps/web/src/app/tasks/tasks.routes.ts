import { Routes } from '@angular/router';

import { BoardPageComponent } from './board-page.component';

/** Mounted under /projects/:projectId/board by the project shell, which also sets the page title. */
export const tasksRoutes: Routes = [{ path: '', component: BoardPageComponent }];
