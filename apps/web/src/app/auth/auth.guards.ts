import { inject } from '@angular/core';
import { CanMatchFn, Router, UrlSegment } from '@angular/router';

import { AuthStore } from './auth.store';

/**
 * Signed-in areas match only with a session; otherwise the visitor goes to sign in and comes back
 * afterwards. canMatch (not canActivate) so a signed-out visitor never downloads the area's code.
 */
export const signedInGuard: CanMatchFn = (_route, segments: UrlSegment[]) => {
  if (inject(AuthStore).isSignedIn()) return true;
  const router = inject(Router);
  const attempted = router.currentNavigation()?.extractedUrl;
  const returnUrl = attempted ? router.serializeUrl(attempted) : `/${segments.map((s) => s.path).join('/')}`;
  return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl } });
};

/** The sign-in and sign-up pages are for visitors; someone signed in goes to their projects. */
export const signedOutGuard: CanMatchFn = () => {
  return inject(AuthStore).isSignedIn() ? inject(Router).createUrlTree(['/projects']) : true;
};

/** Only same-app paths are followed after sign-in, never a full URL to somewhere else. */
export function safeReturnUrl(candidate: string | null | undefined): string {
  return candidate && candidate.startsWith('/') && !candidate.startsWith('//') ? candidate : '/projects';
}
