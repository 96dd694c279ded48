import { Routes } from '@angular/router';

export const organisationRoutes: Routes = [
  {
    path: '',
    title: 'Organisation · CRM Rollout Tracker',
    loadComponent: () => import('./organisation-page.component').then((m) => m.OrganisationPageComponent),
  },
];
