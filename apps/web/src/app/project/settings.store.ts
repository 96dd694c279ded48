import { computed, inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';

import { map, Observable } from 'rxjs';

import {
  ProjectPermission,
  SettingsArchiveGQL,
  SettingsRemoveProgramGQL,
  SettingsPageGQL,
  SettingsPageQuery,
  SettingsProjectFragment,
  SettingsRemoveMemberGQL,
  SettingsUnarchiveGQL,
  SettingsUpdateMemberGQL,
  SettingsUpdateProjectGQL,
  SharingInviteGQL,
  SharingRevokeGQL,
  UpdateProjectInput,
} from '@crm/graphql-client';

import { AreaStore } from '../shared/data/area-store';

export type SettingsMember = SettingsPageQuery['project']['members'][number];
export type PendingInvitation = SettingsPageQuery['projectInvitations'][number];

export const PERMISSION_LABELS: Record<ProjectPermission, string> = { OWNER: 'Owner', EDITOR: 'Can edit', VIEWER: 'Can view' };

/**
 * One program's settings: its details, its members and invitations, and archiving. Who may do
 * what comes from the API: `myPermission` is VIEWER for everyone while the program is archived,
 * `memberPermission` still says who owns it (and may unarchive it).
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
  private readonly inviteGQL = inject(SharingInviteGQL);
  private readonly revokeGQL = inject(SharingRevokeGQL);
  private readonly router = inject(Router);

  protected readonly content = 'the program settings';
  protected readonly thing = 'this program';

  readonly project = computed<SettingsProjectFragment | null>(() => this.data()?.project ?? null);
  readonly myId = computed(() => this.data()?.me.id ?? '');
  readonly archived = computed(() => !!this.project()?.archivedAt);
  /** Owners manage members and archive; while archived only unarchiving is open to them. */
  readonly isOwner = computed(() => this.project()?.memberPermission === 'OWNER');
  readonly canManageMembers = computed(() => this.isOwner() && !this.archived());
  readonly members = computed<readonly SettingsMember[]>(() => this.data()?.project.members ?? []);
  readonly pending = computed<readonly PendingInvitation[]>(() => this.data()?.projectInvitations ?? []);
  readonly ownerCount = computed(() => this.members().filter((m) => m.permission === 'OWNER').length);

  /** For the details form: the answer, or the refusal untouched so the form can place it. */
  saveDetails(changes: Omit<UpdateProjectInput, 'id' | 'version'>): Observable<SettingsProjectFragment> {
    const project = this.project();
    if (!project) throw new Error('The settings are not loaded yet.');
    return this.updateProjectGQL.mutate({ variables: { input: { id: project.id, version: project.version, ...changes } } }).pipe(
      map(({ data }) => {
        if (!data) throw new Error('The server answered without the program.');
        this.changed('Saved the program details.');
        return data.updateProject;
      }),
    );
  }

  setPermission(member: SettingsMember, permission: ProjectPermission): void {
    if (!member.user || member.permission === permission) return;
    const self = member.user.id === this.myId();
    this.updateMemberGQL.mutate({ variables: { input: { projectId: this.projectId, userId: member.user.id, permission } } }).subscribe({
      next: () => this.changed(self ? `You now have “${PERMISSION_LABELS[permission]}” access.` : `${member.user?.name} now has “${PERMISSION_LABELS[permission]}” access.`),
      error: (error: unknown) => this.refusedAndReload(error),
    });
  }

  /** Removing yourself is leaving: the program is no longer yours to see, so go to the list. */
  remove(member: SettingsMember): void {
    if (!member.user) return;
    const leaving = member.user.id === this.myId();
    this.removeMemberGQL.mutate({ variables: { input: { projectId: this.projectId, userId: member.user.id } } }).subscribe({
      next: () => (leaving ? void this.router.navigateByUrl('/projects') : this.changed(`${member.user?.name} no longer has access to this program.`)),
      error: (error: unknown) => this.refusedAndReload(error),
    });
  }

  invite(email: string, permission: ProjectPermission): void {
    this.inviteGQL.mutate({ variables: { input: { projectId: this.projectId, email, permission } } }).subscribe({
      next: ({ data }) => {
        const answer = data?.addProjectMember;
        if (answer?.status === 'ACTIVE') this.changed(`${answer.email} now has “${PERMISSION_LABELS[answer.permission]}” access.`);
        else this.changed(`Invitation sent to ${answer?.email ?? email}. They join once they accept it.`);
      },
      error: (error: unknown) => this.refused(error),
    });
  }

  revoke(invitation: PendingInvitation): void {
    this.revokeGQL.mutate({ variables: { input: { id: invitation.id } } }).subscribe({
      next: () => this.changed(`Withdrew the invitation to ${invitation.email}.`),
      error: (error: unknown) => this.refused(error),
    });
  }

  archive(): void {
    const project = this.project();
    if (!project) return;
    this.archiveGQL.mutate({ variables: { input: { id: project.id, version: project.version } } }).subscribe({
      next: () => this.changed('Archived. The program is read-only and hidden from your list until you unarchive it.'),
      error: (error: unknown) => this.refused(error),
    });
  }

  unarchive(): void {
    const project = this.project();
    if (!project) return;
    this.unarchiveGQL.mutate({ variables: { input: { id: project.id, version: project.version } } }).subscribe({
      next: () => this.changed('Unarchived. Everyone can work in the program again.'),
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

  protected query() {
    return this.pageGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' });
  }
}
