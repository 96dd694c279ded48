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
import { provideUserLocale } from './shared/dates/locale';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // Child routes see their parents' params (e.g. :projectId) as component inputs.
    provideRouter(appRoutes, withComponentInputBinding(), withRouterConfig({ paramsInheritanceStrategy: 'always' })),
    provideHttpClient(withFetch()),
    // Dates are written and read the way the user's locale does; date fields bring their adapter.
    provideUserLocale(),
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
