import { Routes } from '@angular/router';

export const profileRoutes: Routes = [
  {
    path: '',
    title: 'Profile · CRM Rollout Tracker',
    loadComponent: () => import('./profile-page.component').then((m) => m.ProfilePageComponent),
  },
];
