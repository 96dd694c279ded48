import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { InviteMemberGQL, OrganisationRole } from '@crm/graphql-client';

import { fieldErrorMessage, showServerErrors } from '../shared/forms/form-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';

/** Invites a colleague by email; closes with true once the invitation is sent. */
@Component({
  selector: 'crm-invite-member-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorBannerComponent],
  template: `
    <h2 mat-dialog-title>Invite a colleague</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (banner(); as message) {
          <crm-error-banner [message]="message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Email</mat-label>
          <input matInput type="email" formControlName="email" data-testid="invite-email" cdkFocusInitial />
          @if (emailError(); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Role</mat-label>
          <mat-select formControlName="role" data-testid="invite-role">
            <mat-option value="MEMBER">Member</mat-option>
            <mat-option value="ADMIN">Administrator</mat-option>
          </mat-select>
        </mat-form-field>
        <p class="hint">They get a mail with a link that works for 7 days.</p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" data-testid="invite-submit" [disabled]="saving()">
          {{ saving() ? 'Sending…' : 'Send invitation' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      display: block;
      min-width: 320px;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class InviteMemberDialogComponent {
  private readonly inviteGQL = inject(InviteMemberGQL);
  private readonly dialogRef = inject<MatDialogRef<InviteMemberDialogComponent, boolean>>(MatDialogRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    role: ['MEMBER' as OrganisationRole],
  });
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);

  protected emailError(): string | null {
    return fieldErrorMessage(this.form.controls.email, {
      required: 'Enter their email address.',
      email: 'Enter a valid email address, like name@company.com.',
    });
  }

  protected submit(): void {
    this.banner.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, role } = this.form.getRawValue();
    this.saving.set(true);
    this.inviteGQL.mutate({ variables: { input: { email: email.trim(), role } } }).subscribe({
      next: () => this.dialogRef.close(true),
      error: (error: unknown) => {
        this.saving.set(false);
        this.banner.set(showServerErrors(this.form, error));
      },
    });
  }
}
