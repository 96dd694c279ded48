import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';

import { map, Observable, Subscription } from 'rxjs';

import {
  ProgramInvitationFragment,
  ProjectPermission,
  SettingsArchiveGQL,
  SettingsRemoveProgramGQL,
  SettingsInvitationsGQL,
  SettingsPageGQL,
  SettingsPageQuery,
  SettingsProjectFragment,
  SettingsRemoveMemberGQL,
  SettingsUnarchiveGQL,
  SettingsUpdateMemberGQL,
  SettingsUpdateProjectGQL,
  SharingInviteGQL,
  SharingResendGQL,
  SharingRevokeGQL,
  UpdateProjectInput,
} from '@crm/graphql-client';

import { PERMISSION_LABELS } from '../shared/access/permission-labels';
import { AreaStore, CallState } from '../shared/data/area-store';
import { userMessageOf } from '../shared/graphql/graphql-errors';

export type SettingsMember = SettingsPageQuery['project']['members'][number];
export type PendingInvitation = ProgramInvitationFragment;


/**
 * One program's settings: its details, its members and invitations, and archiving. Who may do
 * what comes from the API: `myPermission` is VIEWER for everyone while the program is archived,
 * `memberPermission` still says who owns it (and may unarchive it). Who is invited is for owners
 * only, so it is asked for once the page says the user owns the program.
 */
@Injectable()
export class SettingsStore extends AreaStore<SettingsPageQuery> {
  private readonly pageGQL = inject(SettingsPageGQL);
  private readonly updateProjectGQL = inject(SettingsUpdateProjectGQL);
  private readonly updateMemberGQL = inject(SettingsUpdateMemberGQL);
  private readonly removeMemberGQL = inject(SettingsRemoveMemberGQL);
  private readonly archiveGQL = inject(SettingsArchiveGQL);
  private readonly unarchiveGQL = inject(SettingsUnarchiveGQL);
  private readonly removeGQL = inject(SettingsRemoveProgramGQL);
  private readonly invitationsGQL = inject(SettingsInvitationsGQL);
  private readonly inviteGQL = inject(SharingInviteGQL);
  private readonly resendGQL = inject(SharingResendGQL);
  private readonly revokeGQL = inject(SharingRevokeGQL);
  private invitationsRequest?: Subscription;
  private readonly router = inject(Router);

  protected readonly content = $localize`:@@project.settings.what:the program settings`;
  protected readonly thing = $localize`:@@project.settings.thing:this program`;

  readonly project = computed<SettingsProjectFragment | null>(() => this.data()?.project ?? null);
  readonly myId = computed(() => this.data()?.me.id ?? '');
  readonly archived = computed(() => !!this.project()?.archivedAt);
  /** Owners manage members and archive; while archived only unarchiving is open to them. */
  readonly isOwner = computed(() => this.project()?.memberPermission === 'OWNER');
  readonly canManageMembers = computed(() => this.isOwner() && !this.archived());
  readonly members = computed<readonly SettingsMember[]>(() => this.data()?.project.members ?? []);
  readonly pending = signal<readonly PendingInvitation[]>([]);
  /** How the owners' list of open invitations stands; nobody else asks for it. */
  readonly pendingLoad = signal<CallState>({ status: 'loading' });
  /** The invitation being sent, resent or withdrawn, so its button cannot be pressed twice. */
  readonly sending = signal(false);
  readonly ownerCount = computed(() => this.members().filter((m) => m.permission === 'OWNER').length);

  /** For the details form: the answer, or the refusal untouched so the form can place it. */
  saveDetails(changes: Omit<UpdateProjectInput, 'id' | 'version'>): Observable<SettingsProjectFragment> {
    const project = this.project();
    if (!project) throw new Error($localize`:@@project.settings.notLoaded:The settings are not loaded yet.`);
    return this.updateProjectGQL.mutate({ variables: { input: { id: project.id, version: project.version, ...changes } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error($localize`:@@project.settings.noProgram:The server answered without the program.`);
        this.changed($localize`:@@project.settings.saved:Saved the program details.`);
        return data.updateProject;
      }),
    );
  }

  setPermission(member: SettingsMember, permission: ProjectPermission): void {
    if (!member.user || member.permission === permission) return;
    const self = member.user.id === this.myId();
    this.updateMemberGQL.mutate({ variables: { input: { projectId: this.projectId, userId: member.user.id, permission } } }).subscribe({
      next: () => {
        const access = PERMISSION_LABELS[permission];
        this.changed(
          self
            ? $localize`:@@project.settings.youNowHave:You now have “${access}:access:” access.`
            : $localize`:@@project.settings.memberNowHas:${member.user?.name}:name: now has “${access}:access:” access.`,
        );
      },
      error: (error: unknown) => this.refusedAndReload(error),
    });
  }

  /** Removing yourself is leaving: the program is no longer yours to see, so go to the list. */
  remove(member: SettingsMember): void {
    if (!member.user) return;
    const leaving = member.user.id === this.myId();
    this.removeMemberGQL.mutate({ variables: { input: { projectId: this.projectId, userId: member.user.id } } }).subscribe({
      next: () => (leaving ? void this.router.navigateByUrl('/projects') : this.changed($localize`:@@project.settings.memberRemoved:${member.user?.name}:name: no longer has access to this program.`)),
      error: (error: unknown) => this.refusedAndReload(error),
    });
  }

  /** A colleague of the organisation joins at once (ACCEPTED); anyone else is mailed a link. */
  invite(email: string, permission: ProjectPermission, then: () => void = () => undefined): void {
    this.sending.set(true);
    this.inviteGQL.mutate({ variables: { input: { email, role: 'MEMBER', projectId: this.projectId, permission } } }).subscribe({
      next: ({ data }) => {
        this.sending.set(false);
        const answer = data?.inviteMember;
        const access = PERMISSION_LABELS[answer?.permission ?? permission];
        const invited = answer?.email ?? email;
        if (answer?.status === 'ACCEPTED') this.changed($localize`:@@project.settings.joinedAtOnce:${invited}:email: is in your organisation, so they have “${access}:access:” access now.`);
        else this.changed($localize`:@@project.settings.invitationMailed:Invitation mailed to ${invited}:email:. They get “${access}:access:” access when they accept it; the link works for 7 days.`);
        then();
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.refused(error);
      },
    });
  }

  /** A new link and 7 more days; the earlier link stops working. */
  resend(invitation: PendingInvitation): void {
    this.sending.set(true);
    this.resendGQL.mutate({ variables: { input: { id: invitation.id } } }).subscribe({
      next: () => {
        this.sending.set(false);
        this.changed($localize`:@@project.settings.resent:Sent ${invitation.email}:email: a new link. It works for 7 days; the earlier one no longer does.`);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.refusedAndReload(error);
      },
    });
  }

  revoke(invitation: PendingInvitation): void {
    this.sending.set(true);
    this.revokeGQL.mutate({ variables: { input: { id: invitation.id } } }).subscribe({
      next: () => {
        this.sending.set(false);
        this.changed($localize`:@@project.settings.withdrawn:Withdrew the invitation to ${invitation.email}:email:. Their link no longer works.`);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.refusedAndReload(error);
      },
    });
  }

  archive(): void {
    const project = this.project();
    if (!project) return;
    this.archiveGQL.mutate({ variables: { input: { id: project.id, version: project.version } } }).subscribe({
      next: () => this.changed($localize`:@@project.settings.archived:Archived. The program is read-only and hidden from your list until you unarchive it.`),
      error: (error: unknown) => this.refused(error),
    });
  }

  unarchive(): void {
    const project = this.project();
    if (!project) return;
    this.unarchiveGQL.mutate({ variables: { input: { id: project.id, version: project.version } } }).subscribe({
      next: () => this.changed($localize`:@@project.settings.unarchived:Unarchived. Everyone can work in the program again.`),
      error: (error: unknown) => this.refused(error),
    });
  }

  /** Removes the program for everyone; answers once it is gone, so the page can leave it. */
  removeProgram(onRemoved: () => void): void {
    const project = this.project();
    if (!project) return;
    this.removeGQL.mutate({ variables: { input: { id: project.id, version: project.version } } }).subscribe({
      next: () => onRemoved(),
      error: (error: unknown) => this.refused(error),
    });
  }

  /** A refused member change: say why and show the members as they are now. */
  private refusedAndReload(error: unknown): void {
    this.refused(error);
    const notice = this.notice();
    this.fetch();
    this.notice.set(notice);
  }

  /** Owners see who is invited; for anyone else there is nothing to ask. */
  protected override loaded(data: SettingsPageQuery): void {
    this.invitationsRequest?.unsubscribe();
    if (data.project.memberPermission !== 'OWNER') {
      this.pending.set([]);
      return;
    }
    if (this.pending().length === 0) this.pendingLoad.set({ status: 'loading' });
    this.invitationsRequest = this.invitationsGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'no-cache' }).subscribe({
      next: ({ data: answer }) => {
        this.pending.set(answer?.project.invitations ?? []);
        this.pendingLoad.set({ status: 'loaded' });
      },
      error: (error: unknown) => this.pendingLoad.set({ status: 'error', message: userMessageOf(error) }),
    });
  }

  protected override forget(): void {
    this.invitationsRequest?.unsubscribe();
    this.pending.set([]);
  }

  protected query() {
    return this.pageGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' });
  }
}
