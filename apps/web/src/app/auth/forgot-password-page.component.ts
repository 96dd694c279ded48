import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';

import { RequestPasswordResetGQL } from '@crm/graphql-client';

import { fieldErrorMessage, focusFirstInvalidField, showServerErrors } from '../shared/forms/form-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';

/**
 * Asks for a reset link. The answer is the same sentence whether or not the email has an account,
 * so the page cannot be used to find out who is registered.
 */
@Component({
  selector: 'crm-forgot-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule, ErrorBannerComponent],
  template: `
    <div class="auth-page">
      <mat-card appearance="outlined" class="auth-card">
        <h1>Forgot your password?</h1>
        @if (sent()) {
          <p class="notice" role="status" data-testid="reset-requested">
            If an account exists for that email, we have sent it a link to choose a new password. The link works for 15
            minutes. On an installation without mail, the link is in the server log.
          </p>
        } @else {
          <p class="lead">Enter your email and we will send you a link to choose a new password.</p>
          @if (banner(); as message) {
            <crm-error-banner [message]="message" />
          }
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <mat-form-field appearance="outline">
              <mat-label>Email</mat-label>
              <input matInput type="email" formControlName="email" autocomplete="email" data-testid="forgot-email" />
              @if (emailError(); as message) {
                <mat-error data-testid="error-email">{{ message }}</mat-error>
              }
            </mat-form-field>
            <button mat-flat-button type="submit" data-testid="forgot-submit" [disabled]="submitting()">
              {{ submitting() ? 'Sending…' : 'Send reset link' }}
            </button>
          </form>
        }
        <p class="switch"><a routerLink="/sign-in">Back to sign in</a></p>
      </mat-card>
    </div>
  `,
  styleUrl: './auth-page.scss',
})
export class ForgotPasswordPageComponent {
  private readonly requestReset = inject(RequestPasswordResetGQL);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly submitting = signal(false);
  protected readonly sent = signal(false);
  protected readonly banner = signal<string | null>(null);

  protected emailError(): string | null {
    return fieldErrorMessage(this.form.controls.email, {
      required: 'Enter your email address.',
      email: 'Enter a valid email address, like name@company.com.',
    });
  }

  protected submit(): void {
    this.banner.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.submitting.set(true);
    this.requestReset.mutate({ variables: { input: { email: this.form.getRawValue().email.trim() } } }).subscribe({
      next: () => {
        this.submitting.set(false);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        this.banner.set(showServerErrors(this.form, error));
        this.submitting.set(false);
      },
    });
  }
}
