import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';

import { ResetPasswordGQL } from '@crm/graphql-client';

import { fieldErrorMessage, focusFirstInvalidField, showServerErrors } from '../shared/forms/form-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { refusedLinkMessage } from './account-link';

export const MIN_PASSWORD_LENGTH = 10;

/** The repeat field matches the password field of the same group. */
export function sameAs(otherControl: string) {
  return (control: AbstractControl): ValidationErrors | null => {
    const other = control.parent?.get(otherControl);
    return other && other.value !== control.value ? { mismatch: true } : null;
  };
}

@Component({
  selector: 'crm-reset-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule, ErrorBannerComponent],
  template: `
    <div class="auth-page">
      <mat-card appearance="outlined" class="auth-card">
        <h1>Choose a new password</h1>
        @if (done()) {
          <p class="notice" role="status" data-testid="reset-done">
            Password changed. Every other session has been signed out. Sign in with your new password.
          </p>
          <a mat-flat-button routerLink="/sign-in" data-testid="reset-sign-in">Sign in</a>
        } @else if (linkProblem(); as problem) {
          <crm-error-banner [message]="problem" testId="reset-link-problem" />
          <p><a routerLink="/forgot-password">Ask for a new link</a></p>
        } @else if (!token()) {
          <crm-error-banner message="This link is not valid. Check that you copied all of it." />
          <p><a routerLink="/forgot-password">Ask for a new link</a></p>
        } @else {
          @if (banner(); as message) {
            <crm-error-banner [message]="message" />
          }
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <mat-form-field appearance="outline">
              <mat-label>New password</mat-label>
              <input matInput type="password" formControlName="password" autocomplete="new-password" data-testid="reset-password" />
              <mat-hint>At least {{ minPasswordLength }} characters.</mat-hint>
              @if (passwordError(); as message) {
                <mat-error data-testid="error-password">{{ message }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>Repeat the new password</mat-label>
              <input matInput type="password" formControlName="repeat" autocomplete="new-password" data-testid="reset-repeat" />
              @if (repeatError(); as message) {
                <mat-error data-testid="error-repeat">{{ message }}</mat-error>
              }
            </mat-form-field>
            <button mat-flat-button type="submit" data-testid="reset-submit" [disabled]="submitting()">
              {{ submitting() ? 'Saving…' : 'Change password' }}
            </button>
          </form>
        }
      </mat-card>
    </div>
  `,
  styleUrl: './auth-page.scss',
})
export class ResetPasswordPageComponent {
  /** From `?token=` in the mailed link. */
  readonly token = input<string>();

  private readonly resetPassword = inject(ResetPasswordGQL);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
    repeat: ['', [Validators.required, sameAs('password')]],
  });
  protected readonly submitting = signal(false);
  protected readonly done = signal(false);
  protected readonly linkProblem = signal<string | null>(null);
  protected readonly banner = signal<string | null>(null);

  protected passwordError(): string | null {
    return fieldErrorMessage(this.form.controls.password, {
      required: 'Choose a password.',
      minlength: `Use at least ${MIN_PASSWORD_LENGTH} characters.`,
    });
  }

  protected repeatError(): string | null {
    return fieldErrorMessage(this.form.controls.repeat, {
      required: 'Type the new password again.',
      mismatch: 'The two passwords are not the same.',
    });
  }

  protected submit(): void {
    this.banner.set(null);
    this.form.controls.repeat.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.submitting.set(true);
    const input = { token: this.token() ?? '', password: this.form.getRawValue().password };
    this.resetPassword.mutate({ variables: { input } }).subscribe({
      next: () => {
        this.submitting.set(false);
        this.done.set(true);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const problem = refusedLinkMessage(error);
        if (problem) this.linkProblem.set(problem);
        else this.banner.set(showServerErrors(this.form, error));
      },
    });
  }
}
