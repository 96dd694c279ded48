import { inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';

import { Apollo } from 'apollo-angular';

import { AuthStore } from './auth.store';

export type SignOutReason = 'requested' | 'session-expired';

/** Ends the session: forgets the token, leaves the signed-in pages and drops every cached result. */
@Injectable({ providedIn: 'root' })
export class SignOutService {
  private readonly auth = inject(AuthStore);
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  async signOut(reason: SignOutReason = 'requested', returnUrl?: string): Promise<void> {
    this.auth.signedOut();
    // Leave the page first so no component is still watching the queries the cache is about to drop.
    const queryParams = reason === 'session-expired' ? { reason, returnUrl } : {};
    await this.router.navigate(['/sign-in'], { queryParams });
    await this.apollo.client.clearStore();
  }
}
