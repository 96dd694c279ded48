import { provideHttpClient, withFetch } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  Injector,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, Router, withComponentInputBinding, withRouterConfig } from '@angular/router';

import { ApolloLink, InMemoryCache } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

import { appRoutes } from './app.routes';
import { bearerTokenLink, sessionExpiryLink } from './auth/auth.links';
import { AuthStore } from './auth/auth.store';
import { SignOutService } from './auth/sign-out.service';
import { provideUserDates } from './shared/dates/user-locale';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // Child routes see their parents' params (e.g. :projectId) as component inputs.
    provideRouter(appRoutes, withComponentInputBinding(), withRouterConfig({ paramsInheritanceStrategy: 'always' })),
    provideHttpClient(withFetch()),
    // Date fields read and write dates the way the user's locale does (shared/dates/user-locale.ts).
    provideUserDates(),
    provideApollo(() => {
      const auth = inject(AuthStore);
      const router = inject(Router);
      // SignOutService needs Apollo, which is being built right here: look it up when first needed.
      const injector = inject(Injector);
      const onSessionExpired = () => {
        if (!auth.isSignedIn()) return;
        void injector.get(SignOutService).signOut('session-expired', router.url);
      };
      return {
        link: ApolloLink.from([
          sessionExpiryLink(onSessionExpired),
          bearerTokenLink(auth.token),
          inject(HttpLink).create({ uri: '/graphql' }),
        ]),
        cache: new InMemoryCache(),
      };
    }),
  ],
};
