import { Routes } from '@angular/router';

import { BoardPageComponent } from './board-page.component';

/**
 * Mounted under /projects/:projectId/board by the project shell, which also sets the page title.
 * The table is the same tasks as rows (board/table), in its own chunk.
 */
export const tasksRoutes: Routes = [
  { path: '', component: BoardPageComponent },
  {
    path: 'table',
    title: $localize`:@@tasks.table.documentTitle:Task table · CRM Rollout Tracker`,
    loadComponent: () => import('./task-table-page.component').then((m) => m.TaskTablePageComponent),
  },
];
