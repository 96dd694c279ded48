import { Routes } from '@angular/router';

export const organisationRoutes: Routes = [
  {
    path: '',
    title: $localize`:@@organisation.routes.page:Organisation · CRM Rollout Tracker`,
    loadComponent: () => import('./organisation-page.component').then((m) => m.OrganisationPageComponent),
  },
];
