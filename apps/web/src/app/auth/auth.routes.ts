import { Routes } from '@angular/router';

import { signedOutGuard } from './auth.guards';

export const authRoutes: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in · CRM Rollout Tracker',
    canMatch: [signedOutGuard],
    loadComponent: () => import('./sign-in-page.component').then((m) => m.SignInPageComponent),
  },
  {
    path: 'sign-up',
    title: 'Create your account · CRM Rollout Tracker',
    canMatch: [signedOutGuard],
    loadComponent: () => import('./sign-up-page.component').then((m) => m.SignUpPageComponent),
  },
];
