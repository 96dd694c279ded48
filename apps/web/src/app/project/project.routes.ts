import { Routes } from '@angular/router';

import { ProjectShellComponent } from './project-shell.component';

/**
 * One project and its sections. Every section is its own lazy chunk: opening the overview does not
 * download the timeline. The sections receive `:projectId` as an input (params are inherited).
 */
export const projectRoutes: Routes = [
  {
    path: '',
    component: ProjectShellComponent,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'overview' },
      {
        path: 'overview',
        title: $localize`:@@project.route.overview:Overview · CRM Rollout Tracker`,
        loadComponent: () => import('./overview-page.component').then((m) => m.OverviewPageComponent),
      },
      {
        path: 'board',
        title: $localize`:@@project.route.board:Board · CRM Rollout Tracker`,
        loadChildren: () => import('../tasks/tasks.routes').then((m) => m.tasksRoutes),
      },
      {
        path: 'team',
        title: $localize`:@@project.route.team:Team · CRM Rollout Tracker`,
        loadChildren: () => import('../team/team.routes').then((m) => m.teamRoutes),
      },
      {
        path: 'timeline',
        title: $localize`:@@project.route.timeline:Timeline · CRM Rollout Tracker`,
        loadComponent: () => import('../timeline/timeline-page.component').then((m) => m.TimelinePageComponent),
      },
      {
        path: 'requirements',
        title: $localize`:@@project.route.requirements:Requirements · CRM Rollout Tracker`,
        loadChildren: () => import('../requirements/requirements.routes').then((m) => m.requirementsRoutes),
      },
      {
        path: 'processes',
        title: $localize`:@@project.route.processes:Processes · CRM Rollout Tracker`,
        loadChildren: () => import('../processes/processes.routes').then((m) => m.processesRoutes),
      },
      {
        path: 'selection',
        title: $localize`:@@project.route.selection:Selection · CRM Rollout Tracker`,
        loadChildren: () => import('../selection/selection.routes').then((m) => m.selectionRoutes),
      },
      {
        path: 'rollout',
        title: $localize`:@@project.route.rollout:Rollout · CRM Rollout Tracker`,
        loadChildren: () => import('../rollout/rollout.routes').then((m) => m.rolloutRoutes),
      },
      {
        path: 'training',
        title: $localize`:@@project.route.training:Training · CRM Rollout Tracker`,
        loadChildren: () => import('../training/training.routes').then((m) => m.trainingRoutes),
      },
      {
        path: 'hypercare',
        title: $localize`:@@project.route.hypercare:Hypercare · CRM Rollout Tracker`,
        loadChildren: () => import('../hypercare/hypercare.routes').then((m) => m.hypercareRoutes),
      },
      {
        path: 'kpis',
        title: $localize`:@@project.route.kPIs:KPIs · CRM Rollout Tracker`,
        loadChildren: () => import('../kpis/kpis.routes').then((m) => m.kpisRoutes),
      },
      {
        path: 'risks',
        title: $localize`:@@project.route.risks:Risks · CRM Rollout Tracker`,
        loadChildren: () => import('../risks/risks.routes').then((m) => m.risksRoutes),
      },
      {
        path: 'health',
        title: $localize`:@@project.route.health:Health · CRM Rollout Tracker`,
        loadChildren: () => import('../health/health.routes').then((m) => m.healthRoutes),
      },
      {
        path: 'settings',
        title: $localize`:@@project.route.settings:Settings · CRM Rollout Tracker`,
        loadComponent: () => import('./settings-page.component').then((m) => m.SettingsPageComponent),
      },
      // Members and invitations moved into the settings; old links still land there.
      { path: 'sharing', pathMatch: 'full', redirectTo: 'settings' },
      {
        path: 'history',
        title: $localize`:@@project.route.history:History · CRM Rollout Tracker`,
        loadComponent: () => import('../history/history-page.component').then((m) => m.HistoryPageComponent),
      },
      {
        path: 'trash',
        title: $localize`:@@project.route.trash:Trash · CRM Rollout Tracker`,
        loadComponent: () => import('../trash/trash-page.component').then((m) => m.TrashPageComponent),
      },
    ],
  },
];
