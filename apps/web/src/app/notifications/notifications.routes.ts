import { Routes } from '@angular/router';

export const notificationsRoutes: Routes = [
  {
    path: '',
    title: 'Notifications · CRM Rollout Tracker',
    loadComponent: () => import('./notifications-page.component').then((m) => m.NotificationsPageComponent),
  },
];
