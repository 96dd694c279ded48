import { computed, inject, Injectable } from '@angular/core';

import { ProjectPermission, SharingInviteGQL, SharingPageGQL, SharingPageQuery, SharingRevokeGQL } from '@crm/graphql-client';

import { AreaStore } from '../shared/data/area-store';

export type PendingInvitation = SharingPageQuery['projectInvitations'][number];

/**
 * Who has access to the project and who is invited. Inviting answers the same whether or not the
 * email has an account, so the page never says which: the person joins once they accept.
 */
@Injectable()
export class SharingStore extends AreaStore<SharingPageQuery> {
  private readonly pageGQL = inject(SharingPageGQL);
  private readonly inviteGQL = inject(SharingInviteGQL);
  private readonly revokeGQL = inject(SharingRevokeGQL);

  protected readonly content = 'who has access';
  protected readonly thing = 'this invitation';

  readonly canOwn = computed(() => this.data()?.project.myPermission === 'OWNER');
  readonly members = computed(() => this.data()?.project.members ?? []);
  readonly pending = computed<readonly PendingInvitation[]>(() => this.data()?.projectInvitations ?? []);

  invite(email: string, permission: ProjectPermission): void {
    this.inviteGQL.mutate({ variables: { input: { projectId: this.projectId, email, permission } } }).subscribe({
      next: ({ data }) => {
        const answer = data?.addProjectMember;
        if (answer?.status === 'ACTIVE') this.changed(`${answer.email} can now ${answer.permission === 'EDITOR' ? 'edit' : 'view'} the project.`);
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

  protected query() {
    return this.pageGQL.fetch({ variables: { projectId: this.projectId }, fetchPolicy: 'network-only' });
  }
}
