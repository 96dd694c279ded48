import { Routes } from '@angular/router';

import { signedOutGuard } from './auth.guards';

export const authRoutes: Routes = [
  {
    path: 'sign-in',
    title: $localize`:@@auth.routes.signIn:Sign in · CRM Rollout Tracker`,
    canMatch: [signedOutGuard],
    loadComponent: () => import('./sign-in-page.component').then((m) => m.SignInPageComponent),
  },
  {
    path: 'sign-up',
    title: $localize`:@@auth.routes.signUp:Create your account · CRM Rollout Tracker`,
    canMatch: [signedOutGuard],
    loadComponent: () => import('./sign-up-page.component').then((m) => m.SignUpPageComponent),
  },
  {
    path: 'forgot-password',
    title: $localize`:@@auth.routes.forgotPassword:Forgot your password · CRM Rollout Tracker`,
    canMatch: [signedOutGuard],
    loadComponent: () => import('./forgot-password-page.component').then((m) => m.ForgotPasswordPageComponent),
  },
  {
    // Open whether or not someone is signed in on this browser: the link in the mail must always work.
    path: 'confirm-sign-up',
    title: $localize`:@@auth.routes.confirmSignUp:Finishing your account · CRM Rollout Tracker`,
    loadComponent: () => import('./confirm-sign-up-page.component').then((m) => m.ConfirmSignUpPageComponent),
  },
  {
    // Open whether or not someone is signed in on this browser: the link in the mail must always work.
    path: 'reset-password',
    title: $localize`:@@auth.routes.resetPassword:Choose a new password · CRM Rollout Tracker`,
    loadComponent: () => import('./reset-password-page.component').then((m) => m.ResetPasswordPageComponent),
  },
  {
    // Open whether or not someone is signed in here: single sign-on replaces whatever session there was.
    path: 'sso-complete',
    title: $localize`:@@auth.routes.ssoComplete:Signing in · CRM Rollout Tracker`,
    loadComponent: () => import('./sso-complete-page.component').then((m) => m.SsoCompletePageComponent),
  },
  {
    path: 'accept-invitation',
    title: $localize`:@@auth.routes.acceptInvitation:Accept your invitation · CRM Rollout Tracker`,
    loadComponent: () => import('./accept-invitation-page.component').then((m) => m.AcceptInvitationPageComponent),
  },
];
