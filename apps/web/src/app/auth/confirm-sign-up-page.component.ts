import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { Router, RouterLink } from '@angular/router';

import { ConfirmSignUpGQL } from '@crm/graphql-client';

import { userMessageOf } from '../shared/graphql/graphql-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { refusedLinkMessage } from './account-link';
import { AuthStore } from './auth.store';

/**
 * Where the "Confirm your email" mail links to (`?token=…`): opening it creates the account and
 * its organisation, signs in and opens the programs. A link that no longer works says why.
 */
@Component({
  selector: 'crm-confirm-sign-up-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatCardModule, ErrorBannerComponent],
  template: `
    <div class="auth-page">
      <mat-card appearance="outlined" class="auth-card">
        <h1>Finishing your account</h1>
        @if (problem(); as message) {
          <crm-error-banner [message]="message" testId="confirm-sign-up-problem" />
          <p>
            <a mat-flat-button routerLink="/sign-in">Sign in</a>
            <a mat-button routerLink="/sign-up">Sign up again</a>
          </p>
        } @else {
          <p class="lead" role="status" data-testid="confirm-sign-up-busy">One moment while we create your account…</p>
        }
      </mat-card>
    </div>
  `,
  styleUrl: './auth-page.scss',
})
export class ConfirmSignUpPageComponent implements OnInit {
  /** From `?token=` in the mailed link. */
  readonly token = input<string>();

  private readonly confirm = inject(ConfirmSignUpGQL);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly problem = signal<string | null>(null);

  ngOnInit(): void {
    const token = this.token();
    if (!token) {
      this.problem.set('This link is not valid. Check that you copied all of it.');
      return;
    }
    this.confirm.mutate({ variables: { input: { token } } }).subscribe({
      next: ({ data }) => {
        if (!data) {
          this.problem.set('Your account could not be created. Open the link from the mail again.');
          return;
        }
        this.auth.signedIn(data.confirmSignUp);
        void this.router.navigateByUrl('/projects', { replaceUrl: true });
      },
      error: (error: unknown) => this.problem.set(refusedLinkMessage(error) ?? userMessageOf(error)),
    });
  }
}
