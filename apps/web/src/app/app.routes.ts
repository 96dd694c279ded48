import { Routes } from '@angular/router';

import { signedInGuard } from './auth/auth.guards';

/**
 * Every area is its own lazy chunk. Projects comes before the auth routes, whose path is empty:
 * the router would otherwise download the auth chunk while matching any other URL.
 */
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'projects' },
  {
    path: 'projects',
    canMatch: [signedInGuard],
    loadChildren: () => import('./projects/projects.routes').then((m) => m.projectsRoutes),
  },
  {
    path: 'my-work',
    canMatch: [signedInGuard],
    loadChildren: () => import('./my-work/my-work.routes').then((m) => m.myWorkRoutes),
  },
  {
    path: 'notifications',
    canMatch: [signedInGuard],
    loadChildren: () => import('./notifications/notifications.routes').then((m) => m.notificationsRoutes),
  },
  {
    path: 'profile',
    canMatch: [signedInGuard],
    loadChildren: () => import('./profile/profile.routes').then((m) => m.profileRoutes),
  },
  {
    path: 'organisation',
    canMatch: [signedInGuard],
    loadChildren: () => import('./organisation/organisation.routes').then((m) => m.organisationRoutes),
  },
  { path: '', loadChildren: () => import('./auth/auth.routes').then((m) => m.authRoutes) },
  { path: '**', redirectTo: 'projects' },
];
