import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';

import {
  DeactivateMemberGQL,
  OrganisationInvitationsGQL,
  OrganisationInvitationsQuery,
  OrganisationOutboxGQL,
  OrganisationOutboxQuery,
  OrganisationRole,
  OrganisationSettingsGQL,
  OrganisationSettingsQuery,
  ReactivateMemberGQL,
  ResendInvitationGQL,
  RevokeInvitationGQL,
  UpdateMemberRoleGQL,
  UpdateOrganisationGQL,
} from '@crm/graphql-client';

import { AuthStore } from '../auth/auth.store';
import { PERMISSION_LABELS } from '../shared/access/permission-labels';
import { fieldErrorMessage, showServerErrors } from '../shared/forms/form-errors';
import { errorWithCode, userMessageOf } from '../shared/graphql/graphql-errors';
import { confirmAction } from '../shared/ui/confirm-dialog.component';
import { EmptyStateComponent } from '../shared/ui/empty-state.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';
import { InviteMemberDialogComponent } from './invite-member-dialog.component';
import { mailTextParts } from './mail-text';
import { SsoSettingsComponent } from './sso-settings.component';
import { DateTimePipe } from '../shared/format/format.pipes';

type Settings = OrganisationSettingsQuery['organisation'];
type Member = Settings['members'][number];
type Invitation = OrganisationInvitationsQuery['organisation']['invitations'][number];
type OutboxMail = OrganisationOutboxQuery['organisation']['outbox'][number];

/** Said when asking to reactivate and again once done: deactivation handed the roles back for good. */
export const ROLES_NOT_RESTORED = $localize`:@@organisation.page.rolesNotRestored:Their roles were handed back when they were deactivated; assign them again on each program’s Team page.`;

const DISMISS = $localize`:@@organisation.page.dismiss:Dismiss`;

/** The API's refusal in words a person acts on; LAST_ADMIN is the one an admin meets most. */
export function memberChangeMessage(error: unknown): string {
  const state = errorWithCode(error, 'INVALID_STATE')?.extensions?.['state'];
  if (state === 'LAST_ADMIN') {
    return $localize`:@@organisation.page.lastAdmin:The organisation needs at least one administrator: make someone else an administrator first.`;
  }
  if (state === 'NOT_DEACTIVATED') return $localize`:@@organisation.page.notDeactivated:This member is already active. The list now shows them as they are.`;
  if (errorWithCode(error, 'CONFLICT')) return $localize`:@@organisation.page.memberConflict:Someone changed this member since the page loaded. The list now shows them as they are; try again if you still need to.`;
  return userMessageOf(error);
}

function canSignInAgain(name: string): string {
  return $localize`:@@organisation.page.canSignInAgain:${name}:name: can sign in again. ${ROLES_NOT_RESTORED}:rolesNotRestored:`;
}

const INVITATION_STATUS_WORDS: Record<Invitation['status'], string> = {
  PENDING: $localize`:@@organisation.page.invitationPending:Pending`,
  ACCEPTED: $localize`:@@organisation.page.invitationAccepted:Accepted`,
  REVOKED: $localize`:@@organisation.page.invitationRevoked:Withdrawn`,
  EXPIRED: $localize`:@@organisation.page.invitationExpired:Expired`,
};

@Component({
  selector: 'crm-organisation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DateTimePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingStateComponent,
    SsoSettingsComponent,
  ],
  templateUrl: './organisation-page.component.html',
  styleUrl: './organisation-page.component.scss',
})
export class OrganisationPageComponent {
  private readonly settingsGQL = inject(OrganisationSettingsGQL);
  private readonly invitationsGQL = inject(OrganisationInvitationsGQL);
  private readonly updateOrganisationGQL = inject(UpdateOrganisationGQL);
  private readonly updateMemberRoleGQL = inject(UpdateMemberRoleGQL);
  private readonly deactivateMemberGQL = inject(DeactivateMemberGQL);
  private readonly reactivateMemberGQL = inject(ReactivateMemberGQL);
  private readonly outboxGQL = inject(OrganisationOutboxGQL);
  private readonly resendGQL = inject(ResendInvitationGQL);
  private readonly revokeGQL = inject(RevokeInvitationGQL);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly auth = inject(AuthStore);

  protected readonly settings = signal<Settings | null>(null);
  protected readonly invitations = signal<readonly Invitation[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly outbox = signal<readonly OutboxMail[] | null>(null);
  protected readonly openMailId = signal<string | null>(null);
  /** Why deactivating or reactivating a member was refused, shown above the member list. */
  protected readonly membersBanner = signal<string | null>(null);
  /** The member whose deactivation or reactivation is on its way, so it is not sent twice. */
  protected readonly changingMemberId = signal<string | null>(null);
  protected readonly mailTextParts = mailTextParts;
  protected readonly isAdmin = computed(() => this.settings()?.myRole === 'ADMIN');
  protected readonly myId = computed(() => this.auth.user()?.id ?? null);
  protected readonly memberColumns = computed(() =>
    this.isAdmin() ? ['name', 'email', 'role', 'status', 'actions'] : ['name', 'email', 'role', 'status'],
  );
  protected readonly invitationColumns = ['email', 'role', 'program', 'status', 'expires', 'actions'];

  protected readonly details = inject(NonNullableFormBuilder).group({ name: ['', Validators.required] });
  protected readonly savingDetails = signal(false);
  protected readonly detailsBanner = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loadError.set(null);
    this.settingsGQL.fetch({ fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        if (!data) return;
        this.settings.set(data.organisation);
        this.details.reset({ name: data.organisation.name });
        if (data.organisation.myRole === 'ADMIN') {
          this.loadInvitations();
          this.loadOutbox();
        }
        else this.details.disable();
      },
      error: (error: unknown) => this.loadError.set(userMessageOf(error)),
    });
  }

  private loadInvitations(): void {
    this.invitationsGQL.fetch({ fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => data && this.invitations.set(data.organisation.invitations),
      error: (error: unknown) => this.snackBar.open(userMessageOf(error), DISMISS),
    });
  }

  protected permissionLabel(permission: Invitation['permission']): string {
    return permission ? PERMISSION_LABELS[permission] : '';
  }

  /** Single sign-on was saved: the organisation's version moved on, and the details form must send the new one. */
  protected versionChanged(version: number): void {
    this.settings.update((current) => current && { ...current, version });
  }

  protected loadOutbox(): void {
    this.outboxGQL.fetch({ fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => data && this.outbox.set(data.organisation.outbox),
      error: (error: unknown) => this.snackBar.open(userMessageOf(error), DISMISS),
    });
  }

  protected toggleMail(id: string): void {
    this.openMailId.update((open) => (open === id ? null : id));
  }

  protected nameError(): string | null {
    return fieldErrorMessage(this.details.controls.name, { required: $localize`:@@organisation.page.nameRequired:Enter the organisation’s name.` });
  }

  protected saveDetails(): void {
    const current = this.settings();
    if (!current || this.details.invalid) {
      this.details.markAllAsTouched();
      return;
    }
    this.detailsBanner.set(null);
    this.savingDetails.set(true);
    const input = { name: this.details.getRawValue().name.trim(), version: current.version };
    this.updateOrganisationGQL.mutate({ variables: { input } }).subscribe({
      next: ({ data }) => {
        this.savingDetails.set(false);
        if (!data) return;
        this.settings.set({ ...current, ...data.updateOrganisation });
        this.details.reset({ name: data.updateOrganisation.name });
        this.snackBar.open($localize`:@@organisation.page.saved:Organisation saved.`, undefined, { duration: 4000 });
      },
      error: (error: unknown) => {
        this.savingDetails.set(false);
        this.detailsBanner.set(showServerErrors(this.details, error));
      },
    });
  }

  protected changeRole(member: Member, role: OrganisationRole): void {
    this.updateMemberRoleGQL.mutate({ variables: { input: { userId: member.user.id, role } } }).subscribe({
      next: () => {
        const message =
          role === 'ADMIN'
            ? $localize`:@@organisation.page.nowAdmin:${member.user.name}:name: is now an administrator.`
            : $localize`:@@organisation.page.nowMember:${member.user.name}:name: is now a member.`;
        this.snackBar.open(message, undefined, { duration: 4000 });
        this.load();
      },
      error: (error: unknown) => {
        this.snackBar.open(memberChangeMessage(error), DISMISS);
        // Put the select back to the role the member still has.
        this.load();
      },
    });
  }

  protected deactivate(member: Member): void {
    confirmAction(this.dialog, {
      title: $localize`:@@organisation.page.deactivateTitle:Deactivate ${member.user.name}:name:?`,
      message: $localize`:@@organisation.page.deactivateMessage:${member.user.name}:name: can no longer sign in and every session of theirs ends now. Their history stays; tasks they held by role show as unowned.`,
      confirmLabel: $localize`:@@organisation.page.deactivateConfirm:Deactivate`,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.startMemberChange(member);
      this.deactivateMemberGQL.mutate({ variables: { input: { userId: member.user.id } } }).subscribe({
        next: () => this.memberChanged($localize`:@@organisation.page.deactivatedDone:${member.user.name}:name: is deactivated.`),
        error: (error: unknown) => this.memberChangeRefused(error),
      });
    });
  }

  protected reactivate(member: Member): void {
    confirmAction(this.dialog, {
      title: $localize`:@@organisation.page.reactivateTitle:Reactivate ${member.user.name}:name:?`,
      message: canSignInAgain(member.user.name),
      confirmLabel: $localize`:@@organisation.page.reactivateConfirm:Reactivate`,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.startMemberChange(member);
      this.reactivateMemberGQL.mutate({ variables: { input: { userId: member.user.id, version: member.version } } }).subscribe({
        next: () => this.memberChanged(canSignInAgain(member.user.name)),
        error: (error: unknown) => this.memberChangeRefused(error),
      });
    });
  }

  private startMemberChange(member: Member): void {
    this.membersBanner.set(null);
    this.changingMemberId.set(member.user.id);
  }

  private memberChanged(message: string): void {
    this.changingMemberId.set(null);
    this.snackBar.open(message, DISMISS, { duration: 8000 });
    this.load();
  }

  /** The refusal stays above the list, and the list is read again: a refusal usually means it was out of date. */
  private memberChangeRefused(error: unknown): void {
    this.changingMemberId.set(null);
    this.membersBanner.set(memberChangeMessage(error));
    this.load();
  }

  protected invite(): void {
    this.dialog
      .open<InviteMemberDialogComponent, void, boolean>(InviteMemberDialogComponent)
      .afterClosed()
      .subscribe((sent) => {
        if (!sent) return;
        this.snackBar.open($localize`:@@organisation.page.invitationSent:Invitation sent.`, undefined, { duration: 4000 });
        this.loadInvitations();
        this.loadOutbox();
      });
  }

  protected resend(invitation: Invitation): void {
    this.resendGQL.mutate({ variables: { input: { id: invitation.id } } }).subscribe({
      next: () => {
        this.snackBar.open($localize`:@@organisation.page.resent:A new link went to ${invitation.email}:email:; the old one no longer works.`, undefined, { duration: 5000 });
        this.loadInvitations();
      },
      error: (error: unknown) => this.snackBar.open(userMessageOf(error), DISMISS),
    });
  }

  protected revoke(invitation: Invitation): void {
    confirmAction(this.dialog, {
      title: $localize`:@@organisation.page.revokeTitle:Withdraw this invitation?`,
      message: $localize`:@@organisation.page.revokeMessage:The link sent to ${invitation.email}:email: stops working.`,
      confirmLabel: $localize`:@@organisation.page.revokeConfirm:Withdraw invitation`,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.revokeGQL.mutate({ variables: { input: { id: invitation.id } } }).subscribe({
        next: () => this.loadInvitations(),
        error: (error: unknown) => this.snackBar.open(userMessageOf(error), DISMISS),
      });
    });
  }

  protected statusWord(status: Invitation['status']): string {
    return INVITATION_STATUS_WORDS[status];
  }

  protected roleWord(role: OrganisationRole): string {
    return role === 'ADMIN' ? $localize`:@@organisation.page.roleWordAdmin:Administrator` : $localize`:@@organisation.page.roleWordMember:Member`;
  }

  protected roleOfLabel(name: string): string {
    return $localize`:@@organisation.page.roleOf:Role of ${name}:name:`;
  }

  protected reactivateLabel(name: string): string {
    return $localize`:@@organisation.page.reactivateLabel:Reactivate ${name}:name:`;
  }
}
