import { provideHttpClient, withFetch } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  Injector,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, Router, withComponentInputBinding, withNavigationErrorHandler, withRouterConfig } from '@angular/router';

import { ApolloLink, InMemoryCache } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';

import { appRoutes } from './app.routes';
import { bearerTokenLink, sessionExpiryLink } from './auth/auth.links';
import { AuthStore } from './auth/auth.store';
import { SignOutService } from './auth/sign-out.service';
import { provideUserLocale } from './shared/dates/locale';
import { followProfileLanguage } from './shared/i18n/page-language';
import { provideMessageLocale } from './shared/i18n/message-locale';
import { LiveConnection } from './shared/live/live-connection';
import { PageLoadProblem } from './shared/navigation/page-load-problem';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // Child routes see their parents' params (e.g. :projectId) as component inputs.
    // A page whose code does not arrive (network gone, or an old file after a deploy) says so and offers a retry.
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withRouterConfig({ paramsInheritanceStrategy: 'always' }),
      withNavigationErrorHandler((error) => inject(PageLoadProblem).noticeNavigationError(error)),
    ),
    provideHttpClient(withFetch()),
    // Dates are written and read the way the user's locale does; date fields bring their adapter.
    provideUserLocale(),
    // The pages are in the profile's language when one is chosen (each language is its own build).
    provideAppInitializer(followProfileLanguage),
    // Errors, health reasons and gate blockers are worded in the language of the build (LOCALE_ID).
    provideMessageLocale(),
    provideApollo(() => {
      const auth = inject(AuthStore);
      const router = inject(Router);
      // SignOutService needs Apollo, which is being built right here: look it up when first needed.
      const injector = inject(Injector);
      const onSessionExpired = () => {
        if (!auth.isSignedIn()) return;
        void injector.get(SignOutService).signOut('session-expired', router.url);
      };
      const http = ApolloLink.from([bearerTokenLink(auth.token), inject(HttpLink).create({ uri: '/graphql' })]);
      // Subscriptions over the one WebSocket (it signs in itself), everything else over HTTP.
      const socket = new GraphQLWsLink(inject(LiveConnection).client);
      const isSubscription = (operation: ApolloLink.Operation) => {
        const definition = getMainDefinition(operation.query);
        return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
      };
      return {
        link: ApolloLink.from([sessionExpiryLink(onSessionExpired), ApolloLink.split(isSubscription, socket, http)]),
        cache: new InMemoryCache(),
      };
    }),
  ],
};
