import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';

import { InviteDialogProgramsGQL, InviteDialogProgramsQuery, InviteMemberGQL, OrganisationRole, ProjectPermission } from '@crm/graphql-client';

import { PERMISSION_CHOICES, PERMISSION_LABELS } from '../shared/access/permission-labels';
import { fieldErrorMessage, showServerErrors } from '../shared/forms/form-errors';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';

type Program = InviteDialogProgramsQuery['projects'][number];

/**
 * Invites someone by email, to the organisation and optionally straight into one program with a
 * permission. Closes with true once an invitation is mailed. A colleague already in the
 * organisation who is named with a program joins it at once: the dialog says so itself and closes
 * with false, as nothing was mailed.
 */
@Component({
  selector: 'crm-invite-member-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorBannerComponent],
  template: `
    <h2 mat-dialog-title i18n="@@organisation.invite.title">Invite a colleague</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (banner(); as message) {
          <crm-error-banner [message]="message" />
        }
        <mat-form-field appearance="outline">
          <mat-label i18n="@@organisation.invite.email">Email</mat-label>
          <input matInput type="email" formControlName="email" data-testid="invite-email" cdkFocusInitial />
          @if (emailError(); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@organisation.invite.role">Role</mat-label>
          <mat-select formControlName="role" data-testid="invite-role">
            <mat-option value="MEMBER" i18n="@@organisation.invite.roleMember">Member</mat-option>
            <mat-option value="ADMIN" i18n="@@organisation.invite.roleAdmin">Administrator</mat-option>
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@organisation.invite.program">Also share a program (optional)</mat-label>
          <mat-select formControlName="projectId" data-testid="invite-program">
            <mat-option [value]="''" i18n="@@organisation.invite.noProgram">No program</mat-option>
            @for (program of programs(); track program.id) {
              <mat-option [value]="program.id">{{ program.name }}</mat-option>
            }
          </mat-select>
          @if (programsProblem(); as problem) {
            <mat-hint data-testid="invite-programs-problem">{{ problem }}</mat-hint>
          } @else if (programs().length === 0 && programsLoaded()) {
            <mat-hint i18n="@@organisation.invite.noPrograms">You are not in any program yet.</mat-hint>
          }
        </mat-form-field>
        @if (form.controls.projectId.value) {
          <mat-form-field appearance="outline">
            <mat-label i18n="@@organisation.invite.permission">Access to the program</mat-label>
            <mat-select formControlName="permission" data-testid="invite-permission">
              @for (p of permissions; track p) {
                <mat-option [value]="p">{{ permissionLabel[p] }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <p class="hint">
          <ng-container i18n="@@organisation.invite.linkLifetime">They get a mail with a link that works for 7 days.</ng-container>
          @if (form.controls.projectId.value) {
            <ng-container i18n="@@organisation.invite.memberJoinsAtOnce">A colleague already in the organisation gets access to the program at once, without a mail.</ng-container>
          }
        </p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@organisation.invite.cancel">Cancel</button>
        <button mat-flat-button type="submit" data-testid="invite-submit" [disabled]="saving()">
          @if (saving()) {
            <ng-container i18n="@@organisation.invite.sending">Sending…</ng-container>
          } @else {
            <ng-container i18n="@@organisation.invite.send">Send invitation</ng-container>
          }
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
export class InviteMemberDialogComponent implements OnInit {
  private readonly inviteGQL = inject(InviteMemberGQL);
  private readonly programsGQL = inject(InviteDialogProgramsGQL);
  private readonly snackBar = inject(MatSnackBar);
  private readonly dialogRef = inject<MatDialogRef<InviteMemberDialogComponent, boolean>>(MatDialogRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    role: ['MEMBER' as OrganisationRole],
    projectId: [''],
    permission: ['EDITOR' as ProjectPermission],
  });
  protected readonly permissions = PERMISSION_CHOICES;
  protected readonly permissionLabel = PERMISSION_LABELS;
  protected readonly programs = signal<readonly Program[]>([]);
  protected readonly programsLoaded = signal(false);
  protected readonly programsProblem = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);

  ngOnInit(): void {
    // Without the list the dialog still invites to the organisation alone.
    this.programsGQL.fetch({ fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        this.programs.set(data?.projects ?? []);
        this.programsLoaded.set(true);
      },
      error: (error: unknown) => this.programsProblem.set($localize`:@@organisation.invite.programsFailed:We could not load your programs. ${userMessageOf(error)}:reason:`),
    });
  }

  protected emailError(): string | null {
    return fieldErrorMessage(this.form.controls.email, {
      required: $localize`:@@organisation.invite.emailRequired:Enter their email address.`,
      email: $localize`:@@organisation.invite.emailInvalid:Enter a valid email address, like name@company.com.`,
    });
  }

  protected submit(): void {
    this.banner.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, role, projectId, permission } = this.form.getRawValue();
    const program = projectId ? { projectId, permission } : {};
    this.saving.set(true);
    this.inviteGQL.mutate({ variables: { input: { email: email.trim(), role, ...program } } }).subscribe({
      next: ({ data }) => {
        const answer = data?.inviteMember;
        if (answer?.status !== 'ACCEPTED') return this.dialogRef.close(true);
        const name = this.programs().find((p) => p.id === projectId)?.name ?? $localize`:@@organisation.invite.theProgram:the program`;
        this.snackBar.open($localize`:@@organisation.invite.joinedAtOnce:${answer.email}:email: is already in your organisation, so they have “${PERMISSION_LABELS[permission]}:permission:” access to ${name}:program: now.`, undefined, {
          duration: 6000,
        });
        this.dialogRef.close(false);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.banner.set(showServerErrors(this.form, error));
      },
    });
  }
}
