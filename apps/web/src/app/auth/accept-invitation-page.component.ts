import { ChangeDetectionStrategy, Component, effect, ElementRef, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';

import { AcceptInvitationGQL, InvitationPreviewGQL, InvitationPreviewQuery } from '@crm/graphql-client';

import { fieldErrorMessage, focusFirstInvalidField, showServerErrors } from '../shared/forms/form-errors';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';
import { refusedLinkMessage } from './account-link';
import { AuthStore } from './auth.store';
import { MIN_PASSWORD_LENGTH } from './reset-password-page.component';

type Preview = InvitationPreviewQuery['invitationPreview'];

@Component({
  selector: 'crm-accept-invitation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorBannerComponent,
    LoadingStateComponent,
  ],
  template: `
    <div class="auth-page">
      <mat-card appearance="outlined" class="auth-card">
        <h1>Join your team</h1>
        @if (linkProblem(); as problem) {
          <crm-error-banner [message]="problem" testId="invitation-problem" />
          <p>Ask whoever invited you to send a new invitation. <a routerLink="/sign-in">Sign in</a></p>
        } @else if (preview(); as invitation) {
          <p class="lead" data-testid="invitation-summary">
            {{ invitation.invitedByName ?? 'An administrator' }} invited you to {{ invitation.organisationName }}
            @if (invitation.projectName) {
              and the program {{ invitation.projectName }}
            }
            as {{ invitation.role === 'ADMIN' ? 'an administrator' : 'a member' }}.
          </p>
          @if (invitation.accountExists) {
            <p class="notice">{{ invitation.email }} already has an account: sign in with its password to accept.</p>
          }
          @if (banner(); as message) {
            <crm-error-banner [message]="message" />
          }
          <form [formGroup]="form" (ngSubmit)="submit(invitation)" novalidate>
            <mat-form-field appearance="outline">
              <mat-label>Email</mat-label>
              <input matInput type="email" [value]="invitation.email" disabled />
            </mat-form-field>
            @if (!invitation.accountExists) {
              <mat-form-field appearance="outline">
                <mat-label>Your name</mat-label>
                <input matInput formControlName="name" autocomplete="name" data-testid="accept-name" />
                @if (nameError(); as message) {
                  <mat-error data-testid="error-name">{{ message }}</mat-error>
                }
              </mat-form-field>
            }
            <mat-form-field appearance="outline">
              <mat-label>{{ invitation.accountExists ? 'Password' : 'Choose a password' }}</mat-label>
              <input
                matInput
                type="password"
                formControlName="password"
                [attr.autocomplete]="invitation.accountExists ? 'current-password' : 'new-password'"
                data-testid="accept-password"
              />
              @if (!invitation.accountExists) {
                <mat-hint>At least {{ minPasswordLength }} characters.</mat-hint>
              }
              @if (passwordError(); as message) {
                <mat-error data-testid="error-password">{{ message }}</mat-error>
              }
            </mat-form-field>
            <button mat-flat-button type="submit" data-testid="accept-submit" [disabled]="submitting()">
              {{ submitting() ? 'Joining…' : invitation.accountExists ? 'Sign in to accept' : 'Accept and join' }}
            </button>
          </form>
        } @else {
          <crm-loading-state label="Reading your invitation…" testId="invitation-loading" />
        }
      </mat-card>
    </div>
  `,
  styleUrl: './auth-page.scss',
})
export class AcceptInvitationPageComponent {
  /** From `?token=` in the mailed link. */
  readonly token = input<string>();

  private readonly previewGQL = inject(InvitationPreviewGQL);
  private readonly acceptGQL = inject(AcceptInvitationGQL);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly preview = signal<Preview | null>(null);
  protected readonly linkProblem = signal<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly banner = signal<string | null>(null);

  constructor() {
    effect(() => {
      const token = this.token();
      if (!token) {
        this.linkProblem.set('This link is not valid. Check that you copied all of it.');
        return;
      }
      this.previewGQL.fetch({ variables: { token }, fetchPolicy: 'network-only' }).subscribe({
        next: ({ data }) => {
          if (!data) return;
          const invitation = data.invitationPreview;
          // An existing account keeps its name; a new one needs a long enough password.
          if (invitation.accountExists) this.form.controls.name.disable();
          else this.form.controls.password.addValidators(Validators.minLength(MIN_PASSWORD_LENGTH));
          this.preview.set(invitation);
        },
        error: (error: unknown) => this.linkProblem.set(refusedLinkMessage(error) ?? userMessageOf(error)),
      });
    });
  }

  protected nameError(): string | null {
    return fieldErrorMessage(this.form.controls.name, { required: 'Enter your name.' });
  }

  protected passwordError(): string | null {
    return fieldErrorMessage(this.form.controls.password, {
      required: 'Enter a password.',
      minlength: `Use at least ${MIN_PASSWORD_LENGTH} characters.`,
    });
  }

  protected submit(invitation: Preview): void {
    this.banner.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const { name, password } = this.form.getRawValue();
    this.submitting.set(true);
    // The API ignores the name for an existing account but still asks for one.
    const input = { token: this.token() ?? '', name: invitation.accountExists ? invitation.email : name.trim(), password };
    this.acceptGQL.mutate({ variables: { input } }).subscribe({
      next: ({ data }) => {
        if (!data) {
          this.submitting.set(false);
          return;
        }
        this.auth.signedIn(data.acceptInvitation);
        // An invitation that shares a program opens it: that is what the invitee came for.
        void this.router.navigateByUrl(invitation.projectId ? `/projects/${invitation.projectId}` : '/projects');
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
