import { computed, inject, InjectionToken, Signal } from '@angular/core';

import { AuthStore } from '../../auth/auth.store';

/** The zone the browser runs in, for a user who has not chosen one. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The viewer's time zone: the one chosen in the profile (kept with the session, read once at
 * sign-in and again when the profile is saved), else the browser's. Times of history entries,
 * comments, notifications and sessions are shown in it, with the zone named.
 */
export const USER_TIME_ZONE = new InjectionToken<Signal<string>>('USER_TIME_ZONE', {
  providedIn: 'root',
  factory: () => {
    const auth = inject(AuthStore);
    return computed(() => auth.user()?.timeZone || browserTimeZone());
  },
});
