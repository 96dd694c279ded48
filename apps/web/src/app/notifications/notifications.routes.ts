import { Routes } from '@angular/router';

export const notificationsRoutes: Routes = [
  {
    path: '',
    title: $localize`:@@notifications.routes.page:Notifications · CRM Rollout Tracker`,
    loadComponent: () => import('./notifications-page.component').then((m) => m.NotificationsPageComponent),
  },
];
