import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { Router, RouterLink } from '@angular/router';

import { SsoSessionAccountGQL } from '@crm/graphql-client';

import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { safeReturnUrl } from './auth.guards';
import { AuthStore } from './auth.store';
import { takeSsoReturnUrl } from './sso-return';

/**
 * Where single sign-on lands with `#token=…`: the token is in the fragment so it never reaches a
 * server log. The page reads it, wipes it from the address bar and history, and signs in.
 */
@Component({
  selector: 'crm-sso-complete-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatCardModule, ErrorBannerComponent],
  template: `
    <main class="auth-page">
      <mat-card appearance="outlined" class="auth-card">
        <h1>Signing you in</h1>
        @if (failed()) {
          <crm-error-banner message="Signing in with your organisation did not finish. Start again from the sign-in page." testId="sso-complete-failed" />
          <a mat-flat-button routerLink="/sign-in">Go to sign-in</a>
        } @else {
          <p class="lead" role="status">One moment while we open your programs…</p>
        }
      </mat-card>
    </main>
  `,
  styleUrl: './auth-page.scss',
})
export class SsoCompletePageComponent implements OnInit {
  private readonly account = inject(SsoSessionAccountGQL);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly failed = signal(false);

  ngOnInit(): void {
    const token = new URLSearchParams(location.hash.slice(1)).get('token');
    history.replaceState(history.state, '', location.pathname);
    if (!token) {
      this.failed.set(true);
      return;
    }
    this.account.fetch({ fetchPolicy: 'network-only', context: { headers: { Authorization: `Bearer ${token}` } } }).subscribe({
      next: ({ data }) => {
        if (!data?.me) {
          this.failed.set(true);
          return;
        }
        this.auth.signedIn({ token, user: { id: data.me.id, email: data.me.email, name: data.me.name } });
        void this.router.navigateByUrl(safeReturnUrl(takeSsoReturnUrl()), { replaceUrl: true });
      },
      error: () => this.failed.set(true),
    });
  }
}
