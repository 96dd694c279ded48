import { Routes } from '@angular/router';

export const profileRoutes: Routes = [
  {
    path: '',
    title: $localize`:@@profile.routes.page:Profile · CRM Rollout Tracker`,
    loadComponent: () => import('./profile-page.component').then((m) => m.ProfilePageComponent),
  },
];
