import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { Router, RouterLink } from '@angular/router';

import { CompleteSsoSignInGQL } from '@crm/graphql-client';

import { errorWithCode, userMessageOf } from '../shared/graphql/graphql-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { safeReturnUrl } from './auth.guards';
import { AuthStore } from './auth.store';
import { takeSsoReturnUrl } from './sso-return';

/**
 * Where single sign-on lands with `#code=…`: a one-time code, in the fragment so it never reaches
 * a server log. The page reads it, wipes it from the address bar and history, and trades it for a
 * session; the API accepts it only from the browser that started the sign-in (its cookie).
 */
const DID_NOT_FINISH = 'Signing in with your organisation did not finish. Start again from the sign-in page.';

@Component({
  selector: 'crm-sso-complete-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatCardModule, ErrorBannerComponent],
  template: `
    <div class="auth-page">
      <mat-card appearance="outlined" class="auth-card">
        <h1>Signing you in</h1>
        @if (failed(); as message) {
          <crm-error-banner [message]="message" testId="sso-complete-failed" />
          <a mat-flat-button routerLink="/sign-in">Go to sign-in</a>
        } @else {
          <p class="lead" role="status">One moment while we open your programs…</p>
        }
      </mat-card>
    </div>
  `,
  styleUrl: './auth-page.scss',
})
export class SsoCompletePageComponent implements OnInit {
  private readonly completeSignIn = inject(CompleteSsoSignInGQL);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly failed = signal<string | null>(null);

  ngOnInit(): void {
    const code = new URLSearchParams(location.hash.slice(1)).get('code');
    history.replaceState(history.state, '', location.pathname);
    if (!code) {
      this.failed.set(DID_NOT_FINISH);
      return;
    }
    this.completeSignIn.mutate({ variables: { input: { code } } }).subscribe({
      next: ({ data }) => {
        if (!data) {
          this.failed.set(DID_NOT_FINISH);
          return;
        }
        const { token, user } = data.completeSsoSignIn;
        this.auth.signedIn({ token, user: { id: user.id, email: user.email, name: user.name } });
        void this.router.navigateByUrl(safeReturnUrl(takeSsoReturnUrl()), { replaceUrl: true });
      },
      error: (error: unknown) => this.failed.set(errorWithCode(error, 'INVALID_STATE')?.message ?? userMessageOf(error)),
    });
  }
}
